// Welsh initial mutations: a word written once in its radical form is known in every mutated form, and a mutated
// form leads back to its radical.
import { describe, expect, it } from 'vitest';
import { mutatedForms, possibleRadicals } from '../../../src/core/concepts/welsh-mutations';
import { tokenize } from '../../../src/core/concepts/tokens';

describe('mutatedForms', () => {
  it.each([
    ['data', ['data', 'ddata', 'nata']],
    ['cwyn', ['cwyn', 'gwyn', 'nghwyn', 'chwyn']],
    ['tasg', ['tasg', 'dasg', 'nhasg', 'thasg']],
    ['pryder', ['pryder', 'bryder', 'mhryder', 'phryder']],
    ['budd', ['budd', 'fudd', 'mudd']],
    ['gwybodaeth', ['gwybodaeth', 'wybodaeth', 'ngwybodaeth']],
    ['mynediad', ['mynediad', 'fynediad']],
    ['llywodraeth', ['llywodraeth', 'lywodraeth']],
    ['rhieni', ['rhieni', 'rieni']],
    ['ysgol', ['ysgol', 'hysgol']],
  ])('%s takes its soft, nasal and aspirate forms', (radical, forms) => {
    expect(mutatedForms(radical).sort()).toEqual([...forms].sort());
  });

  it('leaves letters that do not mutate alone, and keeps a prefix mark', () => {
    expect(mutatedForms('ffurflen')).toEqual(['ffurflen']);
    expect(mutatedForms('hawl*')).toEqual(['hawl*']);
    expect(mutatedForms('cwyn*')).toContain('gwyn*');
    expect(mutatedForms('chwefror')).toEqual(['chwefror']);
  });

  it('never leaves a one-letter word from a softened g', () => {
    expect(mutatedForms('go')).toEqual(['go', 'ngo']);
  });
});

describe('possibleRadicals', () => {
  it.each([
    ['ddata', 'data'],
    ['gwyno', 'cwyno'],
    ['nghwyn', 'cwyn'],
    ['chwyn', 'cwyn'],
    ['wybodaeth', 'gwybodaeth'],
    ['fedi', 'medi'],
    ['nhachwedd', 'tachwedd'],
    ['orffennaf', 'gorffennaf'],
    ['hawst', 'awst'],
  ])('%s may come from %s', (word, radical) => {
    expect(possibleRadicals(word)).toContain(radical);
  });

  it('always offers the word itself first, and only radicals that mutate back to it', () => {
    expect(possibleRadicals('gwyn')[0]).toBe('gwyn');
    expect(possibleRadicals('gwyn')).toContain('cwyn');
    // "nata" is the nasal form of "data"; t's nasal form is "nh", so "tata" is no source of it.
    expect(possibleRadicals('nata')).toContain('data');
    expect(possibleRadicals('nata')).not.toContain('tata');
  });
});

describe('Welsh words in the tokenizer', () => {
  it('reads accented letters as plain ones, keeping offsets', () => {
    const tokens = tokenize('Tynnu caniatâd yn ôl: gŵyn');
    expect(tokens.map((t) => t.stem)).toEqual(['tynnu', 'caniatad', 'yn', 'ol', 'gwyn']);
    expect(tokens[4]!.start).toBe('Tynnu caniatâd yn ôl: '.length);
  });

  it("splits a Welsh clitic from its word (data'r, i'w, gyda'ch) but not an English apostrophe form", () => {
    expect(tokenize("data'r disgyblion i'w rhannu gyda'ch").map((t) => t.stem)).toEqual([
      'data',
      'r',
      'disgyblion',
      'i',
      'w',
      'rhannu',
      'gyda',
      'ch',
    ]);
    expect(tokenize("the pupil's record, we don't").map((t) => t.stem)).toEqual(['the', 'pupil', 'record', 'we', 'do', 'not']);
  });
});

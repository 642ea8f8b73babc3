// Tokens of a unit: stems, clauses, negation split off, terms of art kept whole.
import { describe, expect, it } from 'vitest';
import { tokenRun } from '../../../src/core/concepts/tokens';

describe('tokens', () => {
  it('stems words, splits "n\'t" into "not" and reads "data protection" as one term', () => {
    const run = tokenRun("We don't share data protection records, but we use them.");
    expect(run.stems).toEqual(['we', 'do', 'not', 'share', 'data_protect', 'record', 'but', 'we', 'us', 'them']);
    expect(run.clauses[run.stems.indexOf('record')]).toBeLessThan(run.clauses[run.stems.indexOf('but')]!);
  });

  it('reads "child protection" (safeguarding) as one term, not "protect"', () => {
    expect(tokenRun('We keep child protection files apart.').stems).toEqual(['we', 'keep', 'child_protect', 'file', 'apart']);
  });

  it('keeps "data" apart from a word in the next clause', () => {
    expect(tokenRun('We hold data, protection is ours').stems).toContain('data');
  });

  it('reads "SEND" (special educational needs) as the acronym, not the verb, unless the text is in capitals', () => {
    const run = tokenRun('The SEND team sends us reports.');
    expect(run.stems).toEqual(['the', 'sen', 'team', 'send', 'us-pronoun', 'report']);
    expect(run.starts[run.stems.indexOf('team')]).toBe('The SEND '.length);
    expect(tokenRun('HOW TO SEND US A REQUEST').stems).toContain('send');
  });

  it('keeps "safeguarding" (of children) apart from "safeguards"', () => {
    expect(tokenRun('Safeguarding leads and transfer safeguards').stems).toEqual(['safeguarding', 'lead', 'and', 'transfer', 'safeguard']);
  });

  it('reads words that name built-in object properties as plain words', () => {
    const run = tokenRun('The constructor of the new building has a toString valueOf hasOwnProperty plan');
    expect(run.stems.every((s) => typeof s === 'string')).toBe(true);
    expect(run.stems).toContain('constructor');
  });
});

describe('tokens of a web address', () => {
  it('reads its host and skips its path', () => {
    expect(tokenRun('See https://www.gov.uk/how-we-collect-and-share-data for more').stems).toEqual([
      'see',
      'http',
      'www',
      'gov',
      'uk',
      'for',
      'more',
    ]);
    expect(tokenRun('Gweler llyw.cymru/rheoli-data neu www.ico.org.uk/make-a-complaint').stems).toEqual(
      expect.arrayContaining(['llyw', 'cymru', 'ico', 'org']),
    );
    expect(tokenRun('www.ico.org.uk/make-a-complaint').stems).not.toContain('complaint');
  });
});

// Verdict messages by reason code: the words live beside the item's data, and a meaning-based lift waits for a reason
// code, never for a message's wording.
import { describe, expect, it } from 'vitest';
import { readText } from '../../../src/core/notice/read-text';
import { analyseNotice } from '../../../src/core/analysis/notice-text';
import { ConceptIndex } from '../../../src/core/concepts/match-concepts';
import { liftByConcepts } from '../../../src/core/concepts/lift-verdict';
import { loadChecklist } from '../../../src/core/checklist';
import { messageFor } from '../../../src/core/checks/verdict';
import { runAudit } from '../../../src/core/run-audit';

const item = (id: string) => loadChecklist().items.find((i) => i.id === id)!;

describe('messages by reason code', () => {
  it('fills {lookedFor} from the item and {name} from the verdict', () => {
    const rights = item('subject-access-route');
    expect(messageFor(rights, 'not-found')).toBe(`Nothing found: looked for ${rights.lookedFor}.`);
    expect(messageFor(rights, 'channel-given', { channels: 'email office@oak.example' })).toBe(
      'The notice says how to request access, with a channel: email office@oak.example.',
    );
  });

  it('leaves page text in a value as it is (no second pass over {braces} or $ signs)', () => {
    expect(messageFor(item('withdraw-consent'), 'look-alike-rejected', { quote: 'you may {object} for $& reasons' })).toContain(
      '"you may {object} for $& reasons"',
    );
  });

  it('throws on a reason the item has no words for, or a missing value', () => {
    expect(() => messageFor(item('complaint-to-ico'), 'no-such-outcome')).toThrow(/no message for reason/);
    expect(() => messageFor(item('subject-access-route'), 'channel-given')).toThrow(/needs a value for \{channels\}/);
  });

  it('every lift that waits for a reason names one its check gives', () => {
    for (const i of loadChecklist().items)
      for (const lift of i.concepts) for (const r of lift.whenReason ?? []) expect(Object.keys(i.messages)).toContain(r);
  });
});

describe('a concept lift waits for a reason code', () => {
  const census = item('census-sharing-statutory');
  const doc = readText(
    'Privacy notice\n\nWe send some pupil information to the Department for Education. This is called the school census, and the law says we must do it.\n',
  );
  const index = new ConceptIndex(doc, analyseNotice(doc));
  const partial = (reason: string) => ({ status: 'partial' as const, reason, message: messageFor(census, reason), evidence: [] });

  it('lifts the partial it names', () => {
    expect(liftByConcepts(partial('sharing-without-collection'), census.concepts, index).status).toBe('pass');
  });

  it('leaves another partial of the same check alone, whatever its words', () => {
    expect(liftByConcepts(partial('dfe-named-in-wales'), census.concepts, index).status).toBe('partial');
    const sameWordsOtherReason = { ...partial('dfe-named-in-wales'), message: messageFor(census, 'sharing-without-collection') };
    expect(liftByConcepts(sameWordsOtherReason, census.concepts, index).status).toBe('partial');
  });

  it('never lifts a rights list in DPA 1998 wording (its own reason code)', () => {
    const text = [
      'Privacy notice',
      'Your rights',
      'Under the Data Protection Act 1998 you have the right to: prevent processing likely to cause damage or distress; have inaccurate data blocked, erased or destroyed; claim compensation for damages.',
      // Said again in plain words: enough for the meaning-based lift, were the DPA 1998 list not its own outcome.
      'You can find out what we hold about you. You can ask us to fix it if it is wrong. You can ask us to delete it. You can ask us to stop using it.',
    ].join('\n\n');
    const report = runAudit({ notice: { format: 'text', text } }, { asOf: '2026-11-23' });
    const rights = report.items.find((i) => i.id === 'data-subject-rights')!;
    expect(rights.status).toBe('partial');
    expect(rights.message).toMatch(/1998/);
  });
});

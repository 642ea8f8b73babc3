// Whole-check verdicts in other words: software named as what never decides on its own, a nursery named as the
// family's form rather than a body the data comes from, and the law given only as why some details must be provided.
// Each passage is read alone inside a notice that says nothing else.
import { describe, expect, it } from 'vitest';
import { statusReader } from './passage-status';

const status = statusReader({
  school: 'Brackenmoor Primary School',
  ages: '3 to 11',
  title: 'Your family’s information and how we look after it',
  closing: 'This is the end of the notice.',
  url: 'https://brackenmoor.sch.example/privacy',
  asOf: '2026-12-02',
});

describe('automated-decision-making: software said never to decide alone', () => {
  it('passes a statement that nothing is decided by software without a person', () => {
    expect(
      status(
        'automated-decision-making',
        'The reading tracker highlights children who may need extra help, but no judgement about a child is made by software until their teacher has looked at it.',
      ),
    ).toBe('pass');
  });
  it('passes a statement that no computer program decides on its own', () => {
    expect(
      status('automated-decision-making', 'A computer program never makes choices about your child by itself; staff make every decision.'),
    ).toBe('pass');
  });
  it('does not pass software merely used by the school', () => {
    expect(status('automated-decision-making', 'We use management software to record attendance and send texts home.')).toBe('fail');
  });
  it('keeps the right to object alone as partial', () => {
    expect(status('automated-decision-making', 'You may object to a decision about your child that was taken by automated means.')).toBe(
      'partial',
    );
  });
});

describe('data-sources: the nursery form is the family, a nursery attended is a source', () => {
  it('reads the family and its nursery or school form as the only source (partial)', () => {
    expect(
      status(
        'data-sources',
        'Pretty much all of it comes from you, through the nursery or school admission form and the chats we have at the gate.',
      ),
    ).toBe('partial');
  });
  it('passes records sent by the nursery the child went to before', () => {
    expect(status('data-sources', 'When a child starts in Reception, their previous nursery sends us a short transition report.')).toBe(
      'pass',
    );
  });
  it('passes records received from the nursery setting they attended', () => {
    expect(status('data-sources', 'We also receive notes from the nursery setting your child attended and from the health visitor.')).toBe(
      'pass',
    );
  });
});

describe('lawful-basis-art6: the law as why details must be provided is not the basis presented', () => {
  it('reads a legal duty given only as why some details must be provided as partial', () => {
    expect(
      status(
        'lawful-basis-art6',
        'A handful of details must be given because the law obliges us to keep them, such as your child’s date of birth.',
      ),
    ).toBe('partial');
  });
  it('still passes the legal duty presented as why the school uses the data', () => {
    expect(
      status('lawful-basis-art6', 'We use your child’s records because we have a legal obligation to educate them and keep them safe.'),
    ).toBe('pass');
  });
});

// The controller role said in a sentence that points back to the one before for its subject (checklist.md 2.1): "We
// look after what you tell us. The law calls this being the data controller." The subject is read from the start of the
// sentence pointed back to, so another body acting on the school's data is not taken for the school.
import { describe, expect, it } from 'vitest';
import { noticeStatus } from './passage-status';

const notice = (role: string) =>
  [
    'Welcome to our nursery',
    'This page explains what happens to the details you share with us.',
    'About us',
    `Hazelbank Nursery School is a maintained nursery school for children aged two to four. ${role}`,
    'What we collect',
    'We collect names, addresses, dates of birth and emergency contacts.',
  ].join('\n');

const statusOf = (role: string) => noticeStatus('controller-identity', notice(role), 'https://hazelbank.sch.example/privacy');

describe('controller-identity: the role pointed back to', () => {
  it('"we look after ... The law calls this being the data controller" names the school as controller', () => {
    expect(statusOf('We keep and look after everything you tell us about your child. The law calls this being the data controller.')).toBe(
      'pass',
    );
  });
  it('"that is what data protection law calls a controller" after the school\'s own sentence passes', () => {
    expect(statusOf('The nursery decides what to record about each child. That is what data protection law calls a data controller.')).toBe(
      'pass',
    );
  });
  it('another body as the subject pointed back to does not make the school the controller', () => {
    expect(statusOf('The Department for Education collects census data from us. The law calls this being a data controller.')).toBe(
      'partial',
    );
  });
  it('with no role stated the name alone stays partial', () => {
    expect(statusOf('We keep everything you tell us safe.')).toBe('partial');
  });
});

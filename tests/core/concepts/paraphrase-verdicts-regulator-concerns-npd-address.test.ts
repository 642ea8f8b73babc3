// Whole-check verdicts on the regulator's route and one-topic concern routes put in other words: dissatisfaction voiced
// in a question and the reader's step to the ICO in the next sentence, the regulator named for the school's own
// advice-seeking or only in the notice's list of topics, a concern route for one access request or one computer
// decision, the access right with no route or only the department's, and the NPD guidance address written out with
// no scheme. Each passage is read alone inside a notice that
// says nothing else.
import { statusReader } from './passage-status';
import type { Status } from '../../../src/core/report';
import { describePassages } from './describe-passages';

const status = statusReader({
  school: 'Larchwood Secondary School',
  ages: '11 to 16',
  title: 'Privacy notice for pupils and families',
  closing: 'This is the end of the notice.',
  url: 'https://larchwood.sch.example/privacy',
  asOf: '2026-12-03',
});

const CASES: Record<string, Partial<Record<Status, string[]>>> = {
  'complaint-to-ico': {
    pass: [
      'Not satisfied with how we answered you? You may write to the ICO, the body that oversees data protection.',
      "Still not happy after speaking to us? You could contact the Information Commissioner's Office at ico.org.uk.",
    ],
    partial: [
      // the school's route first, then the regulator for advice only (checklist.md 2.17 partial)
      'If anything worries you, tell the head teacher first. For impartial advice you can also contact the ICO.',
    ],
    fail: [
      // the school's own advice-seeking about transfers (checklist.md 2.17 trap)
      "Before any records leave the country we would check with the Information Commissioner's Office first.",
      'Where data might be sent abroad, we will consult the ICO for its advice.',
      // a contents list promising the topic is not the topic
      'This privacy notice covers:\n- who we are\n- your right to complain to the Information Commissioner\n- how long we keep records',
      // the EU's wording: an authority in a Member State, never the ICO (checklist.md 2.17 names the ICO)
      'You may lodge a complaint with a supervisory authority, in particular in the Member State where you live or work.',
    ],
  },
  'complaint-to-school': {
    pass: [
      // a general route that mentions access requests among other things
      'If you are unhappy with how we handle your information, including any access request, raise it with us using our complaints form.',
    ],
    partial: [
      // one request only (checklist.md 2.18: a concern route limited to one topic)
      'If you are dissatisfied with the reply to your access request, the governors can look at it again.',
      // one kind of decision only
      'Where you disagree with a decision that was made automatically by our software, a teacher will review it on request.',
    ],
  },
  'subject-access-route': {
    pass: [
      'Pupils and their families are entitled to see the personal data the school holds about them: email requests to office@larchwood.sch.example.',
    ],
    partial: [
      // whom to ask, with no way to reach them (checklist.md 2.15 partial)
      'Pupils and their families are entitled to see the personal data the school holds about them. Requests should be sent to our Data Manager.',
    ],
    fail: [
      // the right alone: nothing of how or whom to ask
      'Pupils and their families are entitled to see the personal data the school holds about them.',
      // the department's route to its own records, not the school's
      'If you want to know what the DfE holds on you, send a subject access request to the Department via gov.uk/contact-dfe.',
    ],
  },
  'national-pupil-database': {
    pass: [
      'The National Pupil Database is where the Department for Education keeps information about pupils across England, for statistics and research. Guidance: gov.uk/government/publications/national-pupil-database-user-guide-and-supporting-information',
    ],
    partial: [
      'The National Pupil Database is where the Department for Education keeps information about pupils across England, for statistics and research.',
    ],
  },
};

describePassages('regulator routes, one-topic concerns and written-out NPD addresses, read alone', CASES, status);

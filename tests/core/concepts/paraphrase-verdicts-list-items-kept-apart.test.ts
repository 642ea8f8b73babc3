// Words of one list item, or one statement ended by a semicolon, do not run on into the next: "legitimate interests
// (Article 6(1)(f)); consent - for example, for photographs" describes no interest (checklist.md 2.7), though "for
// example" follows within a few words. An interest given after a comma still counts; "for some of our sixth form
// activities" says how much rests on the basis, not what the interest is. A heading naming withdrawal of consent
// over a body about complaints only (checklist.md 2.16) names the topic without stating the right, and a change of mind
// about photos is withdrawing consent, not the right to object (2.14). Each passage is read alone inside
// a notice that says nothing else.
import { statusReader } from './passage-status';
import { describePassages } from './describe-passages';

const status = statusReader({
  school: 'Linbrook Academy',
  ages: '11 to 18',
  title: 'Privacy notice for students and parents',
  closing: 'End of the privacy notice.',
  url: 'https://linbrook.sch.example/privacy',
  asOf: '2026-12-04',
});

describePassages(
  'paraphrase verdicts: list items kept apart',
  {
    'data-subject-rights': {
      partial: [
        // a change of mind about photos is withdrawing consent, not the right to object
        'You can ask to see what we hold about you or your child, ask us to put right anything that is wrong, and ask us to delete what we no longer need.\nPhotos: you can change your mind about photos at any time - just tell the office and we will stop using them.',
      ],
      pass: [
        // the right to have use stopped, said as a right (guards the restriction right)
        'You can ask to see what we hold about you or your child, ask us to put right anything that is wrong, and ask us to delete what we no longer need. You can also ask us to stop using your information while a complaint is looked at.',
      ],
    },
    'withdraw-consent': {
      fail: [
        // a retention row or item: "removed" is the end of the photos' period, not consent taken back
        'We ask for your consent before we put photographs of your child on our website.\nHow long we keep records\nRecord | How long we keep it\nWebsite photographs taken with consent | Removed from the site within two years of your child leaving\nAttendance registers | Three years',
        'We ask for your consent before we put photographs of your child on our website.\nHow long we keep records\n- Website photographs taken with consent: removed from the site within two years of your child leaving\n- Attendance registers: three years',
        // consent, withdrawal and complaints each in its own row of a retention list: no heading over a complaints body
        'We ask for your consent before we put photographs of your child on our website.\nWe keep records only as long as we need them. The main records are:\n- Trip consent forms: until the end of the trip\n- Notes of a pupil withdrawn from RE lessons: until they leave\n- Complaint files: six years after the complaint is closed',
      ],
      partial: [
        // the template's heading over a body about complaints only
        'Withdrawal of consent and the right to lodge a complaint\nIf you are unhappy with how we have used your information, please speak to the headteacher first, or contact the Information Commissioner.',
      ],
      pass: [
        // a list item that says it under its heading (guards the period veto)
        'We ask for your consent before we put photographs of your child on our website.\nChanging your mind\n- Photographs: if you withdraw your consent, tell the office and we will stop using them.',
        // the same heading over a body that says it (guards the heading veto)
        'Withdrawing consent and complaints\nYou can withdraw your consent for photographs at any time by telling the office. If you are unhappy, you can complain to the Information Commissioner.',
      ],
    },
    'legitimate-interests-stated': {
      fail: [
        'The bases we rely on are:\n- public task - most of our work (Article 6(1)(e));\n- legitimate interests (Article 6(1)(f));\n- consent - for example, for photographs on our website (Article 6(1)(a)).',
        'Our bases are public task; legitimate interests; consent, such as for the school photographer.',
        // how much rests on the basis, with the activities named in several words: still no interest
        'We also rely on legitimate interests for some of our sixth form enrichment activities.',
        // the processing itself called the interest
        'Processing your information for our records is our legitimate interest.',
        'Processing what families tell us is our own legitimate interest.',
        // the basis named again after a colon, not an interest
        'Legitimate interests: we also rely on our legitimate interests for a small part of what we do.',
        'Legitimate interests: we also rely on our legitimate interests for some of the processing we carry out.',
        // how much rests on it, after a reference to the Article
        'Legitimate interests (Article 6(1)(f)): in the rare cases where a public body may use them.',
      ],
      pass: [
        // the interest after a comma in the same item (guards the reach within an item)
        'We rely on legitimate interests, for example to let former students know about reunions and alumni talks.',
        // the interest said first, then called so
        'We write to former families about our fundraising fair: keeping the charity going at fees families can afford is our legitimate interest here.',
        // the same, the interest called the school's own
        'There is one use where we rely on legitimate interests (Article 6(1)(f)). Sending former pupils news of reunions is our own legitimate interest.',
        // the interests pointed back to and listed after a colon
        'For our former pupils’ network we rely on legitimate interests (Article 6(1)(f)). These interests are: staying in touch with old students and inviting them back to give careers talks.',
        // the interest after a reference to the Article
        'For the gate cameras we rely on legitimate interests (Article 6(1)(f)) in keeping the car park and the people in it safe.',
      ],
    },
  },
  status,
);

// Legitimate interests (checklist.md 2.7): the interest named after "our interest" or pointed back to ("Those interests
// are ..."), and reliance on them for an activity said to lie outside the public task. Each passage is read alone
// inside a notice that says nothing else.
import { statusReader } from './passage-status';
import { describePassages } from './describe-passages';

const status = statusReader({
  school: 'Greystone Park High School',
  ages: '11 to 18',
  title: 'Privacy notice for students and parents',
  closing: 'End of the privacy notice.',
  url: 'https://greystonepark.sch.example/privacy',
  asOf: '2026-12-04',
});

describePassages(
  'paraphrase verdicts: interests owned, pointed back to, outside the public task',
  {
    'legitimate-interests-stated': {
      pass: [
        'For our leavers’ network we rely on legitimate interests. Our interest: keeping former students in touch so they can mentor those still here.',
        'For our leavers’ network we rely on legitimate interests. Those interests are running reunions and raising funds for bursaries.',
        // reliance for an activity outside the public task is reliance
        'One thing we do is not part of our public task, so for it we rely on legitimate interests. Our interest is in inviting former pupils back to careers evenings.',
      ],
      fail: [
        // the balancing test names no interest
        'For our leavers’ network we rely on legitimate interests. Our interests are balanced against yours.',
      ],
      'not-applicable': ['We do not rely on legitimate interests for anything we do.'],
    },
  },
  status,
);

// A vitest reporter for the soak: prints each failed test and its error the moment it fails, so a round stopped at
// its time limit still says what went wrong (the default reporter prints errors only once the run ends).
import type { Reporter, TestCase } from 'vitest/node';

export default class SoakFailuresReporter implements Reporter {
  onTestCaseResult(testCase: TestCase): void {
    const result = testCase.result();
    if (result.state !== 'failed') return;
    const errors = (result.errors ?? []).map((e) => (e.message ?? String(e)).split('\n').slice(0, 6).join('\n    '));
    process.stdout.write(`soak-failure: ${testCase.module.moduleId} > ${testCase.fullName}\n    ${errors.join('\n    ')}\n`);
  }
}

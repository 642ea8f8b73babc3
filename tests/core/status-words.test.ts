// One table of status words and colours: text output, CSV, the HTML report and the popup say the same word.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { STATUS_COLOURS, STATUS_ORDER, statusWord } from '../../src/core/status-words';
import { statusWord as popupWord } from '../../src/extension/ui/status';
import { statusLabel } from '../../src/core/html-report/render-report';
import { rowStatusWord } from '../../src/core/csv';
import { REPORT_CSS } from '../../src/core/html-report/styles';

describe('status words', () => {
  it('cookie and quality checks read Problem / Warning / OK; content checks Missing / Partly / Present', () => {
    expect(STATUS_ORDER.map((s) => statusWord('notice', s))).toEqual(['Missing', 'Partly', 'Check by hand', 'Present', 'Not applicable']);
    expect(STATUS_ORDER.map((s) => statusWord('cookies', s))).toEqual(['Problem', 'Warning', 'Check by hand', 'OK', 'Not applicable']);
    expect(statusWord('quality', 'fail')).toBe('Problem');
  });

  it('the popup, the HTML report and the CSV use the same table', () => {
    for (const area of ['notice', 'quality', 'cookies'] as const) {
      for (const s of STATUS_ORDER) {
        expect(popupWord(area, s)).toBe(statusWord(area, s));
        expect(statusLabel(s, area)).toBe(statusWord(area, s));
        expect(rowStatusWord({ area, status: s })).toBe(statusWord(area, s));
      }
    }
  });

  it('the popup style sheet and the HTML report use the same colours', () => {
    const popupCss = readFileSync(join(import.meta.dirname, '..', '..', 'src', 'extension', 'ui', 'styles.css'), 'utf8');
    const vars: Record<string, keyof typeof STATUS_COLOURS> = {
      '--fail': 'fail',
      '--partial': 'partial',
      '--review': 'needs-review',
      '--pass': 'pass',
      '--na': 'not-applicable',
    };
    for (const [v, status] of Object.entries(vars)) {
      expect(REPORT_CSS).toContain(`${v}: ${STATUS_COLOURS[status]};`);
      expect(popupCss.toLowerCase()).toContain(`${v}: ${STATUS_COLOURS[status]};`);
    }
  });
});

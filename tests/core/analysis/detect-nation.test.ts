// Tests for England/Wales detection: the signals that decide it, and words that only look like signals.
import { describe, expect, it } from 'vitest';
import { readText } from '../../../src/core/notice/read-text';
import { readHtml } from '../../../src/core/notice/read-html';
import { detectNation } from '../../../src/core/analysis/detect-nation';

const nationOf = (text: string) => detectNation(readText(text)).value;

describe('detectNation', () => {
  it("does not read a paragraph on the other nation's schools, set against its own, as the school's nation", () => {
    const text = [
      'Every term we send the school census to the Department for Education (DfE) under the (England) Regulations 2013.',
      'Schools over the border follow their own rules. They send PLASC returns to the Welsh Government instead of the DfE, and we pass nothing to the Welsh Government ourselves.',
    ].join('\n');
    expect(nationOf(text)).toBe('england');
  });

  it('reads DfE text with "Welsh Government" swapped in as Wales', () => {
    expect(
      nationOf('We share data with the Welsh Government. Powys County Council is our LA. The law is the (England) Regulations 2013.'),
    ).toBe('wales');
  });

  it('reads an England notice that mentions the Welsh Government once as England', () => {
    expect(
      nationOf(
        'We share data with the Department for Education (DfE) under the (England) Regulations 2013. Ofsted inspects us. DfE publishes guidance. We also tell the Welsh Government.',
      ),
    ).toBe('england');
  });

  it('does not take the verb "send" for the England term SEND', () => {
    const text = 'We send pupil data to the Welsh Government. We send records when pupils leave. We send reports home.';
    const d = detectNation(readText(text));
    expect(d.value).toBe('wales');
    expect(d.evidence.map((e) => e.text.toLowerCase())).not.toContain('send');
    expect(nationOf('Our SEND information report explains our support. We work with Ofsted.')).toBe('england');
  });

  it('counts a Welsh-language version of the page as a Wales signal', () => {
    const html =
      '<html lang="cy"><body><main><h1>Hysbysiad Preifatrwydd</h1><p>Rydym yn casglu gwybodaeth am ddisgyblion.</p></main></body></html>';
    expect(detectNation(readHtml(html)).value).toBe('wales');
  });

  it('is unknown with no signals', () => {
    expect(nationOf('We collect pupil information to support learning.')).toBe('unknown');
  });

  it('reads a Church of England school as England, a Church in Wales school not so', () => {
    expect(nationOf('St Anne’s Church of England Primary School\nWe use pupil information to support learning.')).toBe('england');
    expect(nationOf('St Anne’s Church in Wales Primary School\nWe use pupil information to support learning.')).toBe('unknown');
  });
});

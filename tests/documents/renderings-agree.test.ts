// The PDF and DOCX renderings of a seed must audit like its text rendering: same statuses for (nearly) every check.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadDocumentFile } from '../../src/cli/load-document';
import { runAudit } from '../../src/core/run-audit';

const corpus = join(import.meta.dirname, '..', 'fixtures', 'corpus');
const renderings = readdirSync(corpus)
  .filter((f) => /^seed-\d+\.(pdf|docx)$/.test(f))
  .sort();

async function statuses(file: string): Promise<Map<string, string>> {
  const report = runAudit({ notice: await loadDocumentFile(join(corpus, file)) }, { asOf: '2026-11-23', kind: 'pupil-notice' });
  return new Map(report.items.map((i) => [i.id, i.status]));
}

describe('binary renderings audit like the text rendering', () => {
  it('has PDF and DOCX renderings to compare', () => {
    expect(renderings.filter((f) => f.endsWith('.pdf')).length).toBeGreaterThanOrEqual(3);
    expect(renderings.filter((f) => f.endsWith('.docx')).length).toBeGreaterThanOrEqual(2);
  });

  it.each(renderings)('%s gives the same status as the .txt for at least 90 percent of checks', async (file) => {
    const fromText = await statuses(file.replace(/\.(pdf|docx)$/, '.txt'));
    const fromBinary = await statuses(file);
    const differing = [...fromText]
      .filter(([id, s]) => fromBinary.get(id) !== s)
      .map(([id, s]) => `${id}: txt ${s}, ${file} ${fromBinary.get(id)}`);
    const agreement = 1 - differing.length / fromText.size;
    expect(fromText.size).toBeGreaterThan(20);
    expect(agreement, differing.join('\n')).toBeGreaterThanOrEqual(0.9);
  });
});

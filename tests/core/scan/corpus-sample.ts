// An even spread of the fixture corpus's text and HTML notices, for the scan tests that read every checklist pattern
// over real notices: a sample of fixed size, so their time does not grow with every fixture the corpus gains.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const corpus = join(import.meta.dirname, '..', '..', 'fixtures', 'corpus');

/** At most `max` corpus notices, evenly spread over the sorted file names: each as its name and its text. */
export function corpusSample(max: number): { name: string; text: string }[] {
  const all = readdirSync(corpus)
    .filter((f) => /\.(txt|html)$/.test(f))
    .sort();
  return all
    .filter((_, i) => i % Math.ceil(all.length / max) === 0)
    .map((name) => ({ name, text: readFileSync(join(corpus, name), 'utf8') }));
}

// Output folders the tool may write into: new, empty, or already marked as written by this tool (a marker file it leaves).
import { readdir, stat, writeFile, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { UsageError } from '../usage-error';

/** The marker written into every output folder: its presence says the folder's contents are ours to replace. */
export const OUT_MARKER = '.school-privacy-audit';
const MARKER_TEXT = 'This folder is written by school-privacy-audit; its files are replaced when it is written again.\n';

async function kindOf(path: string): Promise<'missing' | 'dir' | 'file'> {
  try {
    return (await stat(path)).isDirectory() ? 'dir' : 'file';
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return 'missing';
    throw new UsageError(`cannot use ${path}: ${(err as Error).message}`);
  }
}

/**
 * Check that `dir` may be written (new, empty, or carrying our marker), then create it and leave the marker.
 * Throws UsageError otherwise, so nothing of someone else's is overwritten or deleted.
 */
export async function claimOutFolder(dir: string, option = '--out'): Promise<void> {
  const kind = await kindOf(dir);
  if (kind === 'file') throw new UsageError(`${option} ${dir}: is a file, not a folder`);
  if (kind === 'dir') {
    const names = await readdir(dir);
    if (names.length > 0 && !names.includes(OUT_MARKER)) {
      throw new UsageError(`${option} ${dir}: the folder is not empty and was not written by this tool; choose a new or empty folder`);
    }
  }
  await mkdir(dir, { recursive: true });
  await writeFile(join(dir, OUT_MARKER), MARKER_TEXT);
}

/** A batch's findings file must be a file path, not an existing folder. */
export async function checkOutFile(path: string, option = '--out'): Promise<void> {
  if ((await kindOf(path)) === 'dir')
    throw new UsageError(`${option} ${path}: is a folder; give the findings CSV file to write, e.g. ${join(path, 'findings.csv')}`);
}

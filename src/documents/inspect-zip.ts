// Reads a zip's central directory and proves its entries inflate to a bounded size before anything unzips them.
import { DocumentError, formatMegabytes } from './document-error';

export interface ZipLimits {
  /** Refuse when the entries together declare more than this many bytes. */
  maxTotalBytes: number;
  /** Refuse when declared size / file size exceeds this and the total is above `ratioFloorBytes`. */
  maxRatio: number;
  /** Small files may compress very well (plain XML); the ratio rule only bites above this total. */
  ratioFloorBytes: number;
  maxEntries: number;
}

export const DEFAULT_ZIP_LIMITS: ZipLimits = {
  maxTotalBytes: 100 * 1024 * 1024,
  maxRatio: 100,
  ratioFloorBytes: 5 * 1024 * 1024,
  maxEntries: 10_000,
};

export interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  uncompressedSize: number;
  localHeaderOffset: number;
}

// Deflate cannot expand data by more than about 1032:1; an entry that claims more is lying about something.
const DEFLATE_MAX_RATIO = 1100;
const EOCD_SIGNATURE = 0x06054b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;

function damaged(detail: string): DocumentError {
  return new DocumentError('corrupt', `the DOCX file is damaged or is not a Word document (${detail})`);
}

function bomb(detail: string): DocumentError {
  return new DocumentError('zip-bomb', `the DOCX file was refused: ${detail} (a possible zip bomb)`);
}

/** List the entries from the central directory without decompressing anything. */
export function readZipDirectory(bytes: Uint8Array, limits: ZipLimits = DEFAULT_ZIP_LIMITS): ZipEntry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // The end-of-central-directory record sits in the last 22 bytes plus up to 64 KiB of comment.
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 65_535); i--) {
    if (view.getUint32(i, true) === EOCD_SIGNATURE) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw damaged('no zip directory');
  const count = view.getUint16(eocd + 10, true);
  const dirSize = view.getUint32(eocd + 12, true);
  const dirOffset = view.getUint32(eocd + 16, true);
  if (count === 0xffff || dirOffset === 0xffffffff) throw bomb('it uses ZIP64 sizes, far beyond any notice');
  if (count > limits.maxEntries) throw bomb(`it holds ${count} entries`);
  if (dirOffset + dirSize > bytes.length) throw damaged('the zip directory points outside the file');

  const entries: ZipEntry[] = [];
  let p = dirOffset;
  const decoder = new TextDecoder();
  for (let n = 0; n < count; n++) {
    if (p + 46 > bytes.length || view.getUint32(p, true) !== CENTRAL_SIGNATURE) throw damaged('a broken zip directory entry');
    const method = view.getUint16(p + 10, true);
    const compressedSize = view.getUint32(p + 20, true);
    const uncompressedSize = view.getUint32(p + 24, true);
    const nameLength = view.getUint16(p + 28, true);
    const extraLength = view.getUint16(p + 30, true);
    const commentLength = view.getUint16(p + 32, true);
    const localHeaderOffset = view.getUint32(p + 42, true);
    if (compressedSize === 0xffffffff || uncompressedSize === 0xffffffff || localHeaderOffset === 0xffffffff) {
      throw bomb('it uses ZIP64 sizes, far beyond any notice');
    }
    const name = decoder.decode(bytes.subarray(p + 46, p + 46 + nameLength));
    entries.push({ name, method, compressedSize, uncompressedSize, localHeaderOffset });
    p += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** Refuse on what the directory declares: total size, overall ratio, and per-entry ratios deflate cannot produce. */
export function checkDeclaredSizes(entries: ZipEntry[], fileBytes: number, limits: ZipLimits = DEFAULT_ZIP_LIMITS): number {
  let total = 0;
  for (const e of entries) {
    total += e.uncompressedSize;
    if (e.method === 8 && e.compressedSize > 0 && e.uncompressedSize / e.compressedSize > DEFLATE_MAX_RATIO) {
      throw bomb(`entry ${e.name.slice(0, 80)} claims to expand ${Math.round(e.uncompressedSize / e.compressedSize)} times`);
    }
  }
  if (total > limits.maxTotalBytes)
    throw bomb(`it would expand to ${formatMegabytes(total)}; the limit is ${formatMegabytes(limits.maxTotalBytes)}`);
  if (total > limits.ratioFloorBytes && total / Math.max(1, fileBytes) > limits.maxRatio) {
    throw bomb(`it would expand to ${Math.round(total / Math.max(1, fileBytes))} times its own size`);
  }
  return total;
}

function entryData(bytes: Uint8Array, entry: ZipEntry): Uint8Array {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const at = entry.localHeaderOffset;
  if (at + 30 > bytes.length || view.getUint32(at, true) !== LOCAL_SIGNATURE) throw damaged(`entry ${entry.name.slice(0, 80)} is missing`);
  const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
  const end = start + entry.compressedSize;
  if (end > bytes.length) throw damaged(`entry ${entry.name.slice(0, 80)} is cut short`);
  return bytes.subarray(start, end);
}

/**
 * Inflate every deflated entry with a byte counter and stop as soon as one produces more than it declared:
 * the directory's sizes are attacker-written, and the unzipper that runs later trusts them.
 * DecompressionStream('deflate-raw') exists in browsers and Node >= 20.12, so this stays environment-neutral.
 */
export async function verifyInflatedSizes(bytes: Uint8Array, entries: ZipEntry[]): Promise<void> {
  for (const entry of entries) {
    if (entry.method === 0) {
      if (entry.compressedSize !== entry.uncompressedSize) throw damaged(`stored entry ${entry.name.slice(0, 80)} has inconsistent sizes`);
      continue;
    }
    if (entry.method !== 8) throw damaged(`entry ${entry.name.slice(0, 80)} uses an unsupported compression method`);
    const data = entryData(bytes, entry);
    // Deflate output may legitimately differ from the header only if the header is wrong; allow no growth beyond it.
    const allowed = entry.uncompressedSize;
    const stream = new Blob([data as Uint8Array<ArrayBuffer>]).stream().pipeThrough(new DecompressionStream('deflate-raw'));
    const reader = stream.getReader();
    let produced = 0;
    try {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        produced += value.byteLength;
        if (produced > allowed) {
          await reader.cancel().catch(() => undefined);
          throw bomb(`entry ${entry.name.slice(0, 80)} inflates beyond the ${allowed} bytes it declares`);
        }
      }
    } catch (err) {
      if (err instanceof Error && err.name === 'DocumentError') throw err;
      throw damaged(`entry ${entry.name.slice(0, 80)} does not decompress`);
    }
  }
}

/** Everything a zip must pass before any unzipper sees it; returns the declared uncompressed total. */
export async function checkZipSafety(
  bytes: Uint8Array,
  limits: ZipLimits = DEFAULT_ZIP_LIMITS,
): Promise<{ entries: ZipEntry[]; totalBytes: number }> {
  const entries = readZipDirectory(bytes, limits);
  const totalBytes = checkDeclaredSizes(entries, bytes.length, limits);
  await verifyInflatedSizes(bytes, entries);
  return { entries, totalBytes };
}

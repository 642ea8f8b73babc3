// PDF bytes -> DocumentInput (pages of reading-order blocks) with pdfjs-dist, within caps on bytes, pages and time.
import { LIMITS, type DocumentInput } from '../core/artifacts';
import { DocumentError, formatMegabytes } from './document-error';
import { layoutPages, type PageRuns, type TextRun } from './layout-pdf';
import { sniffFormat } from './sniff-format';
import { capWarnings } from '../core/warnings';

/** The part of the pdfjs-dist module this file uses; the legacy (Node) and modern (browser) builds both fit. */
export type PdfjsModule = Pick<typeof import('pdfjs-dist'), 'getDocument'>;

export interface ExtractPdfOptions {
  url?: string | null;
  maxBytes?: number;
  maxPages?: number;
  timeoutMs?: number;
  /**
   * The pdfjs module to use. By default the legacy build is imported, which in Node runs its worker code
   * in-process with no setup. In an extension page, pass the module after pointing pdfjs at its worker, e.g.
   * `import * as pdfjs from 'pdfjs-dist'; pdfjs.GlobalWorkerOptions.workerSrc = browser.runtime.getURL('/pdf.worker.mjs')`
   * (copy node_modules/pdfjs-dist/build/pdf.worker.mjs into public/), then `extractPdf(bytes, { pdfjs })`.
   */
  pdfjs?: PdfjsModule | (() => Promise<PdfjsModule>);
  /** Text runs kept per page and in the whole document (defaults in PDF_LIMITS). */
  maxRunsPerPage?: number;
  maxRunsTotal?: number;
}

/**
 * maxRunsTotal bounds the memory a dense PDF takes (each positioned run costs ~200 bytes through layout):
 * 300 pages x 20k runs would be 6M runs and gigabytes; past the budget the rest of the pages are not read.
 */
export const PDF_LIMITS = {
  maxBytes: LIMITS.documentBytes,
  maxPages: 300,
  timeoutMs: 60_000,
  maxRunsPerPage: 20_000,
  maxRunsTotal: 400_000,
} as const;
export const NO_TEXT_LAYER = 'no text layer (scanned document)';

/** The pdf variant of DocumentInput, plus reading notes (pages cut off, pages without text). */
export type PdfInput = Extract<DocumentInput, { format: 'pdf' }> & { warnings: string[] };

// Fewer visible characters than this per page read means the pages are pictures of text.
const MIN_CHARS_PER_PAGE = 20;

async function loadPdfjs(option: ExtractPdfOptions['pdfjs']): Promise<PdfjsModule> {
  if (typeof option === 'function') return option();
  if (option) return option;
  return import('pdfjs-dist/legacy/build/pdf.mjs');
}

/** Title metadata is often the authoring tool's file name ("Microsoft Word - GDPR notice v3.docx"); keep only real titles. */
export function cleanPdfTitle(raw: unknown): string | null {
  if (typeof raw !== 'string') return null;
  const title = raw
    .replace(/^microsoft (word|powerpoint) - /i, '')
    .replace(/\s+/g, ' ')
    .trim();
  if (!title || /^untitled\b/i.test(title) || /\.(docx?|pdf|odt|rtf|pages|html?)$/i.test(title) || !/[a-z]{3}/i.test(title)) return null;
  return title.slice(0, 2_000);
}

function pdfjsError(err: unknown): DocumentError {
  const name = err && typeof err === 'object' && 'name' in err ? String((err as { name: unknown }).name) : '';
  if (name === 'PasswordException') return new DocumentError('encrypted', 'the PDF is password-protected');
  const detail = (err instanceof Error ? err.message : String(err)).replace(/\s+/g, ' ').replace(/\.$/, '').slice(0, 120);
  return new DocumentError('corrupt', `the PDF is damaged and cannot be read (${detail})`);
}

export async function extractPdf(bytes: Uint8Array, opts: ExtractPdfOptions = {}): Promise<PdfInput> {
  const maxBytes = opts.maxBytes ?? PDF_LIMITS.maxBytes;
  const maxPages = opts.maxPages ?? PDF_LIMITS.maxPages;
  const timeoutMs = opts.timeoutMs ?? PDF_LIMITS.timeoutMs;
  const maxRunsPerPage = opts.maxRunsPerPage ?? PDF_LIMITS.maxRunsPerPage;
  const maxRunsTotal = opts.maxRunsTotal ?? PDF_LIMITS.maxRunsTotal;
  if (bytes.length > maxBytes)
    throw new DocumentError('too-large', `the PDF is ${formatMegabytes(bytes.length)}; the limit is ${formatMegabytes(maxBytes)}`);
  if (sniffFormat(bytes) !== 'pdf') throw new DocumentError('corrupt', 'the PDF is damaged and cannot be read (no PDF header)');

  const pdfjs = await loadPdfjs(opts.pdfjs);
  // pdfjs transfers (detaches) the buffer it is given; copy so the caller's bytes stay usable.
  const task = pdfjs.getDocument({
    data: bytes.slice(),
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    stopAtErrors: false,
    verbosity: 0,
  });
  let timer: ReturnType<typeof setTimeout> | undefined;
  const deadline = Date.now() + timeoutMs;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new DocumentError('timeout', `the PDF took longer than ${Math.round(timeoutMs / 1000)} s to read`)),
      timeoutMs,
    );
  });
  try {
    return await Promise.race([readAll(), timeout]);
  } finally {
    clearTimeout(timer);
    // Destroying can wait on work the document never finishes; give it a moment, never the caller's whole time.
    await Promise.race([task.destroy().catch(() => undefined), new Promise((resolve) => setTimeout(resolve, 1_000))]);
  }

  async function readAll(): Promise<PdfInput> {
    let doc: Awaited<typeof task.promise>;
    try {
      doc = await task.promise;
    } catch (err) {
      throw pdfjsError(err);
    }
    const warnings: string[] = [];
    const total = doc.numPages;
    const count = Math.min(total, maxPages);
    if (total > maxPages) warnings.push(`first ${maxPages} pages read of ${total}`);

    const pages: PageRuns[] = [];
    const emptyPages: number[] = [];
    const fullPages: number[] = [];
    let chars = 0;
    let totalRuns = 0;
    for (let n = 1; n <= count; n++) {
      if (totalRuns >= maxRunsTotal) {
        warnings.push(
          `text read up to page ${n - 1} of ${total}: the PDF has more text than is read (${maxRunsTotal.toLocaleString('en-GB')} pieces), so later pages are not audited`,
        );
        break;
      }
      const pageCap = Math.min(maxRunsPerPage, maxRunsTotal - totalRuns);
      if (Date.now() > deadline) throw new DocumentError('timeout', `the PDF took longer than ${Math.round(timeoutMs / 1000)} s to read`);
      let runs: TextRun[];
      let width: number;
      let height: number;
      try {
        const page = await doc.getPage(n);
        const viewport = page.getViewport({ scale: 1 });
        width = viewport.width;
        height = viewport.height;
        runs = [];
        // Stream the text so a page stuffed with millions of runs is cut off early instead of held whole in memory.
        const reader = (page.streamTextContent() as ReadableStream<{ items: unknown[] }>).getReader();
        let full = false;
        for (;;) {
          const { done, value } = await reader.read();
          if (done) break;
          // Past the cap the rest of the page is read through but not kept: cancelling a pdfjs text
          // stream mid-page can make pdfjs throw from its message handler.
          for (const item of value.items) {
            if (runs.length >= pageCap) {
              full = true;
              break;
            }
            const run = toRun(item, viewport);
            if (run) runs.push(run);
          }
          if (Date.now() > deadline) {
            // Not awaited: pdfjs can leave a cancelled text stream's promise pending for good.
            void reader.cancel().catch(() => undefined);
            break;
          }
        }
        if (full && runs.length >= maxRunsPerPage) fullPages.push(n);
        page.cleanup();
      } catch (err) {
        if (err instanceof DocumentError) throw err;
        warnings.push(`page ${n} could not be read`);
        pages.push({ page: n, width: 0, height: 0, runs: [] });
        continue;
      }
      const visible = runs.reduce((s, r) => s + r.text.replace(/\s/g, '').length, 0);
      if (visible === 0) emptyPages.push(n);
      chars += visible;
      totalRuns += runs.length;
      pages.push({ page: n, width, height, runs });
    }

    let metaTitle: string | null = null;
    try {
      const meta = await doc.getMetadata();
      metaTitle =
        cleanPdfTitle(meta.metadata?.get('dc:title')) ?? cleanPdfTitle((meta.info as Record<string, unknown> | undefined)?.['Title']);
    } catch {
      // Broken metadata never stops the text being read.
    }

    // One note for every over-full page, not one per page: a dense PDF must not drown the report.
    if (fullPages.length)
      warnings.push(
        `page${fullPages.length > 1 ? 's' : ''} ${summariseRange(fullPages)} ${fullPages.length > 1 ? 'have' : 'has'} more text than is read (first ${maxRunsPerPage.toLocaleString('en-GB')} pieces of each kept)`,
      );
    const url = opts.url ?? null;
    if (chars < MIN_CHARS_PER_PAGE * Math.max(1, Math.min(count, 3))) {
      return {
        format: 'pdf',
        url,
        title: metaTitle,
        pages: pages.map((p) => ({ page: p.page, blocks: [] })),
        unreadable: NO_TEXT_LAYER,
        warnings: capWarnings(warnings),
      };
    }
    if (emptyPages.length)
      warnings.push(`no text on page${emptyPages.length > 1 ? 's' : ''} ${summariseRange(emptyPages)} (scanned or image-only)`);
    const laid = layoutPages(pages);
    return { format: 'pdf', url, title: metaTitle ?? laid.firstHeading, pages: laid.pages, warnings: capWarnings(warnings) };
  }
}

interface Viewport {
  convertToViewportPoint(x: number, y: number): number[];
}

/** One pdfjs text item as a positioned run; marked-content markers and empty strings give null. */
function toRun(item: unknown, viewport: Viewport): TextRun | null {
  if (!item || typeof item !== 'object' || !('str' in item)) return null;
  const { str, transform, width, height } = item as { str: unknown; transform?: unknown; width?: unknown; height?: unknown };
  if (typeof str !== 'string' || !str || !Array.isArray(transform)) return null;
  // Map the text origin through the viewport so rotated pages and odd MediaBoxes come out top-down.
  const [vx, vy] = viewport.convertToViewportPoint(Number(transform[4]), Number(transform[5]));
  const size = Math.hypot(Number(transform[2]), Number(transform[3])) || Number(height) || 0;
  if (vx === undefined || vy === undefined || !Number.isFinite(vx) || !Number.isFinite(vy)) return null;
  return { text: str.slice(0, 10_000), x: vx, top: vy, width: Number(width) || 0, size };
}

function summariseRange(pages: number[]): string {
  const shown = pages.slice(0, 10).join(', ');
  return pages.length > 10 ? `${shown} and ${pages.length - 10} more` : shown;
}

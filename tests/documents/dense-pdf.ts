// Builds a small but dense PDF for tests and measurements: every page shows the same compressed stream of many separate words.
import { deflateSync } from 'node:zlib';

/** `pages` pages, each with `runsPerPage` separately positioned words, sharing one Flate-compressed content stream. */
export function buildDensePdf(pages: number, runsPerPage: number): Uint8Array {
  const ops: string[] = ['BT /F1 9 Tf'];
  for (let i = 0; i < runsPerPage; i++)
    ops.push(`1 0 0 1 ${40 + (i % 10) * 50} ${800 - (Math.floor(i / 10) % 90) * 8} Tm (word${i % 97}) Tj`);
  ops.push('ET');
  const stream = deflateSync(Buffer.from(ops.join('\n'), 'latin1'));
  const kids = Array.from({ length: pages }, (_, i) => `${i + 5} 0 R`).join(' ');
  const head = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    `<< /Type /Pages /Kids [${kids}] /Count ${pages} >>`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  const chunks: Buffer[] = [];
  let length = 0;
  const offsets: number[] = [];
  const push = (b: Buffer) => {
    chunks.push(b);
    length += b.length;
  };
  push(Buffer.from('%PDF-1.4\n', 'latin1'));
  const object = (n: number, body: Buffer | string) => {
    offsets[n - 1] = length;
    push(Buffer.from(`${n} 0 obj\n`, 'latin1'));
    push(typeof body === 'string' ? Buffer.from(body, 'latin1') : body);
    push(Buffer.from('\nendobj\n', 'latin1'));
  };
  head.forEach((body, i) => object(i + 1, body));
  object(
    4,
    Buffer.concat([
      Buffer.from(`<< /Length ${stream.length} /Filter /FlateDecode >>\nstream\n`, 'latin1'),
      stream,
      Buffer.from('\nendstream', 'latin1'),
    ]),
  );
  for (let p = 0; p < pages; p++)
    object(p + 5, '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> /Contents 4 0 R >>');
  const count = offsets.length;
  const xref = length;
  push(
    Buffer.from(
      `xref\n0 ${count + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`,
      'latin1',
    ),
  );
  push(Buffer.from(`trailer\n<< /Size ${count + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`, 'latin1'));
  return new Uint8Array(Buffer.concat(chunks));
}

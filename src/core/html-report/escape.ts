// Escaping for the HTML reports: every piece of page text is text, never markup; links only to validated http(s) addresses.

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text for an element body or a quoted attribute value. Also drops characters HTML forbids (NUL, other C0 controls, lone surrogates). */
export function escapeHtml(value: unknown): string {
  const text = value === null || value === undefined ? '' : String(value);
  return text
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, '')
    .replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD')
    .replace(/[&<>"']/g, (c) => ENTITIES[c]!);
}

/** The address, normalised, when it is an absolute http(s) URL; null for javascript:, data:, relative or malformed ones. */
export function safeHttpUrl(value: string | null | undefined): string | null {
  if (!value) return null;
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  // User names and passwords in a link are a phishing device, never something a school's notice needs.
  if (url.username || url.password) return null;
  return url.href;
}

/** A link when the address is a safe http(s) URL, otherwise the address as plain text. */
export function linkOrText(address: string | null | undefined, label?: string): string {
  const href = safeHttpUrl(address);
  const text = escapeHtml(label ?? address ?? '');
  return href ? `<a href="${escapeHtml(href)}" rel="noopener noreferrer nofollow">${text}</a>` : text;
}

/** A relative link to a file the tool wrote itself (a folder name and file name, nothing else). */
export function relativeFileLink(path: string, label: string): string {
  if (!/^(?:[A-Za-z0-9._-]+\/)*[A-Za-z0-9._-]+\.html$/.test(path) || path.split('/').some((p) => p === '..' || p === '.'))
    return escapeHtml(label);
  return `<a href="${escapeHtml(path.split('/').map(encodeURIComponent).join('/'))}">${escapeHtml(label)}</a>`;
}

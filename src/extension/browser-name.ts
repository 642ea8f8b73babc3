// The browser an audit ran in, as the report names it.

/** A short browser name and major version, e.g. "Chromium 156" or "Firefox 140". */
export function describeBrowser(userAgent: string, brands?: readonly { brand: string; version: string }[]): string {
  const named =
    brands?.find((b) => !/not.?a.?brand/i.test(b.brand) && b.brand !== 'Chromium') ?? brands?.find((b) => b.brand === 'Chromium');
  if (named) return `${named.brand} ${named.version}`;
  const ff = /Firefox\/(\d+)/.exec(userAgent);
  if (ff) return `Firefox ${ff[1]}`;
  const edge = /Edg\/(\d+)/.exec(userAgent);
  if (edge) return `Edge ${edge[1]}`;
  const chrome = /(Chromium|Chrome)\/(\d+)/.exec(userAgent);
  if (chrome) return `${chrome[1]} ${chrome[2]}`;
  return 'unknown browser';
}

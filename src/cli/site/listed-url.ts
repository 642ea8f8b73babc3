// How a school's listed web address is kept: the one form used for fetching, folders and spreadsheets.

/**
 * A listed address as it is used and written: any "user:password@" removed (it must never reach a CSV), and a
 * run of trailing slashes cut to one, so duplicates keep the working form.
 */
export function cleanListedUrl(raw: string): string {
  let url = raw.trim();
  const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(url);
  try {
    const u = new URL(withScheme ? url : `https://${url}`);
    if (u.username || u.password) url = url.replace(/^((?:[a-z][a-z0-9+.-]*:\/\/)?)[^/?#]*@/i, '$1');
  } catch {
    // Not a URL: left for the audit to report.
  }
  return url.replace(/([^/])\/{2,}$/, '$1/');
}

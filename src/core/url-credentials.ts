// A "user:password@" in a link is never needed to read a public notice, and must never be fetched with or written out.

/** The URL without any user name or password; text that is not a URL is returned as it is. */
export function withoutCredentials(url: string): string {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return url;
  }
  if (!u.username && !u.password) return url;
  u.username = '';
  u.password = '';
  return u.href;
}

// A page load that failed because the checked proxy could not connect to one of its hops (refused as private, or a
// name that does not resolve) is reported with the proxy's reason, not the browser's generic tunnel or 5xx error.
import type { Page, Request } from 'playwright-core';
import type { CheckedProxy } from '../browser/checked-proxy';

/** Run `navigate` (loads in `page`'s main frame); when it throws, the proxy's reason for a failed hop replaces the error. */
export async function explainProxyFailure<T>(page: Page, proxy: CheckedProxy | null, navigate: () => Promise<T>): Promise<T> {
  if (!proxy) return navigate();
  // Every URL the main frame was sent to meanwhile, redirects included.
  const hops: string[] = [];
  const onRequest = (request: Request) => {
    try {
      if (request.isNavigationRequest() && request.frame() === page.mainFrame()) hops.push(request.url());
    } catch {
      // A service worker's request has no frame: not a hop of this load.
    }
  };
  page.on('request', onRequest);
  try {
    return await navigate();
  } catch (err) {
    throw proxy.failureFor(hops.reverse()) ?? err;
  } finally {
    page.off('request', onRequest);
  }
}

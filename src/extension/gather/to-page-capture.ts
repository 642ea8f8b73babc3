// Adapts the content script's page capture to the core's PageCapture (discovery and cookie domains read it).
import type { PageCapture } from '../../core/artifacts';
import type { GatheredPage } from './capture-page';

export function toPageCapture(page: GatheredPage, withHtml = false): PageCapture {
  return {
    url: page.url,
    title: page.title,
    ...(withHtml ? { html: page.html } : {}),
    links: page.links,
    resourceHosts: page.resourceHosts,
    capturedAt: page.capturedAt,
  };
}

// Links of a fetched hub page: resolved against the page, web links only, script and data URLs dropped, text on one line.
import { describe, expect, it } from 'vitest';
import { linksFromHtml } from '../../../src/core/discovery/page-links';

describe('linksFromHtml', () => {
  it('resolves relative links, squashes their text and keeps only http(s) targets', () => {
    const html = [
      '<nav><a href="/policies/privacy">Privacy\n   notice</a></nav>',
      '<a href="https://other.example/cookies"> Cookies </a>',
      '<a href="javascript:alert(1)">Run</a><a href="data:text/html,x">Data</a><a href="mailto:office@school.example">Mail</a>',
      '<a href="http://[bad">Broken</a><a>No target</a>',
    ].join('');
    expect(linksFromHtml(html, 'https://school.example/about/')).toEqual([
      { href: 'https://school.example/policies/privacy', text: 'Privacy notice' },
      { href: 'https://other.example/cookies', text: 'Cookies' },
    ]);
  });

  it('caps how many links a hostile page can hand over', () => {
    const html = '<a href="/x">x</a>'.repeat(6_000);
    expect(linksFromHtml(html, 'https://school.example/')).toHaveLength(5_000);
  });
});

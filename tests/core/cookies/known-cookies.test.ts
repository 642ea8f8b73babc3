// The knowledge base: validated, big enough, internally consistent, and right on facts checklist.md §C states.
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  KNOWN_COOKIES,
  KNOWN_COOKIES_VERIFIED,
  KNOWN_COOKIES_VERSION,
  KnownCookieSchema,
  findKnownCookies,
} from '../../../src/core/cookies/known-cookies';
import { VENDORS, VendorSchema, vendorForDomain, vendorForLabel, vendorsNamedIn } from '../../../src/core/cookies/vendors';
import { parseDurationSeconds } from '../../../src/core/cookies/durations';

describe('known cookies', () => {
  it('is versioned, dated and holds at least 150 name patterns', () => {
    expect(KNOWN_COOKIES_VERSION).toMatch(/^\d{4}\.\d{2}$/);
    expect(KNOWN_COOKIES_VERIFIED).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(KNOWN_COOKIES.length).toBeGreaterThanOrEqual(150);
  });

  // The data is not parsed when it loads (the popup waits on the load): this is where a typo in it fails.
  it('the built-in vendors and cookies are valid as they stand, nothing left to a default', () => {
    expect(z.array(VendorSchema).parse(VENDORS)).toEqual(VENDORS);
    expect(z.array(KnownCookieSchema).parse(KNOWN_COOKIES)).toEqual(KNOWN_COOKIES);
  });

  it('rejects a malformed entry', () => {
    const bad = {
      name: '_x',
      vendor: 'no-such-vendor',
      category: 'analytics',
      lifetime: 'forever-ish',
      setOn: 'site',
      source: 'my memory',
    };
    expect(() => z.array(KnownCookieSchema).parse([bad])).toThrow();
    expect(() => KnownCookieSchema.parse({ ...bad, vendor: 'youtube', source: 'https://example.org', lifetime: null })).toThrow(/note/);
  });

  it('has unique names (per domain restriction) and a parsable lifetime or a note for each', () => {
    const keys = KNOWN_COOKIES.map((k) => `${k.name}|${(k.domains ?? []).join(',')}`);
    expect(new Set(keys).size).toBe(keys.length);
    for (const k of KNOWN_COOKIES) {
      if (k.lifetime !== null) expect(parseDurationSeconds(k.lifetime), k.name).not.toBeNull();
      else expect(k.note, k.name).toBeTruthy();
    }
  });

  it('covers every family the audit needs', () => {
    const vendorIds = new Set(KNOWN_COOKIES.map((k) => k.vendor));
    for (const v of [
      'google-analytics',
      'matomo',
      'microsoft-clarity',
      'hotjar',
      'youtube',
      'vimeo',
      'facebook',
      'x-twitter',
      'instagram',
      'linkedin',
      'tiktok',
      'google-recaptcha',
      'cookiebot',
      'onetrust',
      'cookieyes',
      'civic-cookie-control',
      'complianz',
      'osano',
      'moove-gdpr',
      'cookie-notice',
      'wordpress',
      'joomla',
      'drupal',
      'umbraco',
      'squarespace',
      'wix',
      'weebly',
      'aspnet',
      'classic-asp',
      'php',
      'java-servlet',
      'laravel',
      'django',
      'rails',
      'aws-elb',
      'cloudflare',
      'azure-app-service',
      'akamai',
      'imperva',
      'school-cms',
    ]) {
      expect(vendorIds, v).toContain(v);
    }
  });

  it('states the lifetimes checklist.md §C gives', () => {
    const life = (name: string, domain: string | null = null) => findKnownCookies(name, domain)[0]?.lifetimeSeconds;
    expect(life('_ga')).toBe(parseDurationSeconds('2 years'));
    expect(life('_ga_K7PQ2XY9Z1')).toBe(parseDurationSeconds('2 years'));
    expect(life('_gid')).toBe(86_400);
    expect(life('_gat_UA-1234-1')).toBe(60);
    expect(life('YSC', '.youtube.com')).toBe(0);
    expect(life('PHPSESSID')).toBe(0);
    expect(life('AWSALB')).toBe(7 * 86_400);
    expect(findKnownCookies('ASPSESSIONIDQACQTBCR')[0]?.entry.vendor).toBe('classic-asp');
  });

  it('uses the domain to tell generic names apart', () => {
    expect(findKnownCookies('csrftoken', '.instagram.com').map((k) => k.entry.vendor)).toContain('instagram');
    expect(findKnownCookies('csrftoken', 'school.example.sch.uk').map((k) => k.entry.vendor)).toEqual(['django']);
  });
});

describe('vendors', () => {
  it('give each cookie domain to exactly one vendor', () => {
    const domains = VENDORS.flatMap((v) => v.domains);
    expect(new Set(domains).size).toBe(domains.length);
  });

  it('maps real vendor domains, including YouTube privacy-enhanced mode', () => {
    expect(vendorForDomain('.youtube.com')?.id).toBe('youtube');
    expect(vendorForDomain('www.youtube-nocookie.com')?.id).toBe('youtube');
    expect(vendorForDomain('player.vimeo.com')?.id).toBe('vimeo');
    expect(vendorForDomain('f.vimeocdn.com')?.id).toBe('vimeo');
    expect(vendorForDomain('.doubleclick.net')?.id).toBe('doubleclick');
    expect(vendorForDomain('.x.com')?.id).toBe('x-twitter');
    expect(vendorForDomain('translate.googleapis.com')?.id).toBe('google-translate');
    expect(vendorForDomain('fonts.googleapis.com')).toBeUndefined();
    expect(vendorForDomain('school.example.sch.uk')).toBeUndefined();
  });

  it('reads vendor names the way cookie tables write them', () => {
    expect(vendorForLabel('YouTube')?.id).toBe('youtube');
    expect(vendorForLabel('Google Analytics cookies')?.id).toBe('google-analytics');
    expect(vendorForLabel('Facebook widgets')?.id).toBe('facebook');
    expect(vendorForLabel('Traffic log cookies')).toBeUndefined();
    expect(
      vendorsNamedIn('We use Google Analytics and embed YouTube videos')
        .map((v) => v.id)
        .sort(),
    ).toEqual(['google-analytics', 'youtube']);
    // Browser help links name no cookie setter.
    expect(vendorsNamedIn('Google Chrome: http://support.google.com/chrome')).toEqual([]);
  });
});

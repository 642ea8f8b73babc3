// Registrable domains, same-site and party, including the private suffixes school site builders sit under.
import { describe, expect, it } from 'vitest';
import { hostOf, isSameSite, partyOf, registrableDomain } from '../../src/core/domains';

describe('registrableDomain', () => {
  it('gives each site on a shared host its own site (private suffixes count)', () => {
    expect(registrableDomain('https://myschool.wixsite.com/home')).toBe('myschool.wixsite.com');
    expect(registrableDomain('www.oakschool.github.io')).toBe('oakschool.github.io');
    expect(registrableDomain('oak-school.azurewebsites.net')).toBe('oak-school.azurewebsites.net');
  });
  it('reads UK school and company suffixes', () => {
    expect(registrableDomain('www.stmarys.herts.sch.uk')).toBe('stmarys.herts.sch.uk');
    expect(registrableDomain('.stmarys.herts.sch.uk')).toBe('stmarys.herts.sch.uk');
    expect(registrableDomain('https://www.school.co.uk/privacy')).toBe('school.co.uk');
  });
  it('lets a public suffix, an IP address or localhost stand for itself (a host-only site)', () => {
    // herts.sch.uk is under the *.sch.uk rule: a browser refuses a cookie for it, so it is nobody's shared site.
    expect(registrableDomain('herts.sch.uk')).toBe('herts.sch.uk');
    expect(registrableDomain('http://127.0.0.1:8080/')).toBe('127.0.0.1');
    expect(registrableDomain('http://[::1]:8080/')).toBe('::1');
    expect(registrableDomain('localhost')).toBe('localhost');
    expect(registrableDomain('video.localhost')).toBe('video.localhost');
  });
  it('has no answer for nothing', () => {
    expect(registrableDomain('')).toBeNull();
    expect(registrableDomain(null)).toBeNull();
    expect(hostOf(undefined)).toBeNull();
  });
});

describe('isSameSite', () => {
  it('tells apart two schools on one site builder', () => {
    expect(isSameSite('https://myschool.wixsite.com/', 'https://other.wixsite.com/')).toBe(false);
    expect(isSameSite('https://a.github.io/', 'https://b.github.io/')).toBe(false);
    expect(isSameSite('https://a.azurewebsites.net/', 'https://b.azurewebsites.net/')).toBe(false);
    expect(isSameSite('https://stmarys.herts.sch.uk/', 'https://herts.sch.uk/')).toBe(false);
  });
  it('joins a school with its own subdomains, ports aside', () => {
    expect(isSameSite(new URL('https://www.stmarys.herts.sch.uk/a'), new URL('https://docs.stmarys.herts.sch.uk/b'))).toBe(true);
    expect(isSameSite('https://myschool.wixsite.com/', 'https://www.myschool.wixsite.com/')).toBe(true);
    expect(isSameSite('http://127.0.0.1:8080/', 'http://127.0.0.1:9090/x')).toBe(true);
    expect(isSameSite('http://127.0.0.1/', 'http://127.0.0.2/')).toBe(false);
    expect(isSameSite('http://localhost/', 'http://localhost:3000/')).toBe(true);
  });
});

describe('partyOf', () => {
  it('calls a cookie on another school of the same builder third-party', () => {
    const site = registrableDomain('https://myschool.wixsite.com/');
    expect(partyOf('.myschool.wixsite.com', site)).toBe('first');
    expect(partyOf('.wixsite.com', site)).toBe('third');
    expect(partyOf('other.wixsite.com', site)).toBe('third');
    expect(partyOf('youtube.com', null)).toBeNull();
  });
});

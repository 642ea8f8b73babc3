// Host access planning: registrable domains, patterns, and the sentence shown before the prompt.
import { describe, expect, it } from 'vitest';
import { planAccess, siteDomainOf, MAX_THIRD_PARTY_DOMAINS } from '../../src/extension/hosts';
import { describeAccess } from '../../src/extension/access-plan';

describe('siteDomainOf', () => {
  it('handles UK school and company suffixes', () => {
    expect(siteDomainOf('www.stmarys.lancs.sch.uk')).toBe('stmarys.lancs.sch.uk');
    expect(siteDomainOf('www.school.co.uk')).toBe('school.co.uk');
    expect(siteDomainOf('www.youtube.com')).toBe('youtube.com');
    expect(siteDomainOf('video.localhost')).toBe('video.localhost');
    expect(siteDomainOf('127.0.0.1')).toBe('127.0.0.1');
  });
});

describe('planAccess', () => {
  it('asks for the school and each embedded third party once', () => {
    const plan = planAccess('https://www.stmarys.lancs.sch.uk/key-info', [
      'www.stmarys.lancs.sch.uk',
      'www.youtube.com',
      'i.ytimg.com',
      'static.youtube.com',
    ]);
    expect(plan.schoolDomain).toBe('stmarys.lancs.sch.uk');
    expect(plan.thirdPartyDomains).toEqual(['youtube.com', 'ytimg.com']);
    expect(plan.origins).toEqual(['*://*.stmarys.lancs.sch.uk/*', '*://*.youtube.com/*', '*://*.ytimg.com/*']);
    expect(describeAccess(plan)).toBe(
      "To read this school's cookies and fetch its privacy notice, allow access to stmarys.lancs.sch.uk and the two other sites it embeds (youtube.com, ytimg.com).",
    );
  });
  it("asks for the school's own host on a site builder, not every site on the builder", () => {
    const plan = planAccess('https://myschool.wixsite.com/home', [
      'myschool.wixsite.com',
      'static.wixstatic.com',
      'other.wixsite.com',
      'a.github.io',
    ]);
    expect(plan.schoolDomain).toBe('myschool.wixsite.com');
    expect(plan.origins).toEqual([
      '*://*.myschool.wixsite.com/*',
      '*://*.wixstatic.com/*',
      '*://*.other.wixsite.com/*',
      '*://*.a.github.io/*',
    ]);
    expect(plan.origins.some((o) => o === '*://*.wixsite.com/*' || o === '*://*.github.io/*')).toBe(false);
  });
  it('gives IP and localhost sites exact patterns', () => {
    expect(planAccess('http://[::1]:8080/', []).origins).toEqual(['*://[::1]/*']);
    expect(planAccess('http://localhost:8080/', ['herts.sch.uk']).origins).toEqual(['*://localhost/*', '*://*.herts.sch.uk/*']);
  });
  it('caps the third parties asked for', () => {
    const hosts = Array.from({ length: 50 }, (_, i) => `cdn${i}.vendor${i}.com`);
    expect(planAccess('http://127.0.0.1:8080/', hosts).thirdPartyDomains).toHaveLength(MAX_THIRD_PARTY_DOMAINS);
    expect(planAccess('http://127.0.0.1:8080/', []).origins).toEqual(['*://127.0.0.1/*']);
  });
});

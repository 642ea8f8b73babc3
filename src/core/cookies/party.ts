// First- or third-party for cookies: the site rules live in src/core/domains.ts; this is the cookie code's entry to them.
export { hostOf, partyOf, registrableDomain } from '../domains';

// A template's sample address left in ("dpo@schoolname.sch.uk", "www.yourschool.org.uk"): it reaches no one. Read by the
// residue check (a placeholder) and by the contact checks (no channel).

/** Pattern source, case-insensitive: the address's first label after "@" or "www." is a sample school name. */
const SETTING = '(?:school|academy|trust|college|nursery|pre-?school|setting)';
export const SAMPLE_ADDRESS = `(?:@|\\bwww\\.)(?:(?:your-?)?${SETTING}-?name|your-?${SETTING})\\.`;

const SAMPLE_ADDRESS_RE = new RegExp(SAMPLE_ADDRESS, 'i');

/** True when an email or web address is a template's sample (its domain read as "@domain", its host as "www.host"). */
export function isSampleAddress(value: string): boolean {
  const address = value.includes('@') ? value : `www.${value.replace(/^[a-z]+:\/\//i, '').replace(/^www\./i, '')}`;
  return SAMPLE_ADDRESS_RE.test(address);
}

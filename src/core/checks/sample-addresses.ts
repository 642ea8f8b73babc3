// A template's sample address or telephone number left in ("dpo@schoolname.sch.uk", "www.yourschool.org.uk",
// "01234 567890"): it reaches no one. Read by the residue check (a placeholder) and by the contact checks (no channel).

/** Pattern source, case-insensitive: the address's first label after "@" or "www." is a sample school name. */
const SETTING = '(?:school|academy|trust|college|nursery|pre-?school|setting)';
export const SAMPLE_ADDRESS = `(?:@|\\bwww\\.)(?:(?:your-?)?${SETTING}-?name|your-?${SETTING})\\.`;

const SAMPLE_ADDRESS_RE = new RegExp(SAMPLE_ADDRESS, 'i');

/** True when an email or web address is a template's sample (its domain read as "@domain", its host as "www.host"). */
export function isSampleAddress(value: string): boolean {
  const address = value.includes('@') ? value : `www.${value.replace(/^[a-z]+:\/\//i, '').replace(/^www\./i, '')}`;
  return SAMPLE_ADDRESS_RE.test(address);
}

/**
 * Pattern source: a telephone number that is the digits counted out or all noughts ("01234 567890", "0123 456 7890",
 * "+44 (0)1234 567890", "00000 000000"), as templates print them; however it is spaced.
 */
export const SAMPLE_PHONE =
  '(?<![\\d+])(?:(?:\\+44\\s?(?:\\(0\\)\\s?)?|0)1\\s?2\\s?3\\s?4\\s?5\\s?6\\s?7\\s?8\\s?9\\s?0|0\\s?1\\s?2\\s?3\\s?4\\s?5\\s?6\\s?7\\s?8\\s?9|0(?:\\s?0){9,10})(?![\\d])';

const SAMPLE_PHONE_RE = new RegExp(`^\\s*${SAMPLE_PHONE}\\s*$`);

/** True when a telephone number is a template's sample. */
export function isSamplePhone(value: string): boolean {
  return SAMPLE_PHONE_RE.test(value);
}

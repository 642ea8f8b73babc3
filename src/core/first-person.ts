// The setting speaking as one person: a childminder, or a head teacher writing to parents, says "I keep", "tell me",
// "my records" where a school says "we", "us" and "our". One table for the concept lexicon's phrases and the checks'
// phrase lists, longest first so "we are" becomes "I am" before "we" becomes "I".
export const FIRST_PERSON_SINGULAR: readonly (readonly [plural: string, singular: string])[] = [
  ['we are', 'i am'],
  ['we were', 'i was'],
  ['ourselves', 'myself'],
  ['ours', 'mine'],
  ['our', 'my'],
  ['we', 'i'],
  ['us', 'me'],
];

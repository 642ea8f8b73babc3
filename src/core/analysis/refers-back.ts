// A sentence whose subject stands for what the sentence before it spoke of: a pronoun ("It has strict rules ..."), or a
// noun that names it again ("The database is held on secure servers ..." after "... in its national pupil database").
export const REFERS_BACK = /^\W*(?:it|they|its|their|the (?:database|department|government)|this (?:database|information|data))\b/i;

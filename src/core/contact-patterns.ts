// How an email address and a UK phone number are written, as regular-expression sources: the contact checks read
// channels with them, and the page reader tells a contact line from prose with them.

/** An email address, starting only where a word starts (so a long run of letters is never retried at each position). */
export const EMAIL_SOURCE = "(?<![\\w.+'-])[\\w.+'-]+@[\\w-]+(?:\\.[\\w-]+)+";

/** A UK phone number: "+44 (0)1632 960 123", "(01632) 960123", "029 2018 0911". */
export const UK_PHONE_SOURCE = '(?:\\+44\\s?\\(?0?\\)?\\s?|\\(?0)\\d{2,4}\\)?[\\s-]?\\d{3,4}[\\s-]?\\d{3,4}';

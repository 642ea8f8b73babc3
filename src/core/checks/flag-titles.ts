// Flag ids and titles (checklist-items.json): findings reported beside the checks.

export const FLAG_DEFS = [
  {
    id: 'legacy-rights-wording',
    title: 'Rights list copied from the Data Protection Act 1998 era (damage or distress; blocked; compensation)',
  },
  { id: 'list-dropped', title: "A lead-in ending in ':' has no list after it" },
  { id: 'link-text-only', title: "Link text such as 'here' with no visible address" },
  { id: 'li-used-by-public-authority', title: 'A state school names legitimate interests as a general basis' },
  { id: 'intranet-link', title: 'A link points to an intranet or internal host the public cannot reach' },
  { id: 'wrong-jurisdiction-law', title: 'England-only law or body cited by a Welsh school, or the reverse' },
  { id: 'sar-holiday-pause', title: 'Says subject access requests wait for term time' },
  { id: 'other-org-residue', title: 'Text copied from another organisation (council, supplier agreement)' },
  { id: 'stale-date', title: 'Notice date or review date is out of date' },
  { id: 'undeclared-cookie', title: 'A cookie the site sets is not in its cookie table' },
  { id: 'declared-not-observed', title: 'A declared cookie was not seen (informational)' },
  { id: 'vendor-only-declaration', title: "The cookie table names a vendor (e.g. 'YouTube') instead of the cookies" },
  {
    id: 'near-miss-cookie-name',
    title: 'A declared name is close to, but not, the real cookie name (e.g. ASPSESSID vs ASPSESSIONIDxxxxxxxx)',
  },
  { id: 'non-essential-before-consent', title: 'An analytics, advertising or embed cookie was set before any consent' },
  {
    id: 'transfer-undisclosed',
    title: 'Tools hosted outside the UK (e.g. US edtech) are listed, but the notice says nothing about international transfers',
  },
];

// Checklist data for the lawful-basis checks: titles, guidance and the phrases their evaluators use.
import type { ChecklistItemInput } from '../schema';

export const LAWFUL_BASIS_ITEMS: ChecklistItemInput[] = [
  {
    id: "lawful-basis-art6",
    area: "notice",
    severity: "required",
    ref: "UK GDPR Art 13(1)(c), Art 6(1)",
    title: "Article 6 lawful basis named",
    shortTitle: "Article 6 lawful basis named",
    guidance: 'TODO guidance',
    lookedFor: 'TODO',
    options: {},
  },
  {
    id: "special-category-condition",
    area: "notice",
    severity: "required",
    ref: "UK GDPR Art 9(2); DPA 2018 Sch 1",
    title: "Article 9 condition for special category data",
    shortTitle: "Article 9 condition for special category data",
    guidance: 'TODO guidance',
    lookedFor: 'TODO',
    options: {},
  },
  {
    id: "legitimate-interests-stated",
    area: "notice",
    severity: "required-if",
    ref: "UK GDPR Art 13(1)(d)",
    title: "Legitimate interests described where relied on",
    shortTitle: "Legitimate interests described where relied on",
    guidance: 'TODO guidance',
    lookedFor: 'TODO',
    options: {},
  },
];

// Checklist data for the identity checks: titles, guidance and the phrases their evaluators use.
import type { ChecklistItemInput } from '../schema';

export const IDENTITY_ITEMS: ChecklistItemInput[] = [
  {
    id: "controller-identity",
    area: "notice",
    severity: "required",
    ref: "UK GDPR Art 13(1)(a), 14(1)(a)",
    title: "The school (or trust) is identified as the controller",
    shortTitle: "The school (or trust) is identified as the controller",
    guidance: 'TODO guidance',
    lookedFor: 'TODO',
    options: {},
  },
  {
    id: "controller-contact",
    area: "notice",
    severity: "required",
    ref: "UK GDPR Art 13(1)(a)",
    title: "A usable contact channel for the school",
    shortTitle: "A usable contact channel for the school",
    guidance: 'TODO guidance',
    lookedFor: 'TODO',
    options: {},
  },
  {
    id: "dpo-contact",
    area: "notice",
    severity: "required",
    ref: "UK GDPR Art 13(1)(b), 37(1)(a), 37(7)",
    title: "Data Protection Officer contact details",
    shortTitle: "Data Protection Officer contact details",
    guidance: 'TODO guidance',
    lookedFor: 'TODO',
    options: {},
  },
];

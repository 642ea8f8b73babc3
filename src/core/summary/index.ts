// The one summary model of an audit, used by every front end and output.
export {
  summariseAudit,
  noteLine,
  AREAS,
  type AuditSummaryModel,
  type SummaryInput,
  type SummaryNote,
  type CookieAccess,
} from './summarise-audit';
export { countByArea, countAll, gapsBySeverity, type StatusCounts } from './count-items';
export { documentName, kindWords, shortAddress } from './document-name';

// The checks and their data, the larger part of the audit's code: a chunk of its own, so the popup can fetch the
// documents while it loads.
export { auditAndRead, prepareAudit } from '../core/run-audit';

// Audit log page entry: mounts the log view.
import '@/src/extension/zod-jitless';
import { render } from 'preact';
import { AuditLogPage } from '@/src/extension/ui/AuditLogPage';

render(<AuditLogPage />, document.getElementById('app') as HTMLElement);

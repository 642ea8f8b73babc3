// Worker thread entry: loads the TypeScript worker through tsx, since a worker started from the package bin or a test runner has no loader of its own.
import { register } from 'tsx/esm/api';

register();
await import('./audit-worker.ts');

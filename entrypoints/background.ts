// Background entry: thin wrapper; the dispatcher lives in src/extension.
import '@/src/extension/zod-jitless';
import { startBackground } from '@/src/extension/background';

export default defineBackground(() => {
  startBackground();
});

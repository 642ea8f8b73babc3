// Gatherer injected on demand into the tab being audited; returns the page capture as the script's result.
import { capturePage } from '@/src/extension/gather/capture-page';

export default defineContentScript({
  registration: 'runtime',
  matches: [],
  main() {
    return capturePage();
  },
});

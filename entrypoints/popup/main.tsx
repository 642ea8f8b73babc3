// Popup entry: mounts the Preact app.
import '@/src/extension/zod-jitless';
import { markStep } from '@/src/extension/timing';
import { render } from 'preact';
import { App } from '@/src/extension/ui/App';
import { startOpening } from '@/src/extension/ui/popup/usePopupController';

markStep('popup-start');
// Reading the tab and loading the audit's code start before the first render.
startOpening();
render(<App />, document.getElementById('app') as HTMLElement);

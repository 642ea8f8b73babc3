// Popup entry: mounts the Preact app.
import '@/src/extension/zod-jitless';
import { render } from 'preact';
import { App } from '@/src/extension/ui/App';

render(<App />, document.getElementById('app') as HTMLElement);

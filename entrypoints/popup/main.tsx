// Popup entry: mounts the Preact app.
import { render } from 'preact';
import { App } from '@/src/extension/ui/App';

render(<App />, document.getElementById('app') as HTMLElement);

// Popup entry: mounts the Preact app.
import { render } from 'preact';

render(<p>School Privacy Audit</p>, document.getElementById('app')!);

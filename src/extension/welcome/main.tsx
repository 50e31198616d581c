import { render } from 'preact';
import { Welcome } from './Welcome.tsx';
import '../ui/theme.css';
import '../../dom/ui/legend.css';
import './welcome.css';

render(<Welcome />, document.getElementById('app')!);
// Rendered after load, so the browser could not scroll to #marks (a card's "Key" button) by itself.
if (location.hash) document.getElementById(location.hash.slice(1))?.scrollIntoView();

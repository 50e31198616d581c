import { render } from 'preact';
import { Welcome } from './Welcome.tsx';
import '../ui/theme.css';
import '../../dom/ui/legend.css';
import './welcome.css';

render(<Welcome />, document.getElementById('app')!);

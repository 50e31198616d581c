import { render } from 'preact';
import { Library } from './Library.tsx';
import '../ui/theme.css';
import '../../dom/ui/markdown.css';
import './library.css';

render(<Library />, document.getElementById('app')!);

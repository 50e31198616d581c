import { render } from 'preact';
import { App } from './App.tsx';
import '../ui/theme.css';
import '../../dom/ui/markdown.css';
import './popup.css';

render(<App />, document.getElementById('app')!);

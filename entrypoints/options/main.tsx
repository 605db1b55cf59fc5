import { render } from 'preact';
import '../../components/components.css';
import { Options } from './Options';
import './options.css';

render(<Options />, document.getElementById('app')!);

import { render } from 'preact';
import '../../components/components.css';
import { App } from './App';
import './popup.css';
import { parseRoute } from './route';

const route = parseRoute(location.search);
document.documentElement.classList.add(
  route.inTab ? 'sl-in-tab' : 'sl-in-popup',
);
render(<App route={route} />, document.body);

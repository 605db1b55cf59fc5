import { render } from 'preact';
import knowledge from 'virtual:summit-lens/knowledge';

function App() {
  return (
    <main>
      <h1>Summit Lens</h1>
      <ul>
        {knowledge.entities.map((e) => (
          <li key={e.id}>{e.name}</li>
        ))}
      </ul>
    </main>
  );
}

render(<App />, document.getElementById('app')!);

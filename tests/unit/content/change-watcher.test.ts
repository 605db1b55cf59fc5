import { beforeEach, expect, test } from 'vitest';
import {
  changedRoots,
  watchChanges,
  type ChangeBatch,
} from '../../../entrypoints/content/change-watcher';

beforeEach(() => document.body.replaceChildren());

/** The mutation records for whatever `change` does to the body. */
function recordsOf(change: () => void): MutationRecord[] {
  const observer = new MutationObserver(() => undefined);
  observer.observe(document.body, {
    childList: true,
    subtree: true,
    characterData: true,
  });
  change();
  const records = observer.takeRecords();
  observer.disconnect();
  return records;
}

function element(tag: string, text = ''): HTMLElement {
  const el = document.createElement(tag);
  el.textContent = text;
  return el;
}

test('text added inside a line is rescanned with the block around it', () => {
  const p = element('p', 'Kim ');
  document.body.append(p);
  const batch = changedRoots(
    recordsOf(() => p.append(element('b', 'Jong Un'))),
  );
  expect(batch.roots).toEqual([p]);
  expect(batch.removals).toBe(false);
});

test('a new block is its own root, and none is inside another', () => {
  const section = element('section');
  document.body.append(section);
  const batch = changedRoots(
    recordsOf(() => {
      const p = element('p', 'Putin');
      section.append(p);
      p.append(element('em', 'spoke'));
      document.body.append(element('p', 'Later'));
    }),
  );
  expect(batch.roots.map((r) => (r as Element).localName)).toEqual(['p', 'p']);
  expect(batch.roots.some((r) => r.parentNode === section)).toBe(true);
});

test('edited text and removed nodes are reported, so old mentions can go', () => {
  const p = element('p', 'Putin met Kim Jong Un');
  const gone = element('p', 'Shoigu');
  document.body.append(p, gone);
  const text = p.firstChild as Text;
  const batch = changedRoots(
    recordsOf(() => {
      text.data = 'Putin met Kim Jong Un in Khasan';
      gone.remove();
    }),
  );
  expect(batch.removals).toBe(true);
  expect([...batch.edited]).toEqual([text]);
  expect(batch.roots).toEqual([p]);
});

test('changes inside scripts, form fields and our own card are left alone', () => {
  const script = element('script');
  const textarea = element('textarea');
  const own = element('summit-lens-card');
  document.body.append(script, textarea, own);
  const batch = changedRoots(
    recordsOf(() => {
      script.textContent = 'var kim = 1;';
      textarea.append(element('span', 'Putin'));
      own.append(element('p', 'Kim Jong Un'));
    }),
    () => own,
  );
  expect(batch.roots).toEqual([]);
});

test('changes come in one batch per delay, however fast the page changes', async () => {
  const batches: ChangeBatch[] = [];
  const stop = watchChanges(document.body, (b) => batches.push(b), {
    delayMs: 20,
  });
  for (let i = 0; i < 5; i++) document.body.append(element('p', `line ${i}`));
  await new Promise((done) => setTimeout(done, 60));
  expect(batches).toHaveLength(1);
  expect(batches[0]?.roots).toHaveLength(5);
  stop();
  document.body.append(element('p', 'after'));
  await new Promise((done) => setTimeout(done, 60));
  expect(batches).toHaveLength(1);
});

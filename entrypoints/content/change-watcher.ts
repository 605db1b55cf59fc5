/**
 * Watches the page for changes and reports them in batches: at most one
 * batch per `delayMs`, however fast the page changes. Each batch names the
 * smallest set of roots whose text may have changed.
 */
import { isInline, isSkipped, type ScanRoot } from './text-reader';

export interface ChangeBatch {
  /** Subtrees to rescan; none contains another. */
  roots: ScanRoot[];
  /** Whether nodes were removed or text edited (old mentions may be gone). */
  removals: boolean;
  /** Text nodes whose text was edited in place. */
  edited: Set<Node>;
}

/** The element whose text a change at `node` can affect. */
function rootFor(node: Node): ScanRoot | undefined {
  let current: Node | null =
    node.nodeType === Node.ELEMENT_NODE && !isInline(node)
      ? node
      : node.parentNode;
  while (current && isInline(current)) current = current.parentNode;
  // Parents are elements, documents or fragments (shadow roots).
  return (current as ScanRoot | null) ?? undefined;
}

/** Whether a node lies inside something the scan never reads. */
function isIgnored(node: Node, ownHost: () => Element | undefined): boolean {
  const host = ownHost();
  for (let n: Node | null = node; n; n = n.parentNode) {
    if (n === host) return true;
    if (n instanceof Element && isSkipped(n)) return true;
  }
  return false;
}

/** Reduces mutation records to the roots that need a rescan. */
export function changedRoots(
  records: readonly MutationRecord[],
  ownHost: () => Element | undefined = () => undefined,
): ChangeBatch {
  const candidates = new Set<ScanRoot>();
  let removals = false;
  const edited = new Set<Node>();
  for (const record of records) {
    if (record.type === 'characterData') {
      removals = true;
      edited.add(record.target);
      const root = rootFor(record.target);
      if (root) candidates.add(root);
      continue;
    }
    if (record.removedNodes.length) removals = true;
    for (const added of record.addedNodes) {
      if (
        added.nodeType !== Node.TEXT_NODE &&
        added.nodeType !== Node.ELEMENT_NODE
      )
        continue;
      const root = rootFor(added);
      if (root) candidates.add(root);
    }
  }
  const roots = [...candidates].filter(
    (root) =>
      root.isConnected &&
      !isIgnored(root, ownHost) &&
      ![...candidates].some((other) => other !== root && other.contains(root)),
  );
  return { roots, removals, edited };
}

/** Starts watching `target`; returns a function that stops. */
export function watchChanges(
  target: Node,
  onBatch: (batch: ChangeBatch) => void,
  options: { delayMs?: number; ownHost?: () => Element | undefined } = {},
): () => void {
  const delay = options.delayMs ?? 100;
  let buffer: MutationRecord[] = [];
  let timer: ReturnType<typeof setTimeout> | undefined;
  const flush = () => {
    timer = undefined;
    const records = buffer.concat(observer.takeRecords());
    buffer = [];
    const batch = changedRoots(records, options.ownHost);
    if (batch.roots.length || batch.removals) onBatch(batch);
  };
  const observer = new MutationObserver((records) => {
    buffer.push(...records);
    timer ??= setTimeout(flush, delay);
  });
  observer.observe(target, {
    childList: true,
    subtree: true,
    characterData: true,
  });
  return () => {
    observer.disconnect();
    if (timer !== undefined) clearTimeout(timer);
    buffer = [];
  };
}

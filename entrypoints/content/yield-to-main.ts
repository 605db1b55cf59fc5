interface SchedulerWithYield {
  yield(): Promise<void>;
}

/**
 * Lets the browser run other tasks (input, rendering) before continuing:
 * `scheduler.yield()` where it exists, else a message-channel task, which
 * unlike `setTimeout` is not clamped to 4 ms when chained.
 */
export function yieldToMain(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: Partial<SchedulerWithYield> })
    .scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

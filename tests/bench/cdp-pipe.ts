/**
 * A minimal Chrome DevTools Protocol client over `--remote-debugging-pipe`,
 * for the black-box section. Unlike Playwright, which attaches to every page
 * and enables its Runtime (with which Chromium captures a stack trace for
 * every `postMessage`, and V8 then re-parses the content script to place it:
 * 8–27 ms that no reader pays), it attaches only where asked and enables
 * only the domains the caller names.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import type { Readable, Writable } from 'node:stream';

type Params = Record<string, unknown>;
type Listener = (params: Params, sessionId: string | undefined) => void;

interface Reply {
  id?: number;
  method?: string;
  params?: Params;
  sessionId?: string;
  result?: Params;
  error?: { message: string };
}

export interface CdpBrowser {
  /** Sends a command to the browser, or to an attached target's session. */
  send<T = Params>(
    method: string,
    params?: Params,
    sessionId?: string,
  ): Promise<T>;
  /** Calls `listener` for every event of this name; returns a function that stops it. */
  on(method: string, listener: Listener): () => void;
  /** Resolves with the params of the next event of this name on that session. */
  once(method: string, sessionId?: string): Promise<Params>;
  close(): Promise<void>;
}

/** Starts Chromium with `args` and talks to it over its debugging pipe. */
export async function launchOverPipe(
  executable: string,
  args: string[],
): Promise<CdpBrowser> {
  const child: ChildProcess = spawn(
    executable,
    [...args, '--remote-debugging-pipe', 'about:blank'],
    { stdio: ['ignore', 'ignore', 'pipe', 'pipe', 'pipe'] },
  );
  const input = child.stdio[3] as Writable;
  const output = child.stdio[4] as Readable;
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr = (stderr + chunk.toString()).slice(-4000);
  });

  let nextId = 1;
  const pending = new Map<
    number,
    { resolve(result: Params): void; reject(error: Error): void }
  >();
  const listeners = new Map<string, Set<Listener>>();
  let buffer = '';
  output.on('data', (chunk: Buffer) => {
    buffer += chunk.toString();
    let end: number;
    while ((end = buffer.indexOf('\0')) >= 0) {
      const message = JSON.parse(buffer.slice(0, end)) as Reply;
      buffer = buffer.slice(end + 1);
      if (message.id !== undefined) {
        const call = pending.get(message.id);
        pending.delete(message.id);
        if (message.error) call?.reject(new Error(message.error.message));
        else call?.resolve(message.result ?? {});
      } else if (message.method) {
        for (const listener of listeners.get(message.method) ?? [])
          listener(message.params ?? {}, message.sessionId);
      }
    }
  });
  const exited = new Promise<void>((resolve) => child.once('exit', resolve));
  child.once('exit', () => {
    for (const call of pending.values())
      call.reject(new Error(`Chromium exited: ${stderr.trim().slice(-500)}`));
    pending.clear();
  });

  const browser: CdpBrowser = {
    send<T>(method: string, params: Params = {}, sessionId?: string) {
      const id = nextId++;
      input.write(`${JSON.stringify({ id, method, params, sessionId })}\0`);
      return new Promise<T>((resolve, reject) =>
        pending.set(id, {
          resolve: (result) => resolve(result as T),
          reject,
        }),
      );
    },
    on(method, listener) {
      const set = listeners.get(method) ?? new Set();
      listeners.set(method, set);
      set.add(listener);
      return () => set.delete(listener);
    },
    once(method, sessionId) {
      return new Promise((resolve) => {
        const stop = browser.on(method, (params, session) => {
          if (session !== sessionId) return;
          stop();
          resolve(params);
        });
      });
    },
    async close() {
      if (child.exitCode !== null) return;
      await browser.send('Browser.close').catch(() => undefined);
      await Promise.race([
        exited,
        new Promise((resolve) => setTimeout(resolve, 5000)),
      ]);
      if (child.exitCode === null) child.kill();
    },
  };
  // The first answer says the pipe works.
  await browser.send('Browser.getVersion');
  return browser;
}

import type { Logger } from '../logger';

/**
 * The graph's current version token, as the response cache keys on it. Every ingest write transaction
 * gives the graph a new token (`GraphVersion` node); this watcher reads it every `pollMs` and after
 * `refresh()`. `current()` is null while the token is unknown (database unreachable): no caching then.
 */
export interface GraphVersion {
  current(): string | null;
  /** Reads the token now (after an in-process re-seed, so this instance invalidates at once). */
  refresh(): Promise<void>;
  start(): Promise<void>;
  stop(): void;
}

export function watchGraphVersion(read: () => Promise<string>, pollMs: number, logger: Logger): GraphVersion {
  let token: string | null = null;
  let timer: NodeJS.Timeout | undefined;
  let reading: Promise<void> | undefined;
  const readOnce = async () => {
    try {
      const next = await read();
      if (token !== null && next !== token) logger.debug({ version: next }, 'graph changed: cached responses no longer match');
      token = next;
    } catch {
      token = null;
    }
  };
  // Polls skip while a read is on its way: with the database down a read outlasts the interval.
  const poll = () => {
    reading ??= readOnce().finally(() => (reading = undefined));
  };
  // A refresh reads after any read already on its way, so it sees every change made before it.
  const refresh = async () => {
    await reading;
    await readOnce();
  };
  return {
    current: () => token,
    refresh,
    async start() {
      await refresh();
      timer ??= setInterval(poll, pollMs);
      timer.unref();
    },
    stop() {
      clearInterval(timer);
      timer = undefined;
    },
  };
}

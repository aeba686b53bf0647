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
  const refresh = async () => {
    try {
      const next = await read();
      if (token !== null && next !== token) logger.debug({ version: next }, 'graph changed: cached responses no longer match');
      token = next;
    } catch {
      token = null;
    }
  };
  return {
    current: () => token,
    refresh,
    async start() {
      await refresh();
      timer ??= setInterval(() => void refresh(), pollMs);
      timer.unref();
    },
    stop() {
      clearInterval(timer);
      timer = undefined;
    },
  };
}

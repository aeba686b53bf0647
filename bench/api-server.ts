import 'reflect-metadata';
import type { AddressInfo } from 'node:net';
import { parentPort, workerData } from 'node:worker_threads';
import { createApp } from '../src/app';
import { watchGraphVersion } from '../src/cache/graph-version';
import { loadConfig } from '../src/config';
import { createDb, createDriver } from '../src/db/driver';
import { createRepositories } from '../src/db/repositories';
import { createLogger } from '../src/logger';
import { createServer } from '../src/server';

/** The API in a worker thread of api.bench.ts, so the load generator does not share its event loop. */
async function serve(): Promise<void> {
  const { uri, user, password, database, cacheTtlSeconds } = workerData as { uri: string; user: string; password: string; database: string; cacheTtlSeconds: number };
  const config = loadConfig({ LOG_LEVEL: 'silent', INGEST_ON_START: 'false', RESPONSE_CACHE_TTL_SECONDS: String(cacheTtlSeconds) });
  const logger = createLogger('silent');
  const db = createDb(createDriver({ uri, user, password }), { database, queryTimeoutMs: config.api.queryTimeoutMs });
  const repos = createRepositories(db);
  const graphVersion = watchGraphVersion(() => repos.system.graphVersion(), config.api.graphVersionPollMs, logger);
  const apollo = createServer({ config: config.api, logger, graphVersion });
  await apollo.start();
  const app = createApp({ apollo, db, repos, config: config.api, logger, corsOrigins: [] });
  const http = app.listen(0, '127.0.0.1', () => {
    parentPort?.postMessage({ url: `http://127.0.0.1:${(http.address() as AddressInfo).port}` });
  });
  parentPort?.on('message', (message) => {
    if (message === 'stop') {
      http.closeAllConnections();
      http.close(
        () =>
          void apollo
            .stop()
            .then(() => db.close())
            .then(() => process.exit(0)),
      );
    }
  });
}

void serve();

import path from 'node:path';
import type { Config } from '../config';
import type { Logger } from '../logger';
import { createDb, createDriver, type Db } from './driver';
import { findRunning, startLocalNeo4j, type LocalNeo4j } from './local/launcher';

/** A database connection and, when no NEO4J_URI was given, the local server behind it. */
export interface Database {
  db: Db;
  uri: string;
  local: LocalNeo4j | undefined;
  /** Closes the driver, then stops the local server if we started it. */
  close(): Promise<void>;
}

/** Uses `NEO4J_URI` when set; otherwise starts the local Neo4j with a persistent home. */
export async function connectDatabase(config: Config, logger: Logger): Promise<Database> {
  const c = config.neo4j;
  let local: LocalNeo4j | undefined;
  let uri = c.uri;
  const running = uri ? null : findRunning(c.localHome);
  if (running) {
    logger.info({ uri: running.uri, neo4jPid: running.javaPid, ownerPid: running.ownerPid }, 'using the local Neo4j that is already running');
    uri = running.uri;
  } else if (!uri) {
    logger.info({ home: path.resolve(c.localHome), port: c.localPort }, 'starting local Neo4j (NEO4J_URI is not set)');
    local = await startLocalNeo4j({
      home: c.localHome,
      libDir: c.libDir,
      port: c.localPort,
      heap: c.heap,
      pageCache: c.pageCache,
      log: (line) => logger.warn({ home: path.resolve(c.localHome) }, line),
    });
    logger.info({ uri: local.uri, neo4jPid: local.pid, startMs: local.startMs }, 'local Neo4j is ready');
    uri = local.uri;
  }
  const driver = createDriver({ uri, user: c.user, password: c.password });
  const db = createDb(driver, { database: c.database, queryTimeoutMs: config.api.queryTimeoutMs });
  return {
    db,
    uri,
    local,
    close: async () => {
      await db.close();
      await local?.stop();
    },
  };
}

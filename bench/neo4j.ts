import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createDb, createDriver, type Db } from '../src/db/driver';
import { freePort, startLocalNeo4j } from '../src/db/local/launcher';
import { applySchema } from '../src/db/schema';

/** A database for a benchmark: NEO4J_URI when set, else a throwaway local Neo4j (stopped by `close`). */
export async function benchDatabase(heap = '2g'): Promise<{ db: Db; uri: string; close(): Promise<void> }> {
  let uri = process.env.NEO4J_URI;
  let stop = async () => {};
  if (!uri) {
    const home = mkdtempSync(path.join(os.tmpdir(), 'kg-bench-neo4j-'));
    const server = await startLocalNeo4j({ home, port: await freePort(), libDir: path.resolve('neo4j/lib'), heap, pageCache: '512m' });
    process.stderr.write(`[bench] throwaway Neo4j 5.26 on ${server.uri}, started in ${server.startMs} ms\n`);
    uri = server.uri;
    stop = async () => {
      await server.stop();
      rmSync(home, { recursive: true, force: true });
    };
  }
  const db = createDb(createDriver({ uri, user: process.env.NEO4J_USER ?? 'neo4j', password: process.env.NEO4J_PASSWORD ?? '' }), {
    database: process.env.NEO4J_DATABASE ?? 'neo4j',
    queryTimeoutMs: 600_000,
  });
  await applySchema(db);
  return {
    db,
    uri,
    close: async () => {
      await db.close();
      await stop();
    },
  };
}

/** Deletes everything (benchmarks only). */
export async function clearAll(db: Db): Promise<void> {
  // Relationships first: a dense node's DETACH DELETE would take all its relationships in one transaction.
  await db.autoCommit('MATCH ()-[r]->() CALL (r) { DELETE r } IN TRANSACTIONS OF 20000 ROWS');
  await db.autoCommit('MATCH (n) CALL (n) { DELETE n } IN TRANSACTIONS OF 20000 ROWS');
}

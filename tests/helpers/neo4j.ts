import { createDb, createDriver, type Db, type Row } from '../../src/db/driver';
import { applySchema } from '../../src/db/schema';

/** The test database's URI (set by global-setup.ts). */
export function testNeo4jUri(): string {
  const uri = process.env.TEST_NEO4J_URI;
  if (!uri) throw new Error('no TEST_NEO4J_URI: run the integration and e2e tests through jest (global-setup.ts starts a Neo4j)');
  return uri;
}

/** A Db on the test server, with the schema applied; fails with a hint when unreachable. */
export async function connectTestDb(queryTimeoutMs = 5000): Promise<Db> {
  const uri = testNeo4jUri();
  const db = createDb(createDriver({ uri, user: process.env.NEO4J_USER ?? 'neo4j', password: process.env.NEO4J_PASSWORD ?? '' }), { database: process.env.NEO4J_DATABASE ?? 'neo4j', queryTimeoutMs });
  try {
    await db.ping();
  } catch (error) {
    await db.close();
    throw new Error(`no Neo4j at NEO4J_URI=${uri}; unset NEO4J_URI to let the tests start their own (${String(error)})`);
  }
  await applySchema(db);
  return db;
}

/** Arrange/inspect helper: raw Cypher for tests only (never for the code under test). */
export function cypher(db: Db, statement: string, params: Record<string, unknown> = {}): Promise<Row[]> {
  return db.autoCommit(statement, params);
}

/** Deletes every node and relationship (the schema stays). */
export async function clearGraph(db: Db): Promise<void> {
  await db.autoCommit('MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS');
}

/** `db` whose reads all fail with a driver-like error (`code` as Neo4j sets it); the rest works. */
export function withFailingReads(db: Db, message: string, code: string): Db {
  return {
    ...db,
    read: async () => {
      throw Object.assign(new Error(message), { code });
    },
  };
}

import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createDb, createDriver } from '../../src/db/driver';
import { freePort, startLocalNeo4j, type LocalNeo4j } from '../../src/db/local/launcher';
import { warmQueryPlans } from '../../src/db/repositories/warm-up';
import { applySchema } from '../../src/db/schema';

declare global {
  // eslint-disable-next-line no-var
  var __TEST_NEO4J__: LocalNeo4j | undefined;
}

/**
 * Starts a throwaway Neo4j on a free port in a temp folder for the integration and e2e projects,
 * or uses NEO4J_URI when set. Workers read the address from TEST_NEO4J_URI.
 */
export default async function globalSetup(): Promise<void> {
  if (onlyUnitSelected(process.argv)) return;
  if (process.env.NEO4J_URI) {
    process.env.TEST_NEO4J_URI = process.env.NEO4J_URI;
    return;
  }
  const home = mkdtempSync(path.join(os.tmpdir(), 'kg-test-neo4j-'));
  const port = await freePort();
  const server = await startLocalNeo4j({ home, port, libDir: path.resolve('neo4j/lib'), heap: '768m', pageCache: '128m' });
  process.stderr.write(`\n[tests] throwaway Neo4j on ${server.uri} (home ${home}) started in ${server.startMs} ms\n`);
  globalThis.__TEST_NEO4J__ = server;
  process.env.TEST_NEO4J_URI = server.uri;
  // A fresh server plans the largest statements slowly enough to hit a test's query timeout.
  const db = createDb(createDriver({ uri: server.uri, user: 'neo4j', password: '' }), { database: 'neo4j', queryTimeoutMs: 60_000 });
  try {
    await applySchema(db);
    process.stderr.write(`[tests] query plans warmed in ${await warmQueryPlans(db)} ms\n`);
  } finally {
    await db.close();
  }
}

/** True for `jest --selectProjects unit` (jest does not pass the selection to global setup). */
function onlyUnitSelected(argv: string[]): boolean {
  const at = argv.indexOf('--selectProjects');
  if (at < 0) return false;
  const selected: string[] = [];
  for (const arg of argv.slice(at + 1)) {
    if (arg.startsWith('-')) break;
    selected.push(arg);
  }
  return selected.length > 0 && selected.every((p) => p === 'unit');
}

import { mkdtempSync, rmSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { createDb, createDriver, type Db } from '../../src/db/driver';
import { freePort, LocalNeo4jError, startLocalNeo4j, type LocalNeo4j } from '../../src/db/local/launcher';
import { isAlive } from '../helpers/process';

const libDir = path.resolve('neo4j/lib');

describe('local Neo4j launcher', () => {
  let home: string;
  let server: LocalNeo4j | undefined;

  beforeAll(() => {
    home = mkdtempSync(path.join(os.tmpdir(), 'kg-launcher-'));
  });

  afterAll(async () => {
    await server?.stop();
    rmSync(home, { recursive: true, force: true });
  });

  const open = (uri: string): Db => createDb(createDriver({ uri, user: 'neo4j', password: '' }), { database: 'neo4j', queryTimeoutMs: 5000 });

  it('starts, answers a query, stops, and keeps the data across a restart', async () => {
    const port = await freePort();
    server = await startLocalNeo4j({ home, port, libDir, heap: '512m', pageCache: '64m' });
    let db = open(server.uri);
    await db.autoCommit('CREATE (:Probe {value: $value})', { value: 'kept' });
    await db.close();
    const pid = server.pid;
    await server.stop();
    expect(isAlive(pid)).toBe(false);

    server = await startLocalNeo4j({ home, port, libDir, heap: '512m', pageCache: '64m' });
    db = open(server.uri);
    const rows = await db.autoCommit('MATCH (p:Probe) RETURN p.value AS value');
    await db.close();
    expect(rows).toEqual([{ value: 'kept' }]);
  }, 120_000);

  it('runs CALL { … } IN TRANSACTIONS and full-text queries', async () => {
    if (!server) throw new Error('the first test did not start the server');
    const db = open(server.uri);
    try {
      await db.autoCommit('UNWIND range(1, 2500) AS i CALL (i) { CREATE (:Batch {i: i, text: "rollup " + i}) } IN TRANSACTIONS OF 1000 ROWS');
      await db.autoCommit('CREATE FULLTEXT INDEX batch_text IF NOT EXISTS FOR (b:Batch) ON EACH [b.text]');
      await db.autoCommit('CALL db.awaitIndexes(30)');
      const count = await db.autoCommit('MATCH (b:Batch) RETURN count(b) AS n');
      const hits = await db.autoCommit("CALL db.index.fulltext.queryNodes('batch_text', 'rollup AND 42') YIELD node RETURN node.i AS i");
      expect(count).toEqual([{ n: 2500 }]);
      expect(hits.map((h) => h.i)).toContain(42);
    } finally {
      await db.close();
    }
  }, 60_000);

  it('explains a taken port before spawning anything', async () => {
    const blocker = net.createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const port = (blocker.address() as net.AddressInfo).port;
    const other = mkdtempSync(path.join(os.tmpdir(), 'kg-launcher-port-'));
    try {
      const attempt = startLocalNeo4j({ home: other, port, libDir });
      await expect(attempt).rejects.toThrow(LocalNeo4jError);
      await expect(attempt).rejects.toThrow(new RegExp(`port ${port} .* already in use.*NEO4J_URI`, 's'));
    } finally {
      blocker.close();
      rmSync(other, { recursive: true, force: true });
    }
  });

  it('says how to get the jars when they are missing', async () => {
    const attempt = startLocalNeo4j({ home: path.join(home, 'x'), port: await freePort(), libDir: path.join(home, 'no-jars') });
    await expect(attempt).rejects.toThrow(/no Neo4j jars .*npm run neo4j:fetch.*NEO4J_URI/s);
  });

  it('says how to get Java when it is missing', async () => {
    const attempt = startLocalNeo4j({ home: path.join(home, 'y'), port: await freePort(), libDir, java: '/nonexistent/java' });
    await expect(attempt).rejects.toThrow(/Java was not found.*Java 17 or newer/s);
  });
});

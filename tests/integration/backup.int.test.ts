import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createDb, createDriver } from '../../src/db/driver';
import { dumpDatabase, loadDatabase } from '../../src/db/local/admin';
import { freePort, LocalNeo4jError, startLocalNeo4j } from '../../src/db/local/launcher';

// npm run backup / npm run restore: neo4j-admin's offline dump and load of the local home.

describe('local backup and restore', () => {
  const libDir = path.resolve('neo4j/lib');
  let home: string;
  let backups: string;
  beforeAll(() => {
    home = mkdtempSync(path.join(os.tmpdir(), 'kg-backup-home-'));
    backups = mkdtempSync(path.join(os.tmpdir(), 'kg-backups-'));
  });
  afterAll(() => {
    for (const dir of [home, backups]) rmSync(dir, { recursive: true, force: true });
  });

  async function withServer<T>(work: (run: (cypher: string) => Promise<unknown[]>) => Promise<T>, whileRunning?: () => void): Promise<T> {
    const server = await startLocalNeo4j({ home, port: await freePort(), libDir, heap: '512m', pageCache: '64m' });
    const db = createDb(createDriver({ uri: server.uri, user: 'neo4j', password: '' }), { database: 'neo4j', queryTimeoutMs: 10_000 });
    try {
      whileRunning?.();
      return await work((cypher) => db.autoCommit(cypher));
    } finally {
      await db.close();
      await server.stop();
    }
  }

  it('dumps the stopped database and loads it back over a changed one; both refuse while the server runs', async () => {
    await withServer((run) => run("CREATE (:Probe {value: 'kept'})"));
    const dump = dumpDatabase(home, libDir, backups);
    expect(existsSync(dump)).toBe(true);
    expect(path.basename(dump)).toMatch(/^neo4j-\d{4}-\d\d-\d\dT.*\.dump$/);

    await withServer(
      (run) => run('MATCH (p:Probe) DETACH DELETE p'),
      () => {
        expect(() => dumpDatabase(home, libDir, backups)).toThrow(LocalNeo4jError);
        expect(() => loadDatabase(home, libDir, dump)).toThrow(/while its server runs/);
      },
    );
    loadDatabase(home, libDir, dump);
    expect(await withServer((run) => run('MATCH (p:Probe) RETURN p.value AS value'))).toEqual([{ value: 'kept' }]);
  }, 400_000);
});

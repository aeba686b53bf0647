import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createDb, createDriver } from '../../src/db/driver';
import { freePort, startLocalNeo4j, type LocalNeo4j } from '../../src/db/local/launcher';
import { applySchema } from '../../src/db/schema';
import { startTestApi, type TestApi } from '../helpers/api';

const PROBE = '{ entity(id: "project:arbitrum") { id } stats { entities } }';

/** The API over its own Neo4j, which this suite starts late and stops in the middle. */
describe('when Neo4j is down', () => {
  let api: TestApi;
  let server: LocalNeo4j | undefined;
  let port: number;
  let home: string;

  const start = async () => {
    server = await startLocalNeo4j({ home, port, libDir: path.resolve('neo4j/lib'), heap: '512m', pageCache: '64m' });
  };
  const ready = async () => (await fetch(`${api.url}/readyz`)).status;

  beforeAll(async () => {
    home = mkdtempSync(path.join(os.tmpdir(), 'kg-down-neo4j-'));
    port = await freePort();
    const db = createDb(createDriver({ uri: `bolt://127.0.0.1:${port}`, user: 'neo4j', password: '' }), { database: 'neo4j', queryTimeoutMs: 5000 });
    api = await startTestApi({ db, env: { NODE_ENV: 'production' } });
  });
  afterAll(async () => {
    await api?.close();
    await server?.stop();
    rmSync(home, { recursive: true, force: true });
  });

  it('answers SERVICE_UNAVAILABLE and is not ready when the database is down at start-up', async () => {
    const { status, body } = await api.query(PROBE);
    expect(status).toBe(200);
    expect(body.errors?.map((e) => e.extensions?.code)).toContain('SERVICE_UNAVAILABLE');
    expect(JSON.stringify(body)).not.toMatch(/bolt:|ECONNREFUSED|Neo4jError|stack/i);
    expect(await ready()).toBe(503);
  }, 90_000);

  it('recovers by itself once the database is up', async () => {
    await start();
    await applySchema(api.db);
    const { body } = await api.query(PROBE);
    expect(body.errors).toBeUndefined();
    expect(body.data).toEqual({ entity: null, stats: { entities: 0 } });
    expect(await ready()).toBe(200);
  }, 120_000);

  it('answers SERVICE_UNAVAILABLE when the database goes away mid-flight, and recovers when it is back', async () => {
    await server?.stop();
    const down = await api.query(PROBE);
    expect(down.body.errors?.map((e) => e.extensions?.code)).toContain('SERVICE_UNAVAILABLE');
    expect(await ready()).toBe(503);
    await start();
    const back = await api.query(PROBE);
    expect(back.body.errors).toBeUndefined();
    expect(await ready()).toBe(200);
  }, 180_000);
});

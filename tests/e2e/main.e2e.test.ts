import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { freePort } from '../../src/db/local/launcher';
import { isAlive } from '../helpers/process';

/** `npm start`'s process (dist/main.js) with its own local Neo4j, as a user runs it. */
describe('the service process', () => {
  let home: string;
  let child: ChildProcess | undefined;

  beforeAll(() => {
    const build = spawnSync(path.resolve('node_modules/.bin/tsc'), ['-p', 'tsconfig.build.json'], { encoding: 'utf8' });
    if (build.status !== 0) throw new Error(`tsc failed:\n${build.stdout}${build.stderr}`);
    home = mkdtempSync(path.join(os.tmpdir(), 'kg-main-'));
  }, 120_000);
  afterAll(() => {
    child?.kill('SIGKILL');
    rmSync(home, { recursive: true, force: true });
  });

  it('starts its local Neo4j, ingests, answers over HTTP, re-seeds, and stops Neo4j on Ctrl-C', async () => {
    const [boltPort, httpPort] = [await freePort(), await freePort()];
    const articles = path.join(home, 'articles');
    cpSync('seed/articles', articles, { recursive: true });
    const env = {
      ...process.env,
      NEO4J_URI: '',
      NEO4J_LOCAL_HOME: path.join(home, 'neo4j'),
      NEO4J_LOCAL_PORT: String(boltPort),
      PORT: String(httpPort),
      NEO4J_HEAP: '512m',
      NEO4J_PAGECACHE: '64m',
      LOG_LEVEL: 'info',
      ARTICLES_DIR: articles,
      ADMIN_TOKEN: 'main-e2e-admin-token',
    };
    const proc = spawn(process.execPath, ['dist/main.js'], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    child = proc;
    let log = '';
    proc.stdout?.on('data', (c: Buffer) => (log += c.toString()));
    proc.stderr?.on('data', (c: Buffer) => (log += c.toString()));
    await waitFor(
      () => /"msg":"ingest done"/.test(log),
      150_000,
      () => log,
    );

    const response = await fetch(`http://127.0.0.1:${httpPort}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ health { status database { edition } } }' }),
    });
    expect(await response.json()).toEqual({ data: { health: { status: 'ok', database: { edition: 'community' } } } });
    expect((await fetch(`http://127.0.0.1:${httpPort}/readyz`)).status).toBe(200);

    // A re-seed that changes the graph plans the largest statements again, after the start-up warm-up.
    const warmed = () => log.match(/"msg":"query plans warmed"/g)?.length ?? 0;
    await waitFor(
      () => warmed() === 1,
      60_000,
      () => log,
    );
    writeFileSync(path.join(articles, 'added.md'), '# Added\n\nArbitrum uses fraud proofs to settle disputes.\n');
    const reseed = await fetch(`http://127.0.0.1:${httpPort}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: 'Bearer main-e2e-admin-token' },
      body: JSON.stringify({ query: 'mutation { reseed { articles { new } } }' }),
    });
    expect(await reseed.json()).toEqual({ data: { reseed: { articles: { new: ['article:added'] } } } });
    await waitFor(
      () => warmed() === 2,
      60_000,
      () => log,
    );

    const { javaPid } = JSON.parse(readFileSync(path.join(home, 'neo4j', 'run', 'launcher.json'), 'utf8')) as { javaPid: number };
    expect(isAlive(javaPid)).toBe(true);
    const exited = new Promise<number | null>((resolve) => proc.once('exit', resolve));
    proc.kill('SIGINT');
    expect(await exited).toBe(0);
    expect(log).toMatch(/"msg":"stopped"/);
    expect(isAlive(javaPid)).toBe(false);
  }, 200_000);
});

async function waitFor(condition: () => boolean, timeoutMs: number, describe: () => string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out; output so far:\n${describe()}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

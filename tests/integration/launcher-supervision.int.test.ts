import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createDb, createDriver } from '../../src/db/driver';
import { freePort, LocalNeo4jError, startLocalNeo4j, type LocalNeo4j } from '../../src/db/local/launcher';
import { applySchema } from '../../src/db/schema';
import { startTestApi } from '../helpers/api';
import { isAlive } from '../helpers/process';

/** Running, and not a zombie waiting for a parent that does not reap it. */
const isRunning = (pid: number) => isAlive(pid) && !/^\d+ \(.*\) Z/.test(readFileSync(`/proc/${pid}/stat`, 'utf8'));

// Issue 9, findings 5 and 12: the local Neo4j is supervised, never outlives its owner, and a failed
// start says what Neo4j said.

const libDir = path.resolve('neo4j/lib');
const small = { libDir, heap: '512m', pageCache: '64m' };

async function waitFor(check: () => boolean, timeoutMs: number, what: string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

describe('local Neo4j supervision', () => {
  const homes: string[] = [];
  const home = () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'kg-supervised-'));
    homes.push(dir);
    return dir;
  };
  afterAll(() => {
    for (const dir of homes) rmSync(dir, { recursive: true, force: true });
  });

  it('restarts a killed server after a log line, and it answers again with its data', async () => {
    const lines: string[] = [];
    const server: LocalNeo4j = await startLocalNeo4j({ home: home(), port: await freePort(), ...small, log: (line) => lines.push(line) });
    try {
      const open = () => createDb(createDriver({ uri: server.uri, user: 'neo4j', password: '' }), { database: 'neo4j', queryTimeoutMs: 5000 });
      const before = open();
      await before.autoCommit('CREATE (:Probe {value: 1})');
      await before.close();
      const first = server.pid;
      process.kill(first, 'SIGKILL');
      await waitFor(() => lines.some((l) => /restarted/.test(l)), 150_000, 'the restart');
      expect(lines[0]).toMatch(new RegExp(`^local Neo4j \\(pid ${first}\\) exited with SIGKILL; restarting in 1 s$`));
      expect(server.restarts).toBe(1);
      expect(server.pid).not.toBe(first);
      const after = open();
      expect(await after.autoCommit('MATCH (p:Probe) RETURN p.value AS value')).toEqual([{ value: 1 }]);
      await after.close();
    } finally {
      await server.stop();
    }
    expect(isAlive(server.pid)).toBe(false);
  }, 240_000);

  it('answers every request again once the restarted server is up, under a steady load', async () => {
    const lines: string[] = [];
    const server: LocalNeo4j = await startLocalNeo4j({ home: home(), port: await freePort(), ...small, log: (line) => lines.push(line) });
    const db = createDb(createDriver({ uri: server.uri, user: 'neo4j', password: '' }), { database: 'neo4j', queryTimeoutMs: 5000 });
    const api = await startTestApi({ db, env: { NODE_ENV: 'production' } });
    // (Declared out here so that a failed wait still stops the probes: a loop left running keeps jest from exiting.)
    let running = true;
    let loops: Promise<void>[] = [];
    try {
      await applySchema(db);
      const outcomes: { at: number; done: number; ok: boolean }[] = [];
      const probe = async () => (await api.query('{ stats { entities } }')).body.errors === undefined;
      loops = Array.from({ length: 4 }, async () => {
        while (running) {
          const at = Date.now();
          const ok = await probe().catch(() => false);
          outcomes.push({ at, done: Date.now(), ok });
          await new Promise((r) => setTimeout(r, 25));
        }
      });
      await new Promise((r) => setTimeout(r, 1000));
      const killedAt = Date.now();
      process.kill(server.pid, 'SIGKILL');
      await waitFor(() => lines.some((l) => /restarted/.test(l)), 150_000, 'the restart');
      // The outage shows as a request sent after the kill that failed, or that waited for the new server: the launcher
      // restarts after 1 s, so no answer can come sooner (a request blocked that long did wait).
      await waitFor(() => outcomes.some((o) => o.at > killedAt && (!o.ok || o.done - o.at >= 500)), 30_000, 'the outage to show');
      await waitFor(() => outcomes.some((o) => o.at > killedAt && o.ok), 60_000, 'the first answer after the restart');
      const recoveredAt = Math.min(...outcomes.filter((o) => o.at > killedAt && o.ok).map((o) => o.at));
      await new Promise((r) => setTimeout(r, 5000));
      running = false;
      await Promise.all(loops);
      const after = outcomes.filter((o) => o.at >= recoveredAt);
      expect(after.length).toBeGreaterThan(40);
      expect(after.filter((o) => !o.ok)).toEqual([]);
    } finally {
      running = false;
      await api.close();
      await server.stop();
      await Promise.all(loops);
    }
  }, 300_000);

  it('leaves no Java process behind when its owner is killed with SIGKILL', async () => {
    // The owner is a separate Node process running the compiled launcher.
    const out = mkdtempSync(path.join(os.tmpdir(), 'kg-owner-'));
    homes.push(out);
    const build = spawnSync(
      path.resolve('node_modules/.bin/tsc'),
      [
        '--outDir',
        out,
        '--rootDir',
        path.resolve('src'),
        '--module',
        'commonjs',
        '--target',
        'es2022',
        '--esModuleInterop',
        '--skipLibCheck',
        '--types',
        'node',
        path.resolve('src/db/local/launcher.ts'),
      ],
      { encoding: 'utf8' },
    );
    if (build.status !== 0) throw new Error(`tsc failed:\n${build.stdout}${build.stderr}`);
    const script = `require(${JSON.stringify(path.join(out, 'db/local/launcher.js'))})
      .startLocalNeo4j(${JSON.stringify({ home: home(), port: await freePort(), ...small })})
      .then((s) => console.log(JSON.stringify({ pid: s.pid })));
      setInterval(() => {}, 1000);`;
    const owner = spawn(process.execPath, ['-e', script], { env: { ...process.env, NODE_PATH: path.resolve('node_modules') }, stdio: ['ignore', 'pipe', 'inherit'] });
    const javaPid = await new Promise<number>((resolve, reject) => {
      let text = '';
      owner.stdout.on('data', (c: Buffer) => {
        text += c.toString();
        const match = /\{"pid":(\d+)\}/.exec(text);
        if (match) resolve(Number(match[1]));
      });
      owner.once('exit', (code) => reject(new Error(`the owner exited (${code}) before the server was up`)));
    });
    expect(isAlive(javaPid)).toBe(true);
    owner.kill('SIGKILL');
    await waitFor(() => !isRunning(javaPid), 60_000, `Java (pid ${javaPid}) to stop after its owner was killed`);
  }, 240_000);

  it("reports Neo4j's own failure line when the database cannot start", async () => {
    const broken = home();
    mkdirSync(path.join(broken, 'data', 'databases', 'neo4j'), { recursive: true });
    writeFileSync(path.join(broken, 'data', 'databases', 'neo4j', 'neostore'), 'not a store');
    const attempt = startLocalNeo4j({ home: broken, port: await freePort(), ...small, startTimeoutMs: 90_000 });
    await expect(attempt).rejects.toThrow(LocalNeo4jError);
    await expect(attempt).rejects.toThrow(/Neo4j says: .*ERROR .*Failed to start .*neo4j.*Caused by: /);
  }, 120_000);
});

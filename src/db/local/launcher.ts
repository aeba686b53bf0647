import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import neo4j from 'neo4j-driver';
import { renderConf, type LocalNeo4jOptions } from './conf';

export type { LocalNeo4jOptions } from './conf';

const ENTRY_POINT = 'org.neo4j.server.CommunityEntryPoint';
const RUN_FILE = 'launcher.json';

/** Written to `<home>/run/launcher.json`: who runs the server of a home. */
interface RunFile {
  javaPid: number;
  ownerPid: number;
  port: number;
}
const ALTERNATIVES =
  'set NEO4J_URI to use an existing Neo4j 5.26 server, or run `docker compose up` if you have Docker';

/** Start-up failed for a reason the user can fix; the message says what and how. */
export class LocalNeo4jError extends Error {
  override name = 'LocalNeo4jError';
}

/** A running local server. `stop()` is idempotent and waits for the JVM to exit. */
export interface LocalNeo4j {
  uri: string;
  pid: number;
  home: string;
  /** Milliseconds from spawn to the first answered Bolt request. */
  startMs: number;
  stop(): Promise<void>;
}

/**
 * Starts the real Neo4j server (the class `bin/neo4j console` runs) for `options.home` and waits
 * until Bolt answers. The JVM is killed if this process exits without calling `stop()`.
 */
export async function startLocalNeo4j(options: LocalNeo4jOptions): Promise<LocalNeo4j> {
  const o = { heap: '1g', pageCache: '256m', startTimeoutMs: 90_000, java: javaExecutable(), ...options };
  const libDir = path.resolve(o.libDir);
  const home = path.resolve(o.home);
  checkJava(o.java);
  checkJars(libDir);
  await stopLeftover(home);
  await checkPortFree(o.port);
  for (const dir of ['conf', 'logs', 'data', 'run']) mkdirSync(path.join(home, dir), { recursive: true });
  writeFileSync(path.join(home, 'conf', 'neo4j.conf'), renderConf({ libDir, port: o.port, heap: o.heap, pageCache: o.pageCache }));

  const started = Date.now();
  const consoleLog = createWriteStream(path.join(home, 'logs', 'console.log'), { flags: 'a' });
  const child = spawn(o.java, jvmArgs(home, libDir, o.heap), {
    env: { ...process.env, NEO4J_HOME: home, NEO4J_CONF: path.join(home, 'conf') },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.pipe(consoleLog);
  child.stderr?.pipe(consoleLog);
  const killOnExit = () => child.kill('SIGKILL');
  process.on('exit', killOnExit);
  const runFile: RunFile = { javaPid: child.pid ?? -1, ownerPid: process.pid, port: o.port };
  writeFileSync(path.join(home, 'run', RUN_FILE), JSON.stringify(runFile));

  const uri = `bolt://127.0.0.1:${o.port}`;
  try {
    await waitForBolt(uri, child, o.startTimeoutMs);
  } catch (error) {
    child.kill('SIGKILL');
    process.off('exit', killOnExit);
    throw new LocalNeo4jError(`${(error as Error).message}\n${logTail(home)}\nIf this persists, ${ALTERNATIVES}.`);
  }
  const startMs = Date.now() - started;
  let stopping: Promise<void> | undefined;
  return {
    uri,
    pid: child.pid ?? -1,
    home,
    startMs,
    stop: () => {
      stopping ??= stopChild(child).finally(() => process.off('exit', killOnExit));
      return stopping;
    },
  };
}

/** The server of `home` and its owner, when both are still running (e.g. `npm start` in another terminal). */
export function findRunning(home: string): { uri: string; javaPid: number; ownerPid: number } | null {
  const run = readRunFile(path.resolve(home));
  if (!run || !isServerOf(run.javaPid, path.resolve(home)) || !isAlive(run.ownerPid)) return null;
  return { uri: `bolt://127.0.0.1:${run.port}`, javaPid: run.javaPid, ownerPid: run.ownerPid };
}

function readRunFile(home: string): RunFile | null {
  try {
    return JSON.parse(readFileSync(path.join(home, 'run', RUN_FILE), 'utf8')) as RunFile;
  } catch {
    return null;
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

function isServerOf(pid: number, home: string): boolean {
  try {
    const cmdline = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
    return cmdline.includes(ENTRY_POINT) && cmdline.includes(`--home-dir=${home}`);
  } catch {
    return false;
  }
}

/**
 * A server whose launcher died (SIGKILL) still holds the home's store lock and port: it is
 * recognised by the run file and its command line, and stopped. A server whose owner is alive
 * is in use, and that is an error the caller can act on.
 */
async function stopLeftover(home: string): Promise<void> {
  const run = readRunFile(home);
  if (!run || !isServerOf(run.javaPid, home)) return;
  if (isAlive(run.ownerPid)) {
    throw new LocalNeo4jError(
      `local Neo4j: the server of ${home} is already running (pid ${run.javaPid}, started by pid ${run.ownerPid}). ` +
        `Stop that process, or use it: NEO4J_URI=bolt://127.0.0.1:${run.port}.`,
    );
  }
  process.stderr.write(`local Neo4j: stopping a server left over from an earlier run (pid ${run.javaPid}, home ${home})\n`);
  process.kill(run.javaPid, 'SIGTERM');
  const deadline = Date.now() + 30_000;
  while (isServerOf(run.javaPid, home) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 200));
  if (isServerOf(run.javaPid, home)) process.kill(run.javaPid, 'SIGKILL');
}

/** A port on 127.0.0.1 that was free a moment ago. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

function jvmArgs(home: string, libDir: string, heap: string): string[] {
  return [
    '-cp',
    `${path.join(home, 'conf')}/*:${libDir}/*`,
    '--add-opens=java.base/java.nio=ALL-UNNAMED',
    '--add-opens=java.base/java.io=ALL-UNNAMED',
    '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
    '-Dio.netty.tryReflectionSetAccessible=true',
    '-Dfile.encoding=UTF-8',
    '-XX:+UseG1GC',
    `-Xms${heap}`,
    `-Xmx${heap}`,
    ENTRY_POINT,
    `--home-dir=${home}`,
    `--config-dir=${path.join(home, 'conf')}`,
    '--console-mode',
  ];
}

function javaExecutable(): string {
  const javaHome = process.env.JAVA_HOME;
  return javaHome ? path.join(javaHome, 'bin', 'java') : 'java';
}

function checkJava(java: string): void {
  const result = spawnSync(java, ['-version'], { encoding: 'utf8' });
  if (result.error || result.status !== 0) {
    throw new LocalNeo4jError(
      `local Neo4j: Java was not found (tried \`${java} -version\`). Install Java 17 or newer ` +
        `(e.g. apt-get install openjdk-17-jre-headless) or set JAVA_HOME; or ${ALTERNATIVES}.`,
    );
  }
  const match = /version "(\d+)/.exec(result.stderr);
  const major = Number(match?.[1] ?? 0);
  if (major < 17) {
    throw new LocalNeo4jError(
      `local Neo4j: Java ${major || 'of unknown version'} found at \`${java}\`, Neo4j 5.26 needs Java 17 or 21. ` +
        `Install Java 17+ and set JAVA_HOME; or ${ALTERNATIVES}.`,
    );
  }
}

function checkJars(libDir: string): void {
  const jars = existsSync(libDir) ? readdirSync(libDir).filter((f) => f.startsWith('neo4j-') && f.endsWith('.jar')) : [];
  if (jars.length === 0) {
    throw new LocalNeo4jError(
      `local Neo4j: no Neo4j jars in ${libDir}. Run \`npm run neo4j:fetch\` (needs Maven 3.8+), or ${ALTERNATIVES}.`,
    );
  }
}

async function checkPortFree(port: number): Promise<void> {
  await new Promise<void>((resolve, reject) => {
    const server = net.createServer();
    server.once('error', (error: NodeJS.ErrnoException) =>
      reject(
        new LocalNeo4jError(
          error.code === 'EADDRINUSE'
            ? `local Neo4j: port ${port} on 127.0.0.1 is already in use (another Neo4j?). Stop it, choose ` +
                `another port with NEO4J_LOCAL_PORT, or if it is a Neo4j you want to use, set NEO4J_URI=bolt://localhost:${port}.`
            : `local Neo4j: cannot listen on 127.0.0.1:${port}: ${error.message}`,
        ),
      ),
    );
    server.listen(port, '127.0.0.1', () => server.close(() => resolve()));
  });
}

async function waitForBolt(uri: string, child: ChildProcess, timeoutMs: number): Promise<void> {
  let exited: string | undefined;
  child.once('exit', (code, signal) => (exited = `exited with ${signal ?? `code ${code}`}`));
  const deadline = Date.now() + timeoutMs;
  const driver = neo4j.driver(uri, undefined, { connectionTimeout: 2000, logging: undefined });
  try {
    for (;;) {
      if (exited) throw new LocalNeo4jError(`local Neo4j: the server ${exited} during start-up.`);
      try {
        await driver.executeQuery('RETURN 1');
        return;
      } catch {
        if (Date.now() > deadline) {
          throw new LocalNeo4jError(`local Neo4j: Bolt on ${uri} did not answer within ${timeoutMs / 1000} s.`);
        }
        await new Promise((r) => setTimeout(r, 250));
      }
    }
  } finally {
    await driver.close();
  }
}

async function stopChild(child: ChildProcess, graceMs = 30_000): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  // The timer also keeps the event loop alive, so the process waits for the JVM to finish.
  const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
  await exited;
  clearTimeout(timer);
}

/** The last lines of the server's logs, for error messages. */
function logTail(home: string, lines = 25): string {
  const parts: string[] = [];
  for (const name of ['console.log', 'neo4j.log', 'debug.log']) {
    const file = path.join(home, 'logs', name);
    if (!existsSync(file)) continue;
    const tail = readFileSync(file, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
    if (tail) parts.push(`--- ${file} (last ${lines} lines) ---\n${tail}`);
  }
  return parts.join('\n') || `(no logs in ${path.join(home, 'logs')})`;
}

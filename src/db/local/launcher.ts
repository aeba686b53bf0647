import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import neo4j from 'neo4j-driver';
import { renderConf, type LocalNeo4jOptions } from './conf';
import { ALTERNATIVES, LocalNeo4jError } from './errors';
import { failureLine, hasFatalStartError, logTail, markLogs, type LogMarks } from './logs';
import { ENTRY_POINT, stopLeftover, writeRunFile } from './run-file';

export type { LocalNeo4jOptions } from './conf';
export { LocalNeo4jError } from './errors';
export { findRunning } from './run-file';

/** A running local server. `stop()` is idempotent and waits for the JVM to exit. */
export interface LocalNeo4j {
  uri: string;
  /** The JVM's pid; a new one after each restart. */
  readonly pid: number;
  home: string;
  /** Milliseconds from spawn to the first answered Bolt request. */
  startMs: number;
  /** How often the supervisor has restarted the server. */
  readonly restarts: number;
  stop(): Promise<void>;
}

/** Backoff of the supervisor: the first restart after 1 s, doubling to 30 s; reset after 60 s up. */
const RESTART_DELAYS_MS = { first: 1000, max: 30_000, stableAfter: 60_000 };

/**
 * Starts the real Neo4j server (the class `bin/neo4j console` runs) for `options.home`, waits
 * until Bolt answers, and supervises it: when the JVM dies, it is restarted with backoff and a log
 * line. The JVM is killed if this process exits without calling `stop()`, and a watchdog stops it
 * when this process is killed (SIGKILL runs no exit handler).
 */
export async function startLocalNeo4j(options: LocalNeo4jOptions): Promise<LocalNeo4j> {
  const o = { heap: '1g', pageCache: '256m', startTimeoutMs: 90_000, java: javaExecutable(), supervise: true, log: logToStderr, ...options };
  const libDir = path.resolve(o.libDir);
  const home = path.resolve(o.home);
  checkJava(o.java);
  checkJars(libDir);
  await stopLeftover(home);
  await checkPortFree(o.port);
  prepareHome(home, { libDir, port: o.port, heap: o.heap, pageCache: o.pageCache });

  const uri = `bolt://127.0.0.1:${o.port}`;
  const launch = async (): Promise<ChildProcess> => {
    const marks = markLogs(home);
    const child = spawnServer(o.java, home, libDir, o.heap, o.port);
    try {
      await waitForBolt(uri, child, o.startTimeoutMs, () => hasFatalStartError(home, marks));
      return child;
    } catch (error) {
      await stopChild(child, 5000);
      throw new LocalNeo4jError(startFailure(error as Error, home, marks));
    }
  };
  const started = Date.now();
  let child = await launch();
  const startMs = Date.now() - started;
  let stopped = false;
  let restarts = 0;
  let restartTimer: NodeJS.Timeout | undefined;
  let delay = RESTART_DELAYS_MS.first;
  let upSince = Date.now();
  const supervise = (c: ChildProcess) =>
    c.once('exit', (code, signal) => {
      if (stopped || !o.supervise) return;
      if (Date.now() - upSince > RESTART_DELAYS_MS.stableAfter) delay = RESTART_DELAYS_MS.first;
      o.log(`local Neo4j (pid ${c.pid}) exited with ${signal ?? `code ${code}`}; restarting in ${delay / 1000} s`);
      const attempt = () => {
        restartTimer = undefined;
        if (stopped) return;
        restarts++;
        const t0 = Date.now();
        launch().then(
          (next) => {
            if (stopped) return void stopChild(next);
            child = next;
            upSince = Date.now();
            o.log(`local Neo4j restarted (pid ${next.pid}, restart ${restarts}, ready in ${Date.now() - t0} ms)`);
            supervise(next);
          },
          (error: unknown) => {
            delay = Math.min(delay * 2, RESTART_DELAYS_MS.max);
            o.log(`local Neo4j restart ${restarts} failed: ${(error as Error).message.split('\n')[0]}; next attempt in ${delay / 1000} s`);
            restartTimer = setTimeout(attempt, delay);
          },
        );
      };
      restartTimer = setTimeout(attempt, delay);
      delay = Math.min(delay * 2, RESTART_DELAYS_MS.max);
    });
  supervise(child);
  let stopping: Promise<void> | undefined;
  return {
    uri,
    get pid() {
      return child.pid ?? -1;
    },
    home,
    startMs,
    get restarts() {
      return restarts;
    },
    stop: () => {
      stopped = true;
      clearTimeout(restartTimer);
      stopping ??= stopChild(child);
      return stopping;
    },
  };
}

/** The JVM, its console log, its exit handler, its watchdog and the run file naming it. */
function spawnServer(java: string, home: string, libDir: string, heap: string, port: number): ChildProcess {
  const consoleLog = createWriteStream(path.join(home, 'logs', 'console.log'), { flags: 'a' });
  const child = spawn(java, jvmArgs(home, libDir, heap), {
    env: { ...process.env, NEO4J_HOME: home, NEO4J_CONF: path.join(home, 'conf') },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.pipe(consoleLog);
  child.stderr?.pipe(consoleLog);
  const killOnExit = () => child.kill('SIGKILL');
  process.on('exit', killOnExit);
  child.once('exit', () => process.off('exit', killOnExit));
  if (child.pid) startWatchdog(process.pid, child.pid);
  writeRunFile(home, { javaPid: child.pid ?? -1, ownerPid: process.pid, port });
  return child;
}

/**
 * A shell loop, outside this process's group, that stops the JVM (SIGTERM, SIGKILL after 30 s)
 * once this process is gone, and exits by itself when the JVM does.
 */
function startWatchdog(ownerPid: number, javaPid: number): void {
  const script = [
    'while kill -0 "$1" 2>/dev/null; do kill -0 "$2" 2>/dev/null || exit 0; sleep 1; done',
    'kill -TERM "$2" 2>/dev/null; i=0',
    'while kill -0 "$2" 2>/dev/null && [ "$i" -lt 60 ]; do sleep 0.5; i=$((i+1)); done',
    'kill -KILL "$2" 2>/dev/null; exit 0',
  ].join('\n');
  const watchdog = spawn('/bin/sh', ['-c', script, 'neo4j-watchdog', String(ownerPid), String(javaPid)], { detached: true, stdio: 'ignore' });
  watchdog.unref();
}

/** Why a start failed, led by Neo4j's own failure line from its logs when there is one. */
function startFailure(error: Error, home: string, marks: LogMarks): string {
  const own = failureLine(home, marks);
  return [error.message, own ? `Neo4j says: ${own}` : undefined, logTail(home), `If this persists, ${ALTERNATIVES}.`].filter(Boolean).join('\n');
}

function logToStderr(line: string): void {
  process.stderr.write(`${line}\n`);
}

/** The folders and `conf/neo4j.conf` of a home (the admin tool reads the same configuration). */
export function prepareHome(home: string, conf: Parameters<typeof renderConf>[0]): void {
  for (const dir of ['conf', 'logs', 'data', 'run']) mkdirSync(path.join(home, dir), { recursive: true });
  writeFileSync(path.join(home, 'conf', 'neo4j.conf'), renderConf(conf));
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

export function javaExecutable(): string {
  const javaHome = process.env.JAVA_HOME;
  return javaHome ? path.join(javaHome, 'bin', 'java') : 'java';
}

function checkJava(java: string): void {
  const result = spawnSync(java, ['-version'], { encoding: 'utf8' });
  if (result.error || result.status !== 0) {
    throw new LocalNeo4jError(
      `local Neo4j: Java was not found (tried \`${java} -version\`). Install Java 17 or newer ` + `(e.g. apt-get install openjdk-17-jre-headless) or set JAVA_HOME; or ${ALTERNATIVES}.`,
    );
  }
  const match = /version "(\d+)/.exec(result.stderr);
  const major = Number(match?.[1] ?? 0);
  if (major < 17) {
    throw new LocalNeo4jError(`local Neo4j: Java ${major || 'of unknown version'} found at \`${java}\`, Neo4j 5.26 needs Java 17 or 21. ` + `Install Java 17+ and set JAVA_HOME; or ${ALTERNATIVES}.`);
  }
}

function checkJars(libDir: string): void {
  const jars = existsSync(libDir) ? readdirSync(libDir).filter((f) => f.startsWith('neo4j-') && f.endsWith('.jar')) : [];
  if (jars.length === 0) {
    throw new LocalNeo4jError(`local Neo4j: no Neo4j jars in ${libDir}. Run \`npm run neo4j:fetch\` (needs Maven 3.8+), or ${ALTERNATIVES}.`);
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

async function waitForBolt(uri: string, child: ChildProcess, timeoutMs: number, gaveUp: () => boolean): Promise<void> {
  let exited: string | undefined;
  child.once('exit', (code, signal) => (exited = `exited with ${signal ?? `code ${code}`}`));
  const deadline = Date.now() + timeoutMs;
  const driver = neo4j.driver(uri, undefined, { connectionTimeout: 2000, maxTransactionRetryTime: 500, logging: undefined });
  try {
    for (;;) {
      if (exited) throw new LocalNeo4jError(`local Neo4j: the server ${exited} during start-up.`);
      if (gaveUp()) throw new LocalNeo4jError('local Neo4j: the server failed to start.');
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

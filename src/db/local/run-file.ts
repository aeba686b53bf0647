import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { LocalNeo4jError } from './errors';

/** The class `bin/neo4j console` runs; a process is a home's server when its command line names both. */
export const ENTRY_POINT = 'org.neo4j.server.CommunityEntryPoint';
const RUN_FILE = 'launcher.json';

/** Written to `<home>/run/launcher.json`: who runs the server of a home. */
export interface RunFile {
  javaPid: number;
  ownerPid: number;
  port: number;
}

export function writeRunFile(home: string, run: RunFile): void {
  writeFileSync(path.join(home, 'run', RUN_FILE), JSON.stringify(run));
}

/** The server of `home` and its owner, when both are still running (e.g. `npm start` in another terminal). */
export function findRunning(home: string): { uri: string; javaPid: number; ownerPid: number } | null {
  const run = readRunFile(path.resolve(home));
  if (!run || !isServerOf(run.javaPid, path.resolve(home)) || !isAlive(run.ownerPid)) return null;
  return { uri: `bolt://127.0.0.1:${run.port}`, javaPid: run.javaPid, ownerPid: run.ownerPid };
}

export function readRunFile(home: string): RunFile | null {
  try {
    return JSON.parse(readFileSync(path.join(home, 'run', RUN_FILE), 'utf8')) as RunFile;
  } catch {
    return null;
  }
}

export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

export function isServerOf(pid: number, home: string): boolean {
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
export async function stopLeftover(home: string): Promise<void> {
  const run = readRunFile(home);
  if (!run || !isServerOf(run.javaPid, home)) return;
  if (isAlive(run.ownerPid)) {
    throw new LocalNeo4jError(
      `local Neo4j: the server of ${home} is already running (pid ${run.javaPid}, started by pid ${run.ownerPid}). ` + `Stop that process, or use it: NEO4J_URI=bolt://127.0.0.1:${run.port}.`,
    );
  }
  process.stderr.write(`local Neo4j: stopping a server left over from an earlier run (pid ${run.javaPid}, home ${home})\n`);
  process.kill(run.javaPid, 'SIGTERM');
  const deadline = Date.now() + 30_000;
  while (isServerOf(run.javaPid, home) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 200));
  if (isServerOf(run.javaPid, home)) process.kill(run.javaPid, 'SIGKILL');
}

import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import { LocalNeo4jError } from './errors';
import { javaExecutable } from './launcher';
import { findRunning, isServerOf, readRunFile } from './run-file';

/** The neo4j-admin entry point inside the jars (`bin/neo4j-admin` runs it in a child JVM). */
const ADMIN_TOOL = 'org.neo4j.cli.AdminTool';

/**
 * `neo4j-admin database dump neo4j` of a stopped local home into `toDir`, as
 * `neo4j-<UTC time>.dump`; returns the file. Offline: refuses while the home's server runs.
 */
export function dumpDatabase(home: string, libDir: string, toDir: string, now = new Date()): string {
  refuseWhileRunning(home, 'back up');
  const work = mkdtempSync(path.join(path.resolve(toDir), '.dump-'));
  try {
    runAdmin(home, libDir, ['database', 'dump', 'neo4j', `--to-path=${work}`]);
    const file = path.join(path.resolve(toDir), `neo4j-${now.toISOString().replace(/[:.]/g, '-')}.dump`);
    renameSync(path.join(work, 'neo4j.dump'), file);
    return file;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** `neo4j-admin database load neo4j` of `dumpFile` into a stopped local home, replacing its database. */
export function loadDatabase(home: string, libDir: string, dumpFile: string): void {
  refuseWhileRunning(home, 'restore');
  const work = mkdtempSync(path.join(home, 'run', 'load-'));
  try {
    copyFileSync(path.resolve(dumpFile), path.join(work, 'neo4j.dump'));
    runAdmin(home, libDir, ['database', 'load', 'neo4j', `--from-path=${work}`, '--overwrite-destination=true']);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

function refuseWhileRunning(home: string, what: string): void {
  const run = readRunFile(path.resolve(home));
  if (findRunning(home) || (run && isServerOf(run.javaPid, path.resolve(home)))) {
    throw new LocalNeo4jError(
      `local Neo4j: cannot ${what} ${home} while its server runs (an offline dump or load needs it stopped). ` + 'Stop it first (`npm run neo4j -- stop`, or stop `npm start`), then try again.',
    );
  }
}

function runAdmin(home: string, libDir: string, args: string[]): void {
  const result = spawnSync(javaExecutable(), ['-cp', `${path.join(home, 'conf')}/*:${path.resolve(libDir)}/*`, '-Xmx512m', ADMIN_TOOL, ...args], {
    env: { ...process.env, NEO4J_HOME: home, NEO4J_CONF: path.join(home, 'conf') },
    encoding: 'utf8',
  });
  if (result.status !== 0) {
    const said = `${result.stdout}\n${result.stderr}`
      .split('\n')
      .filter((l) => /ERROR|Exception|failed/i.test(l))
      .slice(-3)
      .join('\n');
    throw new LocalNeo4jError(`neo4j-admin ${args.slice(0, 2).join(' ')} failed (exit ${result.status ?? result.error?.message}):\n${said || result.stderr.slice(-2000)}`);
  }
}

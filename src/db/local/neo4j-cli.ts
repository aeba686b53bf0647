import { mkdirSync, statfsSync } from 'node:fs';
import path from 'node:path';
import { Command } from 'commander';
import { ConfigError, loadConfig, type Config } from '../../config';
import { dumpDatabase, loadDatabase } from './admin';
import { LocalNeo4jError } from './errors';
import { prepareHome, startLocalNeo4j } from './launcher';
import { findRunning, isAlive, isServerOf, readRunFile } from './run-file';

// `npm run neo4j -- start|stop|status`, `npm run backup`, `npm run restore -- <file>`: the local Neo4j alone.

const REMOTE = 'NEO4J_URI is set: this manages only the local Neo4j. For a remote server, back up and restore with its own tools (README, "Backups").';

function local(config: Config) {
  if (config.neo4j.uri) throw new LocalNeo4jError(REMOTE);
  const c = config.neo4j;
  return { home: path.resolve(c.localHome), libDir: path.resolve(c.libDir), port: c.localPort, heap: c.heap, pageCache: c.pageCache };
}

const program = new Command().name('npm run neo4j --').description('The local Neo4j of NEO4J_LOCAL_HOME, without the API.');

program
  .command('start')
  .description('start the local Neo4j in the foreground, supervised (restarted when it dies); Ctrl-C stops it')
  .action(async () => {
    const o = local(loadConfig());
    const running = findRunning(o.home);
    if (running) return void process.stdout.write(`already running: ${running.uri} (pid ${running.javaPid}, owner ${running.ownerPid})\n`);
    const server = await startLocalNeo4j(o);
    process.stdout.write(`local Neo4j on ${server.uri} (pid ${server.pid}, home ${o.home}); use it with npm start or NEO4J_URI=${server.uri}\n`);
    const stop = () => void server.stop().then(() => process.exit(0));
    process.on('SIGINT', stop).on('SIGTERM', stop);
  });

program
  .command('stop')
  .description('stop the local Neo4j (through the process that owns it, so it is not restarted)')
  .action(async () => {
    const { home } = local(loadConfig());
    const run = readRunFile(home);
    if (!run || !isServerOf(run.javaPid, home)) return void process.stdout.write(`not running (home ${home})\n`);
    // The owner stops its server cleanly and does not restart it; a server without an owner is signalled itself.
    const target = isAlive(run.ownerPid) ? run.ownerPid : run.javaPid;
    process.kill(target, 'SIGTERM');
    const deadline = Date.now() + 60_000;
    while (isServerOf(run.javaPid, home) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 250));
    if (isServerOf(run.javaPid, home)) throw new LocalNeo4jError(`local Neo4j: pid ${run.javaPid} did not stop within 60 s; kill it (kill ${run.javaPid}).`);
    process.stdout.write(`stopped (pid ${run.javaPid}${target === run.ownerPid ? `, via its owner pid ${run.ownerPid}` : ''})\n`);
  });

program
  .command('status')
  .description('whether the local Neo4j runs, where, and the free space of its disk')
  .action(() => {
    const { home } = local(loadConfig());
    const running = findRunning(home);
    const run = readRunFile(home);
    const state = running
      ? `running: ${running.uri} (pid ${running.javaPid}, owner pid ${running.ownerPid})`
      : run && isServerOf(run.javaPid, home)
        ? `running without its owner (pid ${run.javaPid}); the next start stops it`
        : 'not running';
    process.stdout.write(`${state}\nhome: ${home}\n${diskLine(home)}\n`);
  });

program
  .command('backup')
  .argument('[folder]', 'where the dump goes', 'backups')
  .description('offline dump of the local database (stop the server first) into <folder>/neo4j-<time>.dump')
  .action((folder: string) => {
    const o = local(loadConfig());
    mkdirSync(folder, { recursive: true });
    process.stdout.write(`backup written: ${dumpDatabase(o.home, o.libDir, folder)}\n`);
  });

program
  .command('restore')
  .argument('<dump>', 'a file written by `npm run backup`')
  .description('offline load of a dump into the local database, replacing it (stop the server first)')
  .action((dump: string) => {
    const o = local(loadConfig());
    prepareHome(o.home, o);
    loadDatabase(o.home, o.libDir, dump);
    process.stdout.write(`restored ${path.resolve(dump)} into ${o.home}; start it with npm start or npm run neo4j -- start\n`);
  });

function diskLine(home: string): string {
  try {
    const fs = statfsSync(home);
    const gib = (blocks: number) => ((blocks * fs.bsize) / 2 ** 30).toFixed(1);
    return `disk: ${gib(fs.bavail)} GiB free of ${gib(fs.blocks)} GiB`;
  } catch (error) {
    return `disk: unknown (${(error as NodeJS.ErrnoException).code ?? String(error)})`;
  }
}

program.parseAsync().catch((error: unknown) => {
  const known = error instanceof ConfigError || error instanceof LocalNeo4jError;
  process.stderr.write(`\n${known ? (error as Error).message : `neo4j: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`}\n`);
  process.exit(known ? 2 : 1);
});

#!/usr/bin/env node
// Set-up that `npm start` and `npm test` run first, with no dependencies of its own:
// installs npm packages when missing, fetches the Neo4j jars once (Maven), builds dist/.
// Flags: --no-build (skip tsc), --no-neo4j (skip the jars).
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = new Set(process.argv.slice(2));
const libDir = path.resolve(root, process.env.NEO4J_LIB_DIR || 'neo4j/lib');

function say(message) {
  process.stderr.write(`[bootstrap] ${message}\n`);
}

function fail(message) {
  process.stderr.write(`\n[bootstrap] ${message}\n`);
  process.exit(1);
}

function run(command, commandArgs, what) {
  const result = spawnSync(command, commandArgs, { cwd: root, stdio: 'inherit' });
  if (result.error) fail(`${what} failed: could not run \`${command}\` (${result.error.message}).`);
  if (result.status !== 0) fail(`${what} failed (\`${command} ${commandArgs.join(' ')}\` exited with ${result.status}).`);
}

function npmPackages() {
  const marker = path.join(root, 'node_modules', '.package-lock.json');
  const lock = path.join(root, 'package-lock.json');
  if (existsSync(marker) && statSync(marker).mtimeMs >= statSync(lock).mtimeMs) return;
  say('installing npm packages (npm ci)…');
  run('npm', ['ci', '--no-audit', '--no-fund'], 'npm ci');
}

function hasJars() {
  return existsSync(libDir) && readdirSync(libDir).some((f) => /^neo4j-kernel-.*\.jar$/.test(f));
}

function neo4jJars() {
  if (hasJars()) return;
  const java = spawnSync(process.env.JAVA_HOME ? path.join(process.env.JAVA_HOME, 'bin', 'java') : 'java', ['-version'], { encoding: 'utf8' });
  if (java.error || java.status !== 0) {
    fail(
      'Java 17+ is needed for the local Neo4j and was not found. Install it (e.g. `apt-get install openjdk-17-jre-headless`) ' +
        'or set JAVA_HOME; or set NEO4J_URI to use an existing Neo4j 5.26; or use `docker compose up`.',
    );
  }
  const mvn = spawnSync('mvn', ['-v'], { encoding: 'utf8' });
  if (mvn.error || mvn.status !== 0) {
    fail(
      'Maven is needed once, to fetch the Neo4j jars, and was not found. Install it (e.g. `apt-get install maven`); ' + 'or set NEO4J_URI to use an existing Neo4j 5.26; or use `docker compose up`.',
    );
  }
  say(`fetching the Neo4j 5.26 jars into ${path.relative(root, libDir)} (once; ~120 MB)…`);
  run('mvn', ['-q', '-B', '-f', path.join(root, 'neo4j', 'pom.xml'), 'dependency:copy-dependencies', '-DincludeScope=runtime', `-DoutputDirectory=${libDir}`], 'fetching the Neo4j jars');
  if (!hasJars()) fail(`Maven finished but ${libDir} has no Neo4j jars.`);
}

function build() {
  say('compiling TypeScript (tsc)…');
  run(path.join(root, 'node_modules', '.bin', 'tsc'), ['-p', 'tsconfig.build.json'], 'tsc');
}

npmPackages();
if (!args.has('--no-neo4j') && !process.env.NEO4J_URI) neo4jJars();
if (!args.has('--no-build')) build();

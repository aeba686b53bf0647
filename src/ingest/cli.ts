import 'reflect-metadata';
import path from 'node:path';
import { SingleBar, Presets } from 'cli-progress';
import { Command } from 'commander';
import { ConfigError, loadConfig } from '../config';
import { connectDatabase } from '../db/connect';
import { LocalNeo4jError } from '../db/local/launcher';
import { applySchema } from '../db/schema';
import type { ReseedReport } from '../domain/reseed';
import { IngestRunningError, ServiceUnavailableError } from '../errors';
import { createLogger, shouldPrettyPrint } from '../logger';
import { IngestFolderError, reseed } from './reseed';

class UnreachableError extends Error {}

const program = new Command()
  .name('npm run ingest --')
  .description(
    'Incremental ingest of an articles folder into Neo4j: new and changed articles are (re-)extracted, unchanged ones skipped. ' +
      'Articles whose files are gone are removed for the configured folder (ARTICLES_DIR) only, or with --prune; an ingest never touches the articles of another folder.',
  )
  .argument('[folder]', 'articles folder (.md, .txt)', undefined)
  .option('--dry-run', 'show what would change and write nothing')
  .option('--prune', "remove this folder's articles whose files are gone (the default for ARTICLES_DIR), and articles stored before folders were recorded that it lacks")
  .option('--full', 're-extract every article, even unchanged ones')
  .option('--json', 'print the report as JSON')
  .option('--strict', 'exit with code 1 when any article failed')
  .addHelpText('after', '\nConfiguration comes from the environment (see .env.example): NEO4J_URI, CATALOG_DIR, MAX_ARTICLE_BYTES…');

async function main(): Promise<number> {
  program.parse();
  const opts = program.opts<{ dryRun?: boolean; full?: boolean; json?: boolean; strict?: boolean; prune?: boolean }>();
  const config = loadConfig();
  const folder = program.args[0] ?? config.ingest.articlesDir;
  const configured = path.resolve(folder) === path.resolve(config.ingest.articlesDir);
  const logger = createLogger(config.logLevel === 'info' ? 'warn' : config.logLevel, 'ingest', {
    pretty: shouldPrettyPrint({ format: config.logFormat, isTTY: process.stdout.isTTY === true, production: config.api.production }),
  });
  const database = await connectDatabase(config, logger);
  try {
    await database.db.ping().catch((error: unknown) => {
      throw error instanceof ServiceUnavailableError
        ? new UnreachableError(`ingest: cannot reach Neo4j at ${database.uri}. Start it, correct NEO4J_URI, or unset NEO4J_URI to use the local Neo4j.`)
        : error;
    });
    await applySchema(database.db);
    const bar = process.stderr.isTTY && !opts.json ? new SingleBar({ format: '{phase} [{bar}] {value}/{total} articles', hideCursor: true }, Presets.shades_classic) : null;
    let phase = '';
    const report = await reseed(
      {
        db: database.db,
        articlesDir: folder,
        catalogDir: config.ingest.catalogDir,
        maxArticleBytes: config.ingest.maxArticleBytes,
        batchSize: config.ingest.batchSize,
        onProgress: ({ phase: p, done, total }) => {
          if (bar) {
            if (p !== phase) {
              bar.stop();
              bar.start(total, done, { phase: p.padEnd(7) });
            } else bar.update(done);
          } else process.stderr.write(`${p}: ${done}/${total} articles\n`);
          phase = p;
        },
      },
      { dryRun: opts.dryRun, full: opts.full, prune: opts.prune === true || configured, pruneUnowned: opts.prune === true },
    );
    bar?.stop();
    process.stdout.write(opts.json ? `${JSON.stringify(report, null, 2)}\n` : formatReport(report, folder));
    return opts.strict && report.articles.failed.length > 0 ? 1 : 0;
  } finally {
    await database.close();
  }
}

/** The human summary: counts first, then every problem with its file. */
function formatReport(r: ReseedReport, folder: string): string {
  const a = r.articles;
  const lines = [
    `${r.dryRun ? 'Dry run (nothing written) for' : 'Ingested'} ${path.resolve(folder)} in ${(r.durationMs / 1000).toFixed(1)} s`,
    `  articles:  ${a.new.length} new, ${a.changed.length} changed, ${a.unchanged.length} unchanged, ${a.removed.length} removed, ${a.failed.length} failed`,
    `  entities:  +${r.entitiesAdded} -${r.entitiesRemoved}`,
    `  relations: +${r.relationsAdded} -${r.relationsRemoved}`,
    `  evidence:  +${r.evidenceAdded} -${r.evidenceRemoved}`,
  ];
  if (a.failed.length > 0) lines.push('', 'Skipped files:', ...a.failed.map((f) => `  ${f.reason}`));
  if (r.issues.length > 0) {
    lines.push('', `Data notes (${r.issues.length}):`, ...r.issues.slice(0, 30).map((i) => `  [${i.stage}] ${i.articleId}: ${i.message}`));
    if (r.issues.length > 30) lines.push(`  … and ${r.issues.length - 30} more (use --json for all)`);
  }
  return `${lines.join('\n')}\n`;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    const known = error instanceof ConfigError || error instanceof LocalNeo4jError || error instanceof IngestRunningError || error instanceof IngestFolderError || error instanceof UnreachableError;
    process.stderr.write(`\n${known ? (error as Error).message : `ingest failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`}\n`);
    process.exit(2);
  },
);

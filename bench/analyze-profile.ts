/**
 * Throughput of `analyze()` on a few MB of varied text built from the seed and fixture articles.
 *   npx tsc -p tsconfig.bench.json && node dist-bench/bench/analyze-profile.js [--mb 3] [--runs 3] [--dump out.json]
 * `--dump` writes every analysis as JSON, to diff outputs before and after an optimisation.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { analyze, loadKnowledge } from '../src/ingest/pipeline';
import { parseArticle } from '../src/ingest/stages/read-article';
import type { SourceArticle } from '../src/ingest/types';

const FOLDERS = ['seed/articles', 'tests/fixtures/articles'];
const SWAPS: [string, string][] = [
  ['Arbitrum', 'Optimism'],
  ['Polygon', 'Starknet'],
  ['Loopring', 'zkSync'],
  ['Ethereum', 'Bitcoin'],
  ['rollups', 'sidechains'],
  ['governance', 'oversight'],
  ['decentralized', 'distributed'],
  ['uses', 'employs'],
  ['platform', 'network'],
  ['scalability', 'throughput'],
  ['United Nations', 'European Commission'],
  ['transparency', 'accountability'],
  ['users', 'developers'],
  ['data', 'information'],
  ['AI', 'machine learning'],
];

function flag(argv: string[], name: string, fallback: string): string {
  const i = argv.indexOf(name);
  return i >= 0 ? (argv[i + 1] ?? fallback) : fallback;
}

/** Deterministic pseudo-random numbers (mulberry32), so every run measures the same text. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function sources(): string[] {
  const out: string[] = [];
  for (const folder of FOLDERS) {
    for (const file of readdirSync(folder).sort()) {
      const parsed = parseArticle(file, readFileSync(join(folder, file)));
      if (parsed.article && parsed.article.body.length > 500) out.push(parsed.article.body);
    }
  }
  return out;
}

/** Articles of ~30 KB: a few sources in a shuffled order, each line with its own word swaps, so
 *  few lines repeat word for word (repeated blocks are cheaper: relations skip them). */
function corpus(megabytes: number): SourceArticle[] {
  const rnd = random(42);
  const bodies = sources();
  const articles: SourceArticle[] = [];
  let total = 0;
  while (total < megabytes * 1e6) {
    const parts: string[] = [];
    for (let size = 0; size < 30_000; ) {
      const source = bodies[Math.floor(rnd() * bodies.length)] as string;
      const text = source
        .split('\n')
        .map((line) => {
          let out = line;
          for (const [a, b] of SWAPS) if (rnd() < 0.3) out = rnd() < 0.5 ? out.split(a).join(b) : out.split(b).join(a);
          return out;
        })
        .join('\n');
      parts.push(text);
      size += text.length;
    }
    const body = parts.join('\n\n');
    const id = articles.length;
    articles.push({ id: `article:bench-${id}`, path: `bench-${id}.md`, title: `Bench ${id}`, body, contentHash: String(id) });
    total += body.length;
  }
  return articles;
}

function main(argv: string[]): void {
  const knowledge = loadKnowledge('seed/catalog');
  const articles = corpus(Number(flag(argv, '--mb', '3')));
  const bytes = articles.reduce((n, a) => n + Buffer.byteLength(a.body), 0);
  const runs = Number(flag(argv, '--runs', '3'));
  const dump = flag(argv, '--dump', '');
  for (const a of articles.slice(0, 3)) analyze(a, knowledge);
  // CPU time next to wall time: on a shared machine the wall clock also counts other processes.
  const rates: number[] = [];
  for (let r = 0; r < runs; r += 1) {
    const t0 = performance.now();
    const c0 = process.cpuUsage();
    for (const a of articles) analyze(a, knowledge);
    const ms = performance.now() - t0;
    const c = process.cpuUsage(c0);
    const cpuMs = (c.user + c.system) / 1000;
    const mbs = (t: number) => (bytes / 1e6 / (t / 1000)).toFixed(2);
    rates.push(bytes / 1e6 / (ms / 1000));
    console.log(`run ${r + 1}: ${(bytes / 1e6).toFixed(2)} MB in ${articles.length} articles, ${ms.toFixed(0)} ms wall (${mbs(ms)} MB/s), ${cpuMs.toFixed(0)} ms cpu (${mbs(cpuMs)} MB/s)`);
  }
  rates.sort((a, b) => a - b);
  console.log(`median ${(rates[Math.floor(rates.length / 2)] ?? 0).toFixed(2)} MB/s wall, best ${(rates[rates.length - 1] ?? 0).toFixed(2)} MB/s`);
  if (dump !== '') {
    const originals = sources().map((body, i) => ({ id: `article:source-${i}`, path: `source-${i}.md`, title: `Source ${i}`, body, contentHash: String(i) }));
    writeFileSync(dump, JSON.stringify([...originals, ...articles].map((a) => analyze(a, knowledge))));
  }
}

main(process.argv.slice(2));

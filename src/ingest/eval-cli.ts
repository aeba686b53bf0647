import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { addCounts, evaluate, parseGold, score, type Counts } from './eval';
import { analyze, loadKnowledge } from './pipeline';
import { readArticles } from './stages/read-article';

/** Gold corpora: each pairs an articles folder with a folder of gold files about it. */
const CORPORA = [
  { name: 'seed', articles: 'seed/articles', gold: 'tests/fixtures/gold/seed' },
  // The dev split: rules may be tuned on it.
  { name: 'dev', articles: 'tests/fixtures/articles', gold: 'tests/fixtures/gold/articles' },
  // The frozen test split: annotated before the extractor ever ran on it; never tune rules against it.
  { name: 'test', articles: 'tests/fixtures/unseen', gold: 'tests/fixtures/gold/unseen' },
];

const ZERO: Counts = { matchedPredicted: 0, predicted: 0, matchedGold: 0, gold: 0 };

function main(argv: string[]): number {
  const verbose = argv.includes('--verbose') || argv.includes('-v');
  const only = argv.find((a) => a.startsWith('--only='))?.slice('--only='.length).split(',');
  const knowledge = loadKnowledge('seed/catalog');
  for (const issue of knowledge.issues) console.error(`knowledge: ${issue.message}`);
  for (const corpus of CORPORA) {
    if (only && !only.includes(corpus.name)) continue;
    if (!existsSync(corpus.gold) || !readdirSync(corpus.gold).some((f) => /\.ya?ml$/.test(f))) continue;
    const { articles } = readArticles(corpus.articles);
    const totals = { es: ZERO, el: ZERO, rs: ZERO, rl: ZERO };
    for (const file of readdirSync(corpus.gold).filter((f) => /\.ya?ml$/.test(f)).sort()) {
      const gold = parseGold(readFileSync(join(corpus.gold, file), 'utf8'), join(corpus.gold, file));
      const article = articles.find((a) => a.path === gold.article);
      if (!article) throw new Error(`eval: ${file} names ${gold.article}, which ${corpus.articles} does not hold`);
      const result = evaluate(gold, analyze(article, knowledge).patch);
      totals.es = addCounts(totals.es, result.entities.strict);
      totals.el = addCounts(totals.el, result.entities.lenient);
      totals.rs = addCounts(totals.rs, result.relations.strict);
      totals.rl = addCounts(totals.rl, result.relations.lenient);
      if (verbose) {
        console.log(`\n${corpus.name}/${gold.article}`);
        for (const m of result.missed) console.log(`  missed   ${m}`);
        for (const s of result.spurious) console.log(`  spurious ${s}`);
      }
    }
    console.log(`\n${corpus.name} (${corpus.articles})`);
    console.log('                     precision  recall     F1   gold  predicted');
    for (const [label, c] of [['entities strict', totals.es], ['entities lenient', totals.el], ['relations strict', totals.rs], ['relations lenient', totals.rl]] as const) {
      const s = score(c);
      const f = (x: number) => x.toFixed(3).padStart(9);
      console.log(`  ${label.padEnd(18)}${f(s.precision)}${f(s.recall)}${f(s.f1)}${String(c.gold).padStart(7)}${String(c.predicted).padStart(11)}`);
    }
  }
  return 0;
}

process.exitCode = main(process.argv.slice(2));

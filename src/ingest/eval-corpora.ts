import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { nameKey } from '../domain/names';
import { addCounts, evaluate, parseGold, type ArticleEval, type Counts } from './eval';
import { analyze, type Knowledge } from './pipeline';
import { readArticles } from './stages/read-article';

/** A gold corpus: an articles folder and a folder of gold files about it (tests/fixtures/gold/README.md). */
export interface Corpus {
  /** `batch`: a folder scored on its own (`npm run eval -- --corpus=…`). */
  name: 'seed' | 'dev' | 'test' | 'batch';
  articles: string;
  gold: string;
}

export const CORPORA: readonly (Corpus & { name: 'seed' | 'dev' | 'test' })[] = [
  { name: 'seed', articles: 'seed/articles', gold: 'tests/fixtures/gold/seed' },
  // The dev split: rules may be tuned on it.
  { name: 'dev', articles: 'tests/fixtures/articles', gold: 'tests/fixtures/gold/articles' },
  // The frozen test split: annotated before the extractor ever ran on it; never tune rules against it.
  { name: 'test', articles: 'tests/fixtures/unseen', gold: 'tests/fixtures/gold/unseen' },
];

export interface CorpusResult {
  totals: { entitiesStrict: Counts; entitiesLenient: Counts; relationsStrict: Counts; relationsLenient: Counts };
  /** Discovered (non-catalog) entities, and those whose names match no gold entity: an upper bound on junk. */
  discovered: { all: number; unmatched: number };
  /** Per article: gold relations missed and predictions matching no gold relation (strictly). */
  articles: ({ path: string } & Pick<ArticleEval, 'missed' | 'spurious' | 'missedEntities' | 'spuriousEntities'>)[];
}

const ZERO: Counts = { matchedPredicted: 0, predicted: 0, matchedGold: 0, gold: 0 };

/** Analyzes every article of a corpus that has a gold file and adds up the scores; null when it has none. */
export function scoreCorpus(corpus: Corpus, knowledge: Knowledge): CorpusResult | null {
  if (!existsSync(corpus.gold)) return null;
  const goldFiles = readdirSync(corpus.gold)
    .filter((f) => /\.ya?ml$/.test(f))
    .sort();
  if (goldFiles.length === 0) return null;
  const { articles } = readArticles(corpus.articles);
  const result: CorpusResult = { totals: { entitiesStrict: ZERO, entitiesLenient: ZERO, relationsStrict: ZERO, relationsLenient: ZERO }, discovered: { all: 0, unmatched: 0 }, articles: [] };
  for (const file of goldFiles) {
    const gold = parseGold(readFileSync(join(corpus.gold, file), 'utf8'), join(corpus.gold, file));
    const article = articles.find((a) => a.path === gold.article);
    if (!article) throw new Error(`scoreCorpus: ${file} names ${gold.article}, which ${corpus.articles} does not hold`);
    const { patch } = analyze(article, knowledge);
    const scored = evaluate(gold, patch);
    const goldKeys = new Set(gold.entities.flatMap((e) => [e.name, ...e.aliases].map(nameKey)));
    for (const e of patch.entities.filter((x) => x.discovered)) {
      result.discovered.all += 1;
      if (![e.name, ...e.aliases].some((n) => goldKeys.has(nameKey(n)))) result.discovered.unmatched += 1;
    }
    const t = result.totals;
    result.totals = {
      entitiesStrict: addCounts(t.entitiesStrict, scored.entities.strict),
      entitiesLenient: addCounts(t.entitiesLenient, scored.entities.lenient),
      relationsStrict: addCounts(t.relationsStrict, scored.relations.strict),
      relationsLenient: addCounts(t.relationsLenient, scored.relations.lenient),
    };
    result.articles.push({ path: gold.article, missed: scored.missed, spurious: scored.spurious, missedEntities: scored.missedEntities, spuriousEntities: scored.spuriousEntities });
  }
  return result;
}

import { score } from './eval';
import { CORPORA, scoreCorpus, type Corpus } from './eval-corpora';
import { loadKnowledge } from './pipeline';

/**
 * `npm run eval [-- --verbose] [-- --only=seed,dev] [-- --corpus=<articles dir>:<gold dir>]`: precision
 * and recall per gold corpus. `--corpus` scores another folder instead (a new batch's blind first run).
 */
function main(argv: string[]): number {
  const verbose = argv.includes('--verbose') || argv.includes('-v');
  const only = argv
    .find((a) => a.startsWith('--only='))
    ?.slice('--only='.length)
    .split(',');
  const knowledge = loadKnowledge('seed/catalog');
  for (const issue of knowledge.issues) console.error(`knowledge: ${issue.message}`);
  const extra = argv
    .find((a) => a.startsWith('--corpus='))
    ?.slice('--corpus='.length)
    .split(':');
  const corpora: readonly Corpus[] = extra?.[0] && extra[1] ? [{ name: 'batch', articles: extra[0], gold: extra[1] }] : CORPORA;
  for (const corpus of corpora) {
    if (only && !only.includes(corpus.name)) continue;
    const result = scoreCorpus(corpus, knowledge);
    if (!result) continue;
    if (verbose) {
      for (const a of result.articles) {
        console.log(`\n${corpus.name}/${a.path}`);
        for (const m of a.missed) console.log(`  missed   ${m}`);
        for (const s of a.spurious) console.log(`  spurious ${s}`);
        if (a.missedEntities.length > 0) console.log(`  entities missed:   ${a.missedEntities.join(', ')}`);
        if (a.spuriousEntities.length > 0) console.log(`  entities spurious: ${a.spuriousEntities.join(', ')}`);
      }
    }
    console.log(`\n${corpus.name} (${corpus.articles})`);
    console.log('                     precision  recall     F1   gold  predicted');
    const { entitiesStrict, entitiesLenient, relationsStrict, relationsLenient } = result.totals;
    for (const [label, c] of [
      ['entities strict', entitiesStrict],
      ['entities lenient', entitiesLenient],
      ['relations strict', relationsStrict],
      ['relations lenient', relationsLenient],
    ] as const) {
      const s = score(c);
      const f = (x: number) => x.toFixed(3).padStart(9);
      console.log(`  ${label.padEnd(18)}${f(s.precision)}${f(s.recall)}${f(s.f1)}${String(c.gold).padStart(7)}${String(c.predicted).padStart(11)}`);
    }
    const { all, unmatched } = result.discovered;
    console.log(`  discovered entities matching no gold entity: ${unmatched} of ${all} (${all === 0 ? 0 : Math.round((100 * unmatched) / all)}%; junk or names the gold leaves out)`);
  }
  return 0;
}

process.exitCode = main(process.argv.slice(2));

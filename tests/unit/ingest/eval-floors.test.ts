import { score } from '../../../src/ingest/eval';
import { CORPORA, scoreCorpus, type Corpus } from '../../../src/ingest/eval-corpora';
import { seedKnowledge } from './helpers';

/**
 * Regression floors of `npm run eval` (strict scores). seed: the issue's bar. dev and test: just
 * under the figures measured when they were set (see the closing note of issue 8); raise them as
 * the extraction improves. The test split is frozen: its floor only catches regressions, no rule
 * is tuned on it. (The rules of 2026-11-30's second session raised dev precision and recall and the
 * test split's relation recall, 0.194 to 0.217, and lowered its relation precision, 0.630 to 0.623;
 * that floor is 0.61, as the closing note of issue 8 says.)
 */
const FLOORS: Record<Corpus['name'], { entities: [number, number]; relations: [number, number] }> = {
  seed: { entities: [0.9, 0.95], relations: [0.95, 0.9] },
  dev: { entities: [0.62, 0.66], relations: [0.8, 0.535] },
  test: { entities: [0.48, 0.45], relations: [0.61, 0.21] },
};

describe('extraction quality floors (strict precision, recall)', () => {
  const knowledge = seedKnowledge();
  for (const corpus of CORPORA) {
    it(`${corpus.name} stays at or above its floors`, () => {
      const result = scoreCorpus(corpus, knowledge);
      expect(result).not.toBeNull();
      const floor = FLOORS[corpus.name];
      const e = score(result!.totals.entitiesStrict);
      const r = score(result!.totals.relationsStrict);
      expect({
        entityPrecision: e.precision >= floor.entities[0],
        entityRecall: e.recall >= floor.entities[1],
        relationPrecision: r.precision >= floor.relations[0],
        relationRecall: r.recall >= floor.relations[1],
      }).toEqual({ entityPrecision: true, entityRecall: true, relationPrecision: true, relationRecall: true });
    });
  }
});

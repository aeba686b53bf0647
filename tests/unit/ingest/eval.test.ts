import { evaluate, parseGold, score } from '../../../src/ingest/eval';
import type { GraphPatch } from '../../../src/ingest/types';

const gold = parseGold(
  `
article: a.md
entities:
  - { name: Arbitrum, type: Project }
  - { name: Optimistic Rollups, type: Technique, aliases: [ORU] }
  - { name: Ethereum, type: Network }
relations:
  - { s: Arbitrum, type: USES, o: Optimistic Rollups }
  - { s: Arbitrum, type: BUILT_ON, o: Ethereum }
`,
  'a.yaml',
);

const entity = (id: string, name: string, type: 'Project' | 'Technique' | 'Network' | 'Concept', aliases: string[] = []) => ({
  id,
  name,
  type,
  aliases,
  description: null,
  discovered: false,
  confidence: 1,
});

const patch = {
  article: { id: 'article:a', path: 'a.md', title: 'A', source: null, date: null, contentHash: '', length: 0 },
  entities: [entity('p:a', 'Arbitrum', 'Project'), entity('t:o', 'optimistic rollup', 'Technique'), entity('c:e', 'Ethereum', 'Concept')],
  mentions: [],
  relations: [
    { subjectId: 'p:a', type: 'USES', objectId: 't:o', confidence: 1, evidence: [] },
    { subjectId: 'c:e', type: 'ENABLES', objectId: 'p:a', confidence: 1, evidence: [] },
  ],
} satisfies GraphPatch;

describe('evaluate', () => {
  it('matches entities by name key, strict also by type', () => {
    const result = evaluate(gold, patch);
    expect(result.entities.lenient).toEqual({ matchedPredicted: 3, predicted: 3, matchedGold: 3, gold: 3 });
    expect(result.entities.strict).toEqual({ matchedPredicted: 2, predicted: 3, matchedGold: 2, gold: 3 });
  });

  it('matches relations by type when strict and in any direction when lenient', () => {
    const result = evaluate(gold, patch);
    expect(result.relations.strict).toEqual({ matchedPredicted: 1, predicted: 2, matchedGold: 1, gold: 2 });
    expect(result.relations.lenient).toEqual({ matchedPredicted: 2, predicted: 2, matchedGold: 2, gold: 2 });
    expect(result.missed).toEqual(['Arbitrum BUILT_ON Ethereum']);
    expect(result.spurious).toEqual(['c:e ENABLES p:a']);
  });

  it('computes precision, recall and F1', () => {
    expect(score({ matchedPredicted: 1, predicted: 2, matchedGold: 1, gold: 4 })).toEqual({ precision: 0.5, recall: 0.25, f1: 1 / 3 });
  });
});

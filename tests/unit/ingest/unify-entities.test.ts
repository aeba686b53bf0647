import { unifyEntities } from '../../../src/ingest/stages/unify-entities';
import type { EntityRecord, GraphPatch } from '../../../src/ingest/types';

const entity = (id: string, name: string, discovered = true): EntityRecord => ({ id, name, type: 'Project', aliases: [], description: null, discovered, confidence: 0.7 });
const patch = (article: string, entities: EntityRecord[], facts: [string, string][]): GraphPatch => ({
  article: { id: article, path: `${article}.md`, title: article, source: null, date: null, contentHash: article, length: 1 },
  entities,
  mentions: entities.map((e) => ({ entityId: e.id, start: 0, end: 1, surface: e.name, sentenceStart: 0, sentenceEnd: 1 })),
  relations: facts.map(([s, o]) => ({
    subjectId: s,
    type: 'USES',
    objectId: o,
    confidence: 0.9,
    evidence: [{ id: `${article}-${s}-${o}`, articleId: article, sentence: 's', start: 0, end: 1, section: null, rule: 'cue:uses', confidence: 0.9 }],
  })),
});

describe('unifyEntities', () => {
  it('gives a discovered name the id the graph already has for its name key', () => {
    const [out] = unifyEntities(
      [patch('a', [entity('technique:quillwork', 'Quillwork'), entity('network:solana', 'Solana', false)], [['technique:quillwork', 'network:solana']])],
      new Map([['quillwork', 'project:quillwork']]),
    );
    expect(out?.entities.map((e) => e.id)).toEqual(['project:quillwork', 'network:solana']);
    expect(out?.mentions.map((m) => m.entityId)).toEqual(['project:quillwork', 'network:solana']);
    expect(out?.relations.map((r) => `${r.subjectId} ${r.objectId}`)).toEqual(['project:quillwork network:solana']);
  });

  it('lets the first article of a batch decide the id of a name the graph lacks', () => {
    const out = unifyEntities([patch('a', [entity('project:harbor', 'Harbor')], []), patch('b', [entity('concept:harbor', 'harbor')], [])], new Map());
    expect(out.map((p) => p.entities[0]?.id)).toEqual(['project:harbor', 'project:harbor']);
  });

  it('never moves catalog entities, and drops a relation that becomes a loop', () => {
    const out = unifyEntities(
      [patch('a', [entity('concept:rollups', 'Rollups', false), entity('technique:harbor', 'Harbor'), entity('concept:harbor-x', 'Harbor')], [['technique:harbor', 'concept:harbor-x']])],
      new Map([['rollup', 'technique:rollups']]),
    );
    expect(out[0]?.entities.map((e) => e.id)).toEqual(['concept:rollups', 'technique:harbor']);
    expect(out[0]?.relations).toEqual([]);
  });
});

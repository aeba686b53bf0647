import { analyze } from '../../../src/ingest/pipeline';
import { articleOf, seedKnowledge } from './helpers';

const knowledge = seedKnowledge();

describe('resolveEntities', () => {
  const paragraph = 'Loopring leverages zk-Rollups to enable cheap trading. It is fast.';
  const body = `Intro\n${paragraph}\nSection Two\n${paragraph}\nSection Three\nLoopring leverages zk-Rollups for payments.\n`;

  it('keeps one piece of evidence for a repeated paragraph and one per other sentence', () => {
    const { patch } = analyze(articleOf(body), knowledge);
    const uses = patch.relations.find((r) => r.type === 'USES');
    expect(uses?.evidence.map((e) => [e.sentence, e.section, e.rule])).toEqual([
      ['Loopring leverages zk-Rollups to enable cheap trading.', 'Intro', 'cue:leverages'],
      ['Loopring leverages zk-Rollups for payments.', 'Section Three', 'cue:leverages'],
    ]);
    for (const e of uses?.evidence ?? []) expect(body.slice(e.start, e.end)).toBe(e.sentence);
  });

  it('derives evidence ids from article, relation and sentence only', () => {
    const a = analyze(articleOf(body), knowledge).patch.relations[0]?.evidence[0]?.id;
    const b = analyze(articleOf(`Other Title\n\n\n${body}`), knowledge).patch.relations[0]?.evidence[0]?.id;
    const c = analyze(articleOf(body, 'other.md'), knowledge).patch.relations[0]?.evidence[0]?.id;
    expect(a).toMatch(/^[0-9a-f]{64}$/);
    expect(b).toBe(a);
    expect(c).not.toBe(a);
  });

  it('merges a discovered name with its acronym but not with its former name', () => {
    const { patch } = analyze(articleOf('Intro\nThe Frontier Model Forum (FMF), formerly known as Frontier Group, funds safety work. FMF relies on fraud proofs.\n'), knowledge);
    const discovered = patch.entities.filter((e) => e.discovered).map((e) => [e.id, e.aliases]);
    expect(discovered).toEqual([
      ['organization:frontier-group', []],
      ['organization:frontier-model-forum', ['FMF']],
    ]);
    expect(patch.relations.map((r) => `${r.subjectId} ${r.type} ${r.objectId}`)).toEqual([
      'organization:frontier-model-forum FORMERLY_KNOWN_AS organization:frontier-group',
      'organization:frontier-model-forum USES technique:fraud-proofs',
    ]);
  });

  it('lists catalog entities with their catalog data and mentions with sentence offsets', () => {
    const { patch } = analyze(articleOf(body), knowledge);
    expect(patch.entities.find((e) => e.id === 'project:loopring')).toMatchObject({ discovered: false, confidence: 1, description: expect.any(String) });
    for (const m of patch.mentions) expect(body.slice(m.start, m.end)).toBe(m.surface);
  });
});

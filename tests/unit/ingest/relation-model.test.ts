import { parseGold } from '../../../src/ingest/eval';
import { buildKnowledge, RELATION_MODEL_FILE, readKnowledgeFiles } from '../../../src/ingest/knowledge';
import { relationExamples } from '../../../src/ingest/learn/examples';
import { analyze } from '../../../src/ingest/pipeline';
import { recognizeEntities } from '../../../src/ingest/stages/recognize-entities';
import { mentionPairs, RELATION_LABELS, type RelationModel } from '../../../src/ingest/stages/relation-model';
import { segment } from '../../../src/ingest/stages/segment';
import { articleOf, seedKnowledge } from './helpers';

/** A weight row voting for one label. */
function toward(label: string, weight: number): number[] {
  return RELATION_LABELS.map((l) => (l === label ? weight : 0));
}

/** "X absorbed Y" reads as Y PART_OF X (the second name, backwards); "rely" as an alternative, to show rules win. */
const model: RelationModel = {
  labels: [...RELATION_LABELS],
  weights: { 'V0:absorb': toward('PART_OF<', 9), 'V0:rely': toward('ALTERNATIVE_TO>', 9) },
  bias: RELATION_LABELS.map((l) => (l === 'NONE' ? 2 : 0)),
  threshold: 0.9,
  maxDistance: 8,
  confidenceScale: 0.5,
  proposes: ['PART_OF<', 'ALTERNATIVE_TO>', 'USES>'],
};

const relations = (body: string, withModel = true) =>
  analyze(articleOf(body), withModel ? { ...seedKnowledge(), relationModel: model } : seedKnowledge()).patch.relations.map((r) => `${r.subjectId} ${r.type} ${r.objectId} ${r.evidence[0]?.rule}`);

/** The mention pairs of an article's text, at most `maxDistance` words apart, with no rule candidates. */
function pairsOf(text: string, maxDistance: number) {
  const knowledge = seedKnowledge();
  const article = articleOf(text);
  const seg = segment(article, knowledge.lexicon);
  const { mentions, tokens } = recognizeEntities(article, seg, knowledge);
  return mentionPairs(mentions, tokens, [], knowledge.lexicon, maxDistance);
}

describe('relation model stage', () => {
  const body = 'Notes\nZorblax Dynamics quietly absorbed Quintel Vale last spring.\n';

  it('the rules alone relate nothing in a sentence with no cue', () => {
    expect(relations(body, false)).toEqual([]);
  });

  it('adds the relation it is sure of between two catalog names, in the direction its label gives, below the rules in confidence', () => {
    const { patch } = analyze(articleOf('Notes\nSolana quietly absorbed Polkadot last spring.\n'), { ...seedKnowledge(), relationModel: model });
    expect(patch.relations.map((r) => `${r.subjectId} ${r.type} ${r.objectId} ${r.evidence[0]?.rule}`)).toEqual(['network:polkadot PART_OF network:solana model']);
    const confidence = patch.relations[0]?.confidence ?? 1;
    expect(confidence).toBeGreaterThan(0.45);
    expect(confidence).toBeLessThanOrEqual(0.5);
  });

  it('proposes nothing for a discovered name (on real pages such proposals were mostly wrong)', () => {
    expect(relations(body)).toEqual([]);
  });

  it('adds only the labels it proposes', () => {
    const { patch } = analyze(articleOf('Notes\nSolana quietly absorbed Polkadot last spring.\n'), { ...seedKnowledge(), relationModel: { ...model, proposes: ['USES>'] } });
    expect(patch.relations).toEqual([]);
  });

  it('leaves a negated pair alone, and a pair a rule already related to the rule', () => {
    expect(relations('Notes\nSolana never absorbed Polkadot.\n')).toEqual([]);
    expect(relations('Notes\nZorblax Dynamics relies on zk-Rollups.\n')).toEqual(['project:zorblax-dynamics USES technique:zk-rollups cue:relies on']);
  });

  it('says nothing of a class that a rule already said of one of its kind in the sentence ("X is a rollup which uses Y")', () => {
    const uses: RelationModel = { ...model, weights: { 'V:use': toward('USES>', 9) } };
    const found = analyze(articleOf('Notes\nSolana is a rollup which uses fraud proofs.\n'), { ...seedKnowledge(), relationModel: uses }).patch.relations.map(
      (r) => `${r.subjectId} ${r.type} ${r.objectId}`,
    );
    expect(found).toEqual(expect.arrayContaining(['network:solana USES technique:fraud-proofs']));
    expect(found.filter((f) => f.startsWith('technique:rollups USES'))).toEqual([]);
  });

  it('drops a rule relation only past dropThreshold, when it is sure the sentence relates the pair not at all', () => {
    const doubt: RelationModel = { ...model, weights: { 'RULE:USES>': toward('NONE', 9) }, dropThreshold: 0.9 };
    const text = 'Notes\nZorblax Dynamics relies on zk-Rollups.\n';
    expect(analyze(articleOf(text), { ...seedKnowledge(), relationModel: doubt }).patch.relations).toEqual([]);
    expect(analyze(articleOf(text), { ...seedKnowledge(), relationModel: { ...doubt, dropThreshold: undefined } }).patch.relations).toHaveLength(1);
  });

  it('keeps every example a cue lists when it keeps one of them ("rollups such as A and B" are kinds of rollups alike)', () => {
    const doubt: RelationModel = { ...model, weights: { 'HB:starknet': toward('NONE', 9) }, dropThreshold: 0.9 };
    const text = 'Notes\nRollups such as Arbitrum and StarkNet post data.\n';
    const kinds = analyze(articleOf(text), { ...seedKnowledge(), relationModel: doubt }).patch.relations.map((r) => `${r.subjectId} ${r.type} ${r.objectId}`);
    expect(kinds).toEqual(['network:starknet IS_A technique:rollups', 'project:arbitrum IS_A technique:rollups']);
    // (Alone, the dropped example stays dropped.)
    expect(analyze(articleOf('Notes\nRollups such as StarkNet post data.\n'), { ...seedKnowledge(), relationModel: doubt }).patch.relations).toEqual([]);
  });

  it('keeps every name one cue lists as its object when it keeps one ("X supports A, B and C" uses each alike)', () => {
    const doubt: RelationModel = { ...model, weights: { 'HB:starknet': toward('NONE', 9) }, dropThreshold: 0.9 };
    const used = (text: string) => analyze(articleOf(text), { ...seedKnowledge(), relationModel: doubt }).patch.relations.map((r) => `${r.subjectId} ${r.type} ${r.objectId}`);
    expect(used('Notes\nZorblax Dynamics relies on Arbitrum and StarkNet.\n')).toEqual(['project:zorblax-dynamics USES network:starknet', 'project:zorblax-dynamics USES project:arbitrum']);
    // (Alone, the dropped object stays dropped.)
    expect(used('Notes\nZorblax Dynamics relies on StarkNet.\n')).toEqual([]);
  });

  it('pairs the names of one sentence in text order, never further apart than maxDistance', () => {
    const text = 'Notes\nZorblax Dynamics absorbed Quintel Vale, and after a long and winding year of talks also Marrowd Labs.\n';
    const pairs = (max: number) => pairsOf(text, max).map((p) => `${p.first.text} > ${p.second.text}`);
    expect(pairs(30)).toEqual(['Zorblax Dynamics > Quintel Vale', 'Zorblax Dynamics > Marrowd Labs', 'Quintel Vale > Marrowd Labs']);
    expect(pairs(3)).toEqual(['Zorblax Dynamics > Quintel Vale']);
  });

  it('reads no verb in a name between the pair, whatever the tagger made of it ("TEEs")', () => {
    const pair = pairsOf('Notes\nQuorrel uses TEEs and fraud proofs.\n', 30).find((p) => p.first.text === 'Quorrel' && p.second.text === 'fraud proofs');
    expect(pair?.features.filter((f) => f.startsWith('V:'))).toEqual(['V:use']);
  });

  it('learns from pairs labelled by the gold, leaving out a relation the gold quotes from another sentence', () => {
    const text = 'Notes\nZorblax Dynamics absorbed Quintel Vale.\nZorblax Dynamics and Quintel Vale share an office with Marrowd Labs.\n';
    const gold = parseGold(
      [
        'article: test.md',
        'entities:',
        '  - { name: Zorblax Dynamics, type: Organization }',
        '  - { name: Quintel Vale, type: Organization }',
        '  - { name: Marrowd Labs, type: Organization }',
        'relations:',
        '  - { s: Quintel Vale, type: PART_OF, o: Zorblax Dynamics, sentence: "Zorblax Dynamics absorbed Quintel Vale." }',
      ].join('\n'),
      'test.yaml',
    );
    const labels = relationExamples(articleOf(text), gold, seedKnowledge(), 20).map((e) => RELATION_LABELS[e.label]);
    // First sentence: the one pair, backwards. Second: the same pair is left out; both names with Marrowd Labs are no relation.
    expect(labels).toEqual(['PART_OF<', 'NONE', 'NONE']);
  });

  it('is loaded from the catalog folder, and a broken model file is reported and left out', () => {
    const files = readKnowledgeFiles('seed/catalog');
    expect(buildKnowledge(files).relationModel?.labels).toEqual(RELATION_LABELS);
    const broken = files.map((f) => (f.path.endsWith(RELATION_MODEL_FILE) ? { ...f, text: JSON.stringify({ ...model, labels: ['NONE', 'LIKES>'] }) } : f));
    const knowledge = buildKnowledge(broken);
    expect(knowledge.relationModel).toBeUndefined();
    expect(knowledge.issues.map((i) => i.message)).toEqual([expect.stringMatching(/the relation model is not used$/)]);
  });
});

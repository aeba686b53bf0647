import { buildKnowledge, readKnowledgeFiles, TYPE_MODEL_FILE } from '../../../src/ingest/knowledge';
import { TYPE_LABELS } from '../../../src/ingest/learn/examples';
import { predict, train } from '../../../src/ingest/learn/linear-model';
import { analyze } from '../../../src/ingest/pipeline';
import type { TypeModel } from '../../../src/ingest/stages/type-model';
import { articleOf, seedKnowledge } from './helpers';

/** A weight row voting for one label. */
function toward(label: string, weight: number): number[] {
  return TYPE_LABELS.map((l) => (l === label ? weight : 0));
}

describe('linear model', () => {
  const examples = [
    ...Array.from({ length: 20 }, () => ({ features: ['a', 'shared'], label: 0 })),
    ...Array.from({ length: 20 }, () => ({ features: ['b', 'shared'], label: 1 })),
    { features: ['once'], label: 1 },
  ];

  it('learns which features tell the labels apart', () => {
    const model = train(['X', 'Y'], examples);
    expect(predict(model, ['a'])[0]).toBeGreaterThan(0.9);
    expect(predict(model, ['b'])[1]).toBeGreaterThan(0.9);
    expect(predict(model, ['unknown']).reduce((x, y) => x + y, 0)).toBeCloseTo(1);
  });

  it('does not learn a feature seen in fewer items than minCount, and trains the same model twice', () => {
    const model = train(['X', 'Y'], examples, { epochs: 5, learningRate: 0.3, l2: 1e-4, threshold: 0.5, prune: 0.02, minCount: 2 });
    expect(Object.keys(model.weights)).toEqual(expect.arrayContaining(['a', 'b']));
    expect(Object.keys(model.weights)).not.toContain('once');
    expect(train(['X', 'Y'], examples)).toEqual(train(['X', 'Y'], examples));
  });
});

describe('type model stage', () => {
  const body = 'Notes\nZorblax Dynamics raised funding last year. Quintel Vale shipped a new wallet. Zorblax Dynamics relies on threshold signatures.\n';
  // "X raised ..." reads as an organization; a name whose head is "Vale" reads as no entity.
  const model: TypeModel = {
    labels: [...TYPE_LABELS],
    weights: { 'R1:raise': toward('Organization', 6), 'H:vale': toward('NONE', 8) },
    bias: TYPE_LABELS.map(() => 0),
    threshold: 0.4,
    dropThreshold: 0.7,
  };

  it('the rules alone type the name a project and keep the unrelated name', () => {
    const { patch } = analyze(articleOf(body), seedKnowledge());
    expect(patch.entities.map((e) => e.id)).toEqual(['organization:quintel-vale', 'project:zorblax-dynamics', 'technique:threshold-signatures']);
  });

  it('retypes a discovered name, drops a related-to-nothing name it takes for no entity, and keeps relations on the right mentions', () => {
    const { patch } = analyze(articleOf(body), { ...seedKnowledge(), typeModel: model });
    expect(patch.entities.map((e) => e.id)).toEqual(['organization:zorblax-dynamics', 'technique:threshold-signatures']);
    expect(patch.relations.map((r) => `${r.subjectId} ${r.type} ${r.objectId}`)).toEqual(['organization:zorblax-dynamics USES technique:threshold-signatures']);
    expect(patch.mentions.map((m) => m.surface)).toEqual(['Zorblax Dynamics', 'Zorblax Dynamics', 'threshold signatures']);
  });

  it('never drops a name a relation needs, nor retypes a catalog name', () => {
    const sure: TypeModel = { ...model, weights: { 'H:dynamics': toward('NONE', 8), 'H:rollups': toward('Organization', 8) } };
    const { patch } = analyze(articleOf('Notes\nZorblax Dynamics relies on zk-Rollups.\n'), { ...seedKnowledge(), typeModel: sure });
    expect(patch.entities.map((e) => e.id)).toEqual(['project:zorblax-dynamics', 'technique:zk-rollups']);
    expect(patch.relations.map((r) => `${r.subjectId} ${r.type} ${r.objectId}`)).toEqual(['project:zorblax-dynamics USES technique:zk-rollups']);
  });

  it('keeps the person type a field of people gives ("Authors: …"), however sure the model is of another', () => {
    const sure: TypeModel = { ...model, weights: { 'H:salur': toward('Organization', 8) } };
    const { patch } = analyze(articleOf('Notes\n\n**Authors:** Jane Roe and Ravik Mendo Salur.\n'), { ...seedKnowledge(), typeModel: sure });
    expect(patch.entities.map((e) => e.id)).toContain('person:ravik-mendo-salur');
  });

  it('drops a name a relation needs, with its relations, only past dropRelatedThreshold', () => {
    const sure: TypeModel = { ...model, weights: { 'H:dynamics': toward('NONE', 8) }, dropRelatedThreshold: 0.99 };
    const body2 = 'Notes\nZorblax Dynamics relies on zk-Rollups.\n';
    expect(analyze(articleOf(body2), { ...seedKnowledge(), typeModel: sure }).patch.relations).toEqual([]);
    const unsure: TypeModel = { ...sure, weights: { 'H:dynamics': toward('NONE', 3) } };
    expect(analyze(articleOf(body2), { ...seedKnowledge(), typeModel: unsure }).patch.relations).toHaveLength(1);
  });

  it('drops no coined word the article repeats five times or more, however sure the model is', () => {
    const sure: TypeModel = { ...model, weights: { 'H:quorhog': toward('NONE', 8), 'H:vale': toward('NONE', 8), 'H:quorrel': toward('NONE', 8), 'H:harbor': toward('NONE', 8) } };
    const repeated = (name: string, times: number) => `Notes\n${Array.from({ length: times }, (_, i) => `In step ${i + 1} the team ran ${name} again.`).join(' ')}\n`;
    const ids = (text: string) => analyze(articleOf(text), { ...seedKnowledge(), typeModel: sure }).patch.entities.map((e) => e.id);
    expect(ids(repeated('QuorHog', 5))).toEqual(['project:quorhog']);
    expect(ids(repeated('QuorHog', 4))).toEqual([]);
    expect(ids(repeated('Quintel Vale', 5))).toEqual([]);
    // (A capitalised word no dictionary holds is coined too; a dictionary word is not.)
    expect(ids(repeated('Quorrel', 5))).toEqual(['project:quorrel']);
    expect(ids(repeated('Harbor', 5))).toEqual([]);
  });

  it('drops no name the text defines with its acronym or gives a version, however sure the model is', () => {
    const sure: TypeModel = { ...model, weights: { 'H:vale': toward('NONE', 8), 'H:party': toward('NONE', 8) } };
    const ids = (text: string) => analyze(articleOf(text), { ...seedKnowledge(), typeModel: sure }).patch.entities.map((e) => e.id);
    expect(ids('Notes\nEach Quintel Vale shipped a wallet last year.\n')).toEqual([]);
    expect(ids('Notes\nEach Quintel Vale v2.0 shipped a wallet last year.\n')).toEqual(['project:quintel-vale-v2-0']);
    expect(ids('Notes\nEach Input Party (IP) holds a share of the data.\n')).toEqual(['concept:input-party']);
  });

  it('is loaded from the catalog folder, and a broken model file is reported and left out', () => {
    const files = readKnowledgeFiles('seed/catalog');
    expect(buildKnowledge(files).typeModel?.labels).toEqual(TYPE_LABELS);
    const broken = files.map((f) => (f.path.endsWith(TYPE_MODEL_FILE) ? { ...f, text: '{"labels": ["Project"]' } : f));
    const knowledge = buildKnowledge(broken);
    expect(knowledge.typeModel).toBeUndefined();
    expect(knowledge.issues.map((i) => i.message)).toEqual([expect.stringMatching(/^not valid JSON: .*; the type model is not used$/)]);
  });
});

import type { Db } from '../../src/db/driver';
import { createEntityRepository } from '../../src/db/repositories/entity.repository';
import { createRelationRepository, type RelationQuery } from '../../src/db/repositories/relation.repository';
import { createTraversalRepository } from '../../src/db/repositories/traversal.repository';
import type { RelationPage } from '../../src/domain/graph';
import { nameKey } from '../../src/domain/names';
import { RELATION_TYPES } from '../../src/domain/vocabulary';
import { fixtureId, writeL2Graph } from '../helpers/graph-fixture';
import { clearGraph, connectTestDb } from '../helpers/neo4j';

describe('entity, relation and traversal repositories', () => {
  let db: Db;
  beforeAll(async () => {
    db = await connectTestDb();
  });
  beforeEach(async () => {
    await clearGraph(db);
    await writeL2Graph(db);
  });
  afterAll(() => db.close());

  it('omits unknown ids', async () => {
    const found = await createEntityRepository(db).findByIds([fixtureId('Arbitrum'), 'project:unknown']);
    expect(found.map((e) => e.id)).toEqual([fixtureId('Arbitrum')]);
    expect(found[0]).toMatchObject({ name: 'Arbitrum', type: 'Project', discovered: false, confidence: 1 });
  });

  it('finds entities by the name key of a name or an alias', async () => {
    const found = await createEntityRepository(db).findByNameKeys([nameKey('matic'), nameKey('ZK rollup'), 'nothing']);
    expect(Object.fromEntries(found.map((f) => [f.key, f.entity.name]))).toEqual({ matic: 'Polygon', zkrollup: 'zk-Rollups' });
  });

  it('pages relations per entity in one query, with totals that ignore the page', async () => {
    const pages = await createRelationRepository(db).findRelationPages([fixtureId('Optimistic Rollups'), fixtureId('Bitcoin')], {
      direction: 'BOTH',
      types: RELATION_TYPES,
      after: null,
      limit: 2,
    });
    const oru = pages.find((p) => p.entityId === fixtureId('Optimistic Rollups'));
    expect(oru?.total).toBe(4);
    expect(oru?.items.map((r) => `${r.direction} ${r.type} ${r.other.name}`)).toEqual(['IN USES Arbitrum', 'IN USES Optimism']);
    expect(oru?.items[0]?.relKey).toBe(`${fixtureId('Arbitrum')}|USES|${fixtureId('Optimistic Rollups')}`);
    expect(pages.find((p) => p.entityId === fixtureId('Bitcoin'))?.items.map((r) => r.other.name)).toEqual(['Lightning Network']);
  });

  it('pages only the relations at or above minConfidence, with totals that count only them', async () => {
    // Arbitrum USES Optimistic Rollups and is BUILT_ON Ethereum (0.9 each); it USES the discovered Sequencer Set (0.6).
    const repo = createRelationRepository(db);
    const arbitrum = fixtureId('Arbitrum');
    const page = async (q: Partial<RelationQuery>) => (await repo.findRelationPages([arbitrum], { direction: 'BOTH', types: RELATION_TYPES, after: null, limit: 10, ...q }))[0];
    const shown = (p: RelationPage | undefined) => p?.items.map((r) => `${r.direction} ${r.type} ${r.other.name} ${r.confidence}`);

    expect((await page({}))?.total).toBe(3);
    const confident = await page({ minConfidence: 0.7 });
    expect(confident?.total).toBe(2);
    expect(shown(confident)).toEqual(['OUT BUILT_ON Ethereum 0.9', 'OUT USES Optimistic Rollups 0.9']);
    expect(shown(await page({ minConfidence: 0.6 }))).toContain('OUT USES Sequencer Set 0.6');
    expect(await page({ minConfidence: 0.95 })).toEqual({ entityId: arbitrum, total: 0, items: [] });

    const first = await page({ minConfidence: 0.7, limit: 1 });
    expect(first?.total).toBe(2);
    const second = await page({ minConfidence: 0.7, limit: 1, after: first?.items[0]?.sortKey ?? null });
    expect(second).toMatchObject({ total: 2, items: [{ type: 'USES', other: { name: 'Optimistic Rollups' } }] });
    const uses = await page({ minConfidence: 0.7, direction: 'OUT', types: ['USES'] });
    expect(shown(uses)).toEqual(['OUT USES Optimistic Rollups 0.9']);
    expect(uses?.total).toBe(1);
    expect((await repo.findRelationPages([fixtureId('Sequencer Set')], { direction: 'IN', types: ['USES'], after: null, limit: 10, minConfidence: 0.7 }))[0]?.total).toBe(0);
  });

  it('finds evidence by relation key with article offsets', async () => {
    const key = `${fixtureId('Arbitrum')}|USES|${fixtureId('Optimistic Rollups')}`;
    const rows = await createRelationRepository(db).findEvidenceByRelKeys([key], 10);
    expect(rows.map((r) => r.evidence.articleId).sort()).toEqual(['article:bitcoin-second-layers', 'article:layer-2-scaling']);
    for (const { evidence, article } of rows) {
      expect(evidence.end - evidence.start).toBe(evidence.sentence.length);
      expect(article?.id).toBe(evidence.articleId);
    }
    const strongest = [...rows].sort((a, b) => b.evidence.confidence - a.evidence.confidence || a.evidence.articleId.localeCompare(b.evidence.articleId))[0];
    const [first, ...more] = await createRelationRepository(db).findEvidenceByRelKeys([key], 1);
    expect(more).toEqual([]);
    expect(first?.evidence.id).toBe(strongest?.evidence.id);
  });

  it('finds the evidence a relation has from one article only', async () => {
    const key = `${fixtureId('Arbitrum')}|USES|${fixtureId('Optimistic Rollups')}`;
    const found = await createRelationRepository(db).findEvidenceInArticles([{ relKey: key, articleId: 'article:layer-2-scaling' }], 5);
    expect(found.length).toBeGreaterThan(0);
    expect(found.every((ev) => ev.articleId === 'article:layer-2-scaling' && ev.relKey === key)).toBe(true);
  });

  it('follows chains to the shortest path per entity, only through the allowed types', async () => {
    const traversal = createTraversalRepository(db);
    const start = { id: fixtureId('Fraud Proofs'), key: null };
    const result = await traversal.findRelated({ start, withEvidence: true, relation: 'USES', via: ['USES', 'IS_A', 'BUILT_ON'], direction: 'IN', maxHops: 3, limit: 10 });
    const found = result?.found ?? [];
    expect(result?.start.name).toBe('Fraud Proofs');
    expect([...(result?.evidence.keys() ?? [])].length).toBeGreaterThan(0);
    expect(found.map((r) => [r.entity.name, r.hops, r.path.nodes.map((n) => n.name)])).toEqual([
      ['Optimistic Rollups', 1, ['Optimistic Rollups', 'Fraud Proofs']],
      ['Arbitrum', 2, ['Arbitrum', 'Optimistic Rollups', 'Fraud Proofs']],
      ['Optimism', 2, ['Optimism', 'Optimistic Rollups', 'Fraud Proofs']],
    ]);
    const onlyBuiltOn = await traversal.findRelated({ start, withEvidence: false, relation: 'BUILT_ON', via: ['BUILT_ON'], direction: 'IN', maxHops: 3, limit: 10 });
    expect(onlyBuiltOn?.found).toEqual([]);
    const byName = await traversal.findRelated({ start: { id: null, key: nameKey('fraud proofs') }, withEvidence: false, relation: 'USES', via: ['USES'], direction: 'IN', maxHops: 1, limit: 10 });
    expect(byName?.start.id).toBe(fixtureId('Fraud Proofs'));
    const unknown = await traversal.findRelated({ start: { id: 'technique:nope', key: 'nope' }, withEvidence: false, relation: 'USES', via: ['USES'], direction: 'IN', maxHops: 1, limit: 10 });
    expect(unknown).toBeNull();
  });
});

import type { Db } from '../../src/db/driver';
import { createEntityRepository } from '../../src/db/repositories/entity.repository';
import { createRelationRepository, type RelationQuery } from '../../src/db/repositories/relation.repository';
import { applySchema } from '../../src/db/schema';
import { entityId } from '../../src/domain/ids';
import { nameKey } from '../../src/domain/names';
import { RELATION_TYPES, type EntityType, type RelationType } from '../../src/domain/vocabulary';
import { writePatch } from '../../src/ingest/stages/write-patch';
import { buildPatch, FIXTURE_INGESTED_AT, type FixtureEntity, type FixtureSentence } from '../helpers/graph-fixture';
import { clearGraph, connectTestDb, cypher } from '../helpers/neo4j';

// A dense entity with relations of several types in both directions, so pages of its relations cross
// (direction, type) groups, plus entities of several types for the name-ordered entity list.
const HUB: FixtureEntity = { type: 'Network', name: 'Hubnet', aliases: ['Hub Network'] };
const SPOKES: FixtureEntity[] = Array.from({ length: 24 }, (_, i) => ({
  type: (['Project', 'Technique', 'Organization'] as EntityType[])[i % 3] as EntityType,
  // Every 7th has the lower-case name of the next one (another type, so another id): the name order
  // then needs its tie-break by id.
  name: `${i % 7 === 0 ? 'SPOKE' : 'Spoke'} ${String(i % 7 === 0 ? i + 1 : i).padStart(2, '0')}`,
}));
const hubId = entityId(HUB.type, HUB.name);

function sentences(): FixtureSentence[] {
  return SPOKES.flatMap((s, i) => {
    const facts: [string, RelationType, string][] = [[s.name, 'BUILT_ON', HUB.name]];
    if (i % 3 === 0) facts.push([HUB.name, 'ALTERNATIVE_TO', s.name]);
    if (i % 4 === 0) facts.push([s.name, 'ALTERNATIVE_TO', HUB.name]);
    if (i % 5 === 0) facts.push([HUB.name, 'COMBINES', s.name]);
    if (i % 2 === 0) facts.push([HUB.name, 'USES', s.name]);
    return facts.map((fact) => ({ text: `${fact[0]} and ${fact[2]} (${fact[1]}).`, facts: [fact] }));
  });
}

// Written independently of the repository: every relation, sorted by direction|type|other id.
const ALL_RELATIONS = `
  MATCH (e:Entity {id: $id})-[r]-(o:Entity)
  WITH CASE WHEN startNode(r) = e THEN 'OUT' ELSE 'IN' END AS dir, type(r) AS type, o.id AS other
  WHERE type IN $types AND ($direction = 'BOTH' OR dir = $direction)
  RETURN dir + '|' + type + '|' + other AS key ORDER BY key`;

describe('pages over dense entities and the name order', () => {
  let db: Db;
  beforeAll(async () => {
    db = await connectTestDb();
    await clearGraph(db);
    const known = [HUB, ...SPOKES];
    await writePatch(db, buildPatch({ slug: 'hub', title: 'Hub', sentences: sentences() }, known), FIXTURE_INGESTED_AT);
  });
  afterAll(async () => {
    await clearGraph(db);
    await db.close();
  });

  const cases: [RelationQuery['direction'], readonly RelationType[]][] = [
    ['BOTH', RELATION_TYPES],
    ['OUT', RELATION_TYPES],
    ['IN', RELATION_TYPES],
    ['BOTH', ['ALTERNATIVE_TO', 'USES']],
    ['IN', ['USES']],
  ];

  it.each(cases)('walks every page of the relations (%s, %j) in cursor order, with the right total', async (direction, types) => {
    const expected = (await cypher(db, ALL_RELATIONS, { id: hubId, direction, types })).map((r) => String(r.key));
    const repo = createRelationRepository(db);
    for (const size of [1, 3, 7, 100]) {
      const seen: string[] = [];
      let after: string | null = null;
      for (let i = 0; i <= expected.length; i += 1) {
        const [page] = await repo.findRelationPages([hubId], { direction, types, after, limit: size + 1 });
        expect(page?.total ?? 0).toBe(expected.length);
        const items = page?.items ?? [];
        seen.push(...items.slice(0, size).map((x) => x.sortKey));
        if (items.length <= size) break;
        after = items[size - 1]?.sortKey ?? null;
      }
      expect(seen).toEqual(expected);
      const first = await repo.findEntityWithRelations({ id: null, key: nameKey('hub network') }, { direction, types, after: null, limit: size }, 2);
      expect(first?.entity.id).toBe(hubId);
      expect(first?.page.total).toBe(expected.length);
      expect(first?.page.items.map((x) => x.sortKey)).toEqual(expected.slice(0, size));
      for (const item of first?.page.items ?? []) {
        expect(first?.evidence.get(item.relKey)?.length).toBe(1);
        expect(first?.evidence.get(item.relKey)?.[0]?.article?.id).toBe(first?.evidence.get(item.relKey)?.[0]?.evidence.articleId);
        expect(item.relKey.split('|')).toContain(hubId);
      }
      // Without articles: the same evidence, no article read.
      const bare = await repo.findEntityWithRelations({ id: hubId, key: null }, { direction, types, after: null, limit: size }, 2, false);
      expect([...(bare?.evidence.values() ?? [])].flat().map((row) => [row.evidence.id, row.article])).toEqual([...(first?.evidence.values() ?? [])].flat().map((row) => [row.evidence.id, null]));
    }
  });

  it('gives an entity with no relations its row, with an empty page', async () => {
    await cypher(db, "CREATE (:Entity:Concept {id: 'concept:lonely', name: 'Lonely', type: 'Concept', nameKeys: ['lonely'], aliases: [], discovered: false, confidence: 1.0})");
    await applySchema(db);
    const found = await createRelationRepository(db).findEntityWithRelations({ id: null, key: 'lonely' }, { direction: 'BOTH', types: RELATION_TYPES, after: null, limit: 5 }, 3);
    expect(found?.entity.name).toBe('Lonely');
    expect(found?.page).toEqual({ entityId: 'concept:lonely', total: 0, items: [] });
    await cypher(db, "MATCH (e:Entity {id: 'concept:lonely'}) DETACH DELETE e");
  });

  it.each([
    [null, false],
    [null, true],
    [['Project'], false],
    [['Project', 'Network', 'Project'], true],
  ] as [EntityType[] | null, boolean][])('pages entities of types %j in name order (descending %s) with the right total', async (types, descending) => {
    const all = await cypher(db, 'MATCH (e:Entity) RETURN e.id AS id, e.name AS name, e.type AS type');
    const compare = (a: (typeof all)[number], b: (typeof all)[number]) => {
      const [x, y] = [String(a.name).toLowerCase(), String(b.name).toLowerCase()];
      return x < y ? -1 : x > y ? 1 : String(a.id) < String(b.id) ? -1 : 1;
    };
    const expected = all
      .filter((e) => types === null || types.includes(e.type as EntityType))
      .sort((a, b) => (descending ? -compare(a, b) : compare(a, b)))
      .map((e) => String(e.id));
    const repo = createEntityRepository(db);
    for (const size of [1, 4]) {
      const seen: string[] = [];
      let after: { key: string | number; id: string } | null = null;
      for (let i = 0; i <= expected.length; i += 1) {
        const rows = await repo.findPage({ filter: { types }, orderField: 'NAME', descending, after, limit: size + 1 });
        seen.push(...rows.slice(0, size).map((r) => r.entity.id));
        const last = rows[size - 1];
        if (rows.length <= size || !last) break;
        after = { key: last.sortKey, id: last.entity.id };
      }
      expect(seen).toEqual(expected);
    }
    expect(await repo.count({ types })).toBe(expected.length);
    const withTotal = await repo.findPageWithTotal({ filter: { types }, orderField: 'NAME', descending, after: null, limit: 3 });
    expect(withTotal.total).toBe(expected.length);
    expect(withTotal.rows.map((r) => r.entity.id)).toEqual(expected.slice(0, 3));
    const past = await repo.findPageWithTotal({ filter: { types }, orderField: 'NAME', descending, after: { key: descending ? '' : '\uffff', id: '' }, limit: 3 });
    expect(past).toEqual({ rows: [], total: expected.length });
  });

  it('fills the lookup and sort properties of a graph written before they existed', async () => {
    await cypher(db, 'MATCH (e:Entity) REMOVE e.nameKeyText, e.sortName');
    expect(await createEntityRepository(db).findByNameKeys([nameKey('Hub Network')])).toEqual([]);
    await applySchema(db);
    const [found] = await createEntityRepository(db).findByNameKeys([nameKey('Hub Network')]);
    expect(found?.entity.id).toBe(hubId);
    const [first] = await createEntityRepository(db).findPage({ filter: {}, orderField: 'NAME', descending: false, after: null, limit: 1 });
    expect(first?.entity.name).toBe('Hubnet');
  });
});

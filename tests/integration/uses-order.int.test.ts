import type { Db } from '../../src/db/driver';
import { createRelationRepository } from '../../src/db/repositories/relation.repository';
import { createTraversalRepository } from '../../src/db/repositories/traversal.repository';
import { applySchema } from '../../src/db/schema';
import { entityId } from '../../src/domain/ids';
import type { EntityType } from '../../src/domain/vocabulary';
import { syncCatalog, writePatch } from '../../src/ingest/stages/write-patch';
import type { EntityRecord, GraphPatch } from '../../src/ingest/types';
import { clearGraph, connectTestDb, cypher } from '../helpers/neo4j';

// The users of an entity are paged from copies of the relationship's ends (subjectId, objectId and the
// subject's sortName) in the ordered USES indexes. These tests change names through every write path
// and check the pages against orders computed from the entities themselves.

const entity = (type: EntityType, name: string, discovered = false, aliases: string[] = []): EntityRecord => ({
  id: entityId(type, name),
  name,
  type,
  aliases,
  description: null,
  discovered,
  confidence: discovered ? 0.6 : 1,
});

const fraud = entity('Technique', 'Fraud Proofs');
const users = [
  entity('Project', 'Zephyr'),
  entity('Project', 'arbitrum'),
  entity('Project', 'Bedrock'),
  entity('Network', 'Bedrock'),
  entity('Project', 'Cannon', true),
  entity('Project', 'Delta Chain', true),
];

/** Article `id` saying that each of `subjects` uses Fraud Proofs. */
function patch(id: string, subjects: EntityRecord[]): GraphPatch {
  return {
    article: { id, path: `${id}.md`, title: id, source: null, date: null, contentHash: `hash-${id}-${subjects.map((s) => s.id).join()}`, length: 100 },
    entities: [fraud, ...subjects],
    mentions: [fraud, ...subjects].map((e, i) => ({ entityId: e.id, start: i * 10, end: i * 10 + 5, surface: e.name, sentenceStart: 0, sentenceEnd: 50 })),
    relations: subjects.map((s, i) => ({
      subjectId: s.id,
      type: 'USES' as const,
      objectId: fraud.id,
      confidence: 0.9,
      evidence: [{ id: `${id}-ev-${i}`, articleId: id, sentence: `${s.name} uses fraud proofs.`, start: 0, end: 10, section: null, rule: 'cue:uses', confidence: 0.9 }],
    })),
  };
}

// Written from the entities, not the copies: the orders the pages must have.
const BY_NAME = `MATCH (x:Entity)-[:USES]->(:Entity {id: $id}) RETURN x.id AS id ORDER BY toLower(x.name), x.id`;
const BY_ID = `MATCH (x:Entity)-[:USES]->(:Entity {id: $id}) RETURN x.id AS id ORDER BY x.id`;
const STALE_COPIES = `
  MATCH (s:Entity)-[r]->(o:Entity)
  WHERE r.subjectId IS NULL OR r.subjectId <> s.id OR r.objectId IS NULL OR r.objectId <> o.id
    OR r.subjectSortName IS NULL OR r.subjectSortName <> toLower(s.name)
  RETURN count(r) AS n`;

describe('pages of the users of an entity, from the ordered USES indexes', () => {
  let db: Db;
  beforeAll(async () => {
    db = await connectTestDb();
  });
  afterAll(async () => {
    await clearGraph(db);
    await db.close();
  });
  beforeEach(async () => {
    await clearGraph(db);
    await syncCatalog(db, [fraud, ...users.filter((u) => !u.discovered)]);
    await writePatch(db, patch('a1', users.slice(0, 4)), new Date('2026-01-01T00:00:00Z'));
    await writePatch(db, patch('a2', users.slice(3)), new Date('2026-01-01T00:00:00Z'));
  });

  const expected = async (statement: string) => (await cypher(db, statement, { id: fraud.id })).map((r) => String(r.id));
  /** `usedBy` (id order) and one-hop `solutionsUsing` (name order), `limit` each. */
  const pages = async (limit: number) => {
    const [byId] = await createRelationRepository(db).findRelationPages([fraud.id], { direction: 'IN', types: ['USES'], after: null, limit });
    const related = await createTraversalRepository(db).findRelated({
      start: { id: fraud.id, key: null },
      withEvidence: false,
      relation: 'USES',
      via: ['USES'],
      direction: 'IN',
      maxHops: 1,
      limit,
    });
    return { byId: byId?.items.map((x) => x.other.id), total: byId?.total, byName: related?.found.map((f) => f.entity.id) };
  };
  const expectPagesRight = async () => {
    const names = await expected(BY_NAME);
    const ids = await expected(BY_ID);
    expect(names).toHaveLength(users.length);
    for (const limit of [1, 3, 20]) expect(await pages(limit)).toEqual({ byId: ids.slice(0, limit), total: ids.length, byName: names.slice(0, limit) });
    expect(await cypher(db, STALE_COPIES)).toEqual([{ n: 0 }]);
  };

  it('pages by id and by name (any case, then id) as written by the ingest', async () => {
    await expectPagesRight();
    expect((await pages(3)).byName).toEqual([entityId('Project', 'arbitrum'), entityId('Network', 'Bedrock'), entityId('Project', 'Bedrock')]);
  });

  it('moves a catalog entity renamed by the catalog to its new place in the name order', async () => {
    const renamed = { ...users[1], name: 'Zulu' } as EntityRecord;
    await syncCatalog(db, [renamed]);
    await expectPagesRight();
    expect((await pages(20)).byName?.at(-1)).toBe(renamed.id);
  });

  it('keeps the copies right when a discovered entity gains names and when an article is written again without some users', async () => {
    const cannon = { ...users[4], aliases: ['Cannon VM'] } as EntityRecord;
    await writePatch(db, patch('a3', [cannon]), new Date('2026-01-02T00:00:00Z'));
    await expectPagesRight();
    await writePatch(db, patch('a2', users.slice(3, 5)), new Date('2026-01-03T00:00:00Z'));
    expect(await expected(BY_ID)).not.toContain(users[5]?.id);
    const ids = await expected(BY_ID);
    expect((await pages(20)).byId).toEqual(ids);
    expect(await cypher(db, STALE_COPIES)).toEqual([{ n: 0 }]);
  });

  it('fills missing copies and repairs a stale sort name on a graph written before them', async () => {
    await cypher(db, 'MATCH (:Entity)-[r]->(:Entity) WHERE r.subjectId STARTS WITH "project:" REMOVE r.subjectId, r.objectId, r.subjectSortName');
    await cypher(db, 'MATCH (s:Entity {id: $id})-[r]->(:Entity) SET r.subjectSortName = "aaa"', { id: entityId('Network', 'Bedrock') });
    // The pages read the copies: before the backfill they miss the projects and misplace Bedrock.
    expect((await pages(20)).byId).toEqual([entityId('Network', 'Bedrock')]);
    await applySchema(db);
    await expectPagesRight();
  });
});

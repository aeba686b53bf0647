import type { Db } from '../../src/db/driver';
import { entityId } from '../../src/domain/ids';
import type { EntityType, RelationType } from '../../src/domain/vocabulary';
import { syncCatalog, writePatch, writePatches } from '../../src/ingest/stages/write-patch';
import type { EntityRecord, GraphPatch } from '../../src/ingest/types';
import { clearGraph, connectTestDb, cypher } from '../helpers/neo4j';

const entity = (type: EntityType, name: string, discovered = false): EntityRecord => ({
  id: entityId(type, name),
  name,
  type,
  aliases: [],
  description: null,
  discovered,
  confidence: discovered ? 0.6 : 1,
});

/** A patch for article `id` stating each [subject, type, object, sentence]. */
function patch(id: string, entities: EntityRecord[], facts: [EntityRecord, RelationType, EntityRecord, string][]): GraphPatch {
  return {
    article: { id, path: `${id}.md`, title: id, source: null, date: null, contentHash: `hash-${id}-${facts.length}`, length: 100 },
    entities,
    mentions: entities.map((e, i) => ({ entityId: e.id, start: i * 10, end: i * 10 + 5, surface: e.name, sentenceStart: 0, sentenceEnd: 50 })),
    relations: facts.map(([s, type, o, sentence], i) => ({
      subjectId: s.id,
      type,
      objectId: o.id,
      confidence: 0.9,
      evidence: [{ id: `${id}-ev-${i}-${sentence}`, articleId: id, sentence, start: 0, end: sentence.length, section: 'Intro', rule: 'cue:uses', confidence: 0.9 }],
    })),
  };
}

async function snapshot(db: Db): Promise<unknown> {
  const nodes = await cypher(db, 'MATCH (n) WHERE NOT n:IngestLock AND NOT n:GraphVersion RETURN labels(n) AS labels, properties(n) AS p ORDER BY coalesce(n.id, "")');
  const rels = await cypher(db, 'MATCH (a)-[r]->(b) RETURN a.id AS a, type(r) AS t, properties(r) AS p, b.id AS b ORDER BY a, t, b');
  const strip = (p: Record<string, unknown>) => ({ ...p, ingestedAt: undefined });
  return { nodes: nodes.map((n) => ({ ...n, p: strip(n.p as Record<string, unknown>) })), rels };
}

describe('write stage', () => {
  let db: Db;
  const arbitrum = entity('Project', 'Arbitrum');
  const optimistic = entity('Technique', 'Optimistic Rollups');
  const fraud = entity('Technique', 'Fraud Proofs');
  const newcomer = entity('Project', 'Nova Chain', true);
  const at = new Date('2026-01-01T00:00:00Z');

  beforeAll(async () => {
    db = await connectTestDb();
  });
  afterAll(() => db.close());
  beforeEach(async () => {
    await clearGraph(db);
    await syncCatalog(db, [arbitrum, optimistic, fraud]);
  });

  it('writes typed relationships with the dynamic type form, labels and evidence', async () => {
    const stats = await writePatch(
      db,
      patch(
        'a1',
        [arbitrum, optimistic, fraud],
        [
          [arbitrum, 'USES', optimistic, 'Arbitrum employs Optimistic Rollups.'],
          [optimistic, 'USES', fraud, 'Fraud proofs secure it.'],
        ],
      ),
      at,
    );
    expect(stats).toMatchObject({ relationsAdded: 2, evidenceAdded: 2, relationsRemoved: 0 });
    const rows = await cypher(db, 'MATCH (s)-[r:USES]->(o) RETURN s.id AS s, o.id AS o, r.evidenceCount AS n, r.confidence AS c ORDER BY s');
    expect(rows).toEqual([
      { s: 'project:arbitrum', o: 'technique:optimistic-rollups', n: 1, c: 0.9 },
      { s: 'technique:optimistic-rollups', o: 'technique:fraud-proofs', n: 1, c: 0.9 },
    ]);
    const labels = await cypher(db, 'MATCH (e:Entity:Technique) RETURN count(e) AS n');
    expect(labels).toEqual([{ n: 2 }]);
    const evidence = await cypher(
      db,
      'MATCH (:Article {id: "a1"})-[:HAS_EVIDENCE]->(ev:Evidence {relKey: "project:arbitrum|USES|technique:optimistic-rollups"}) RETURN ev.sentence AS s, ev.section AS section',
    );
    expect(evidence).toEqual([{ s: 'Arbitrum employs Optimistic Rollups.', section: 'Intro' }]);
  });

  it('keeps one entity per name across articles that type it differently, in one batch and across batches', async () => {
    const eth = entity('Network', 'Ethereum');
    const asProject = entity('Project', 'Quillwork', true);
    const asTechnique = entity('Technique', 'Quillwork', true);
    const asConcept = entity('Concept', 'Quillwork', true);
    await writePatches(
      db,
      [patch('a1', [asProject, eth], [[asProject, 'BUILT_ON', eth, 'Quillwork runs on Ethereum.']]), patch('a2', [asTechnique, eth], [[eth, 'USES', asTechnique, 'Ethereum uses Quillwork.']])],
      { ingestedAt: new Date() },
    );
    await writePatch(db, patch('a3', [asConcept, eth], [[asConcept, 'ALTERNATIVE_TO', eth, 'Quillwork is an alternative to Ethereum.']]), new Date());
    const rows = await cypher(
      db,
      "MATCH (e:Entity) WHERE e.name = 'Quillwork' OPTIONAL MATCH (e)-[r]-(:Entity) RETURN e.id AS id, count(r) AS relations, COUNT { (:Article)-[:MENTIONS]->(e) } AS articles",
    );
    expect(rows).toEqual([{ id: 'project:quillwork', relations: 3, articles: 3 }]);
  });

  it('changes nothing when the same patch is written twice', async () => {
    const p = patch(
      'a1',
      [arbitrum, optimistic, newcomer],
      [
        [arbitrum, 'USES', optimistic, 'x'],
        [newcomer, 'ALTERNATIVE_TO', arbitrum, 'y'],
      ],
    );
    await writePatch(db, p, at);
    const first = await snapshot(db);
    const stats = await writePatch(db, p, at);
    expect(stats).toEqual({ entitiesAdded: 0, entitiesRemoved: 0, relationsAdded: 0, relationsRemoved: 0, evidenceAdded: 0, evidenceRemoved: 0 });
    expect(await snapshot(db)).toEqual(first);
  });

  it('replaces an article’s evidence, deleting relations and discovered entities nothing supports any more', async () => {
    await writePatch(
      db,
      patch(
        'a1',
        [arbitrum, optimistic, newcomer],
        [
          [arbitrum, 'USES', optimistic, 'x'],
          [newcomer, 'ALTERNATIVE_TO', arbitrum, 'y'],
        ],
      ),
      at,
    );
    const stats = await writePatch(db, patch('a1', [arbitrum, fraud], [[arbitrum, 'USES', fraud, 'z']]), at);
    expect(stats).toEqual({ entitiesAdded: 0, entitiesRemoved: 1, relationsAdded: 1, relationsRemoved: 2, evidenceAdded: 1, evidenceRemoved: 2 });
    const rels = await cypher(db, 'MATCH (s:Entity)-[r]->(o:Entity) RETURN s.id + " " + type(r) + " " + o.id AS r');
    expect(rels).toEqual([{ r: 'project:arbitrum USES technique:fraud-proofs' }]);
    expect(await cypher(db, 'MATCH (e:Entity {discovered: true}) RETURN count(e) AS n')).toEqual([{ n: 0 }]);
    expect(await cypher(db, 'MATCH (e:Entity {discovered: false}) RETURN count(e) AS n')).toEqual([{ n: 3 }]);
  });

  it('keeps a relation while another article still supports it', async () => {
    await writePatches(db, [patch('a1', [arbitrum, optimistic], [[arbitrum, 'USES', optimistic, 'one']]), patch('a2', [arbitrum, optimistic], [[arbitrum, 'USES', optimistic, 'two']])], {
      ingestedAt: at,
    });
    expect(await cypher(db, 'MATCH ()-[r:USES]->() RETURN r.evidenceCount AS n')).toEqual([{ n: 2 }]);
    const stats = await writePatches(db, [], { ingestedAt: at, removeArticleIds: ['a1'] });
    expect(stats).toMatchObject({ relationsRemoved: 0, evidenceRemoved: 1 });
    expect(await cypher(db, 'MATCH ()-[r:USES]->() RETURN r.evidenceCount AS n')).toEqual([{ n: 1 }]);
    expect(await cypher(db, 'MATCH (a:Article) RETURN a.id AS id')).toEqual([{ id: 'a2' }]);
  });

  it('reports the same counts in a dry run and writes nothing', async () => {
    const before = await snapshot(db);
    const p = patch(
      'a1',
      [arbitrum, optimistic, newcomer],
      [
        [arbitrum, 'USES', optimistic, 'x'],
        [newcomer, 'ALTERNATIVE_TO', arbitrum, 'y'],
      ],
    );
    const dry = await writePatches(db, [p], { ingestedAt: at, dryRun: true });
    expect(await snapshot(db)).toEqual(before);
    const real = await writePatches(db, [p], { ingestedAt: at });
    expect(dry).toEqual(real);
    expect(real).toMatchObject({ entitiesAdded: 1, relationsAdded: 2, evidenceAdded: 2 });
  });

  it('stores mentions with their offsets and lookup keys for names', async () => {
    await writePatch(db, patch('a1', [arbitrum, { ...optimistic, aliases: ['ORUs'] }], []), at);
    const rows = await cypher(db, 'MATCH (:Article {id: "a1"})-[m:MENTIONS]->(e) RETURN e.id AS id, m.starts AS starts, m.count AS count ORDER BY id');
    expect(rows).toEqual([
      { id: 'project:arbitrum', starts: [0], count: 1 },
      { id: 'technique:optimistic-rollups', starts: [10], count: 1 },
    ]);
    const keys = await cypher(db, 'MATCH (e:Entity {id: "technique:fraud-proofs"}) RETURN e.nameKeys AS k');
    expect(keys).toEqual([{ k: ['fraudproof'] }]);
  });
});

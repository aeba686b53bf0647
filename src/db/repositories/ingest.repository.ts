import type { Db, Tx } from '../driver';

// All statements take lists so one round trip serves a whole batch of articles.

// Counts come from the count store (constant time) and include the transaction's own changes;
// "added" is derived as after - before + removed, so the MERGEs need no bookkeeping.
export const COUNT_GRAPH = /* cypher */ `
  CALL () { MATCH (e:Entity) RETURN count(e) AS entities }
  CALL () { MATCH (ev:Evidence) RETURN count(ev) AS evidence }
  RETURN entities, evidence`;

export const FIND_ARTICLE_STATE = /* cypher */ `
  MATCH (ev:Evidence) WHERE ev.articleId IN $articleIds
  RETURN ev.id AS id, ev.relKey AS relKey`;

export const FIND_MENTIONED_DISCOVERED = /* cypher */ `
  MATCH (a:Article)-[:MENTIONS]->(e:Entity {discovered: true}) WHERE a.id IN $articleIds
  RETURN DISTINCT e.id AS id`;

export const DELETE_STALE_EVIDENCE = /* cypher */ `
  MATCH (ev:Evidence) WHERE ev.articleId IN $articleIds AND NOT ev.id IN $keepIds
  DETACH DELETE ev
  RETURN count(*) AS removed`;

export const DELETE_MENTIONS = /* cypher */ `
  MATCH (a:Article)-[m:MENTIONS]->() WHERE a.id IN $articleIds
  DELETE m`;

export const MERGE_ARTICLES = /* cypher */ `
  UNWIND $rows AS row
  MERGE (a:Article {id: row.id})
  SET a += row, a.ingestedAt = datetime($ingestedAt), a.knowledgeHash = $knowledgeHash,
    a.folder = coalesce($folder, a.folder)`;

export const MERGE_ENTITIES = /* cypher */ `
  UNWIND $rows AS row
  MERGE (e:Entity {id: row.id})
  ON CREATE SET e += row, e:$(row.type)
  ON MATCH SET e.aliases = CASE WHEN e.discovered
      THEN e.aliases + [x IN row.aliases WHERE NOT x IN e.aliases] ELSE e.aliases END,
    e.nameKeys = CASE WHEN e.discovered
      THEN e.nameKeys + [x IN row.nameKeys WHERE NOT x IN e.nameKeys] ELSE e.nameKeys END
  WITH e, reduce(s = '', k IN coalesce(e.nameKeys, []) | s + ' ' + k) AS keyText
  // Only when they change: every write of nameKeyText is a full-text index update.
  WITH e, keyText WHERE e.sortName IS NULL OR e.nameKeyText IS NULL OR e.nameKeyText <> keyText
  SET e.nameKeyText = reduce(s = '', k IN coalesce(e.nameKeys, []) | s + ' ' + k), e.sortName = toLower(e.name)
  WITH e
  CALL (e) { MATCH (e)-[r]->(:Entity) WHERE r.subjectSortName IS NULL OR r.subjectSortName <> e.sortName SET r.subjectSortName = e.sortName }`;

export const SYNC_CATALOG = /* cypher */ `
  UNWIND $rows AS row
  MERGE (e:Entity {id: row.id})
  SET e += row, e:$(row.type)
  SET e.nameKeyText = reduce(s = '', k IN coalesce(e.nameKeys, []) | s + ' ' + k), e.sortName = toLower(e.name)
  WITH e
  CALL (e) { MATCH (e)-[r]->(:Entity) WHERE r.subjectSortName IS NULL OR r.subjectSortName <> e.sortName SET r.subjectSortName = e.sortName }`;

export const CREATE_MENTIONS = /* cypher */ `
  UNWIND $rows AS row
  MATCH (a:Article {id: row.articleId})
  MATCH (e:Entity {id: row.entityId})
  CREATE (a)-[:MENTIONS {count: row.count, starts: row.starts, ends: row.ends,
    sentenceStarts: row.sentenceStarts, sentenceEnds: row.sentenceEnds, surfaces: row.surfaces}]->(e)`;

// A relation exists exactly while evidence with its key does (REFRESH_RELATIONS keeps it so), so
// "does it exist?" is an index lookup on Evidence.relKey instead of an expansion of dense nodes.
export const FIND_EXISTING_RELATIONS = /* cypher */ `
  UNWIND $keys AS key
  WITH key WHERE EXISTS { MATCH (:Evidence {relKey: key}) }
  RETURN key`;

// Every relationship carries copies of its ends (SET_RELATION_ENDS in src/db/schema.ts) for the ordered USES indexes.
export const CREATE_RELATIONS = /* cypher */ `
  UNWIND $rows AS row
  MATCH (s:Entity {id: row.subjectId})
  MATCH (o:Entity {id: row.objectId})
  CREATE (s)-[r:$(row.type)]->(o)
  SET r.subjectId = s.id, r.objectId = o.id, r.subjectSortName = coalesce(s.sortName, toLower(s.name))
  RETURN count(*) AS added`;

export const MERGE_EVIDENCE = /* cypher */ `
  UNWIND $rows AS row
  MATCH (a:Article {id: row.articleId})
  MERGE (ev:Evidence {id: row.id})
  SET ev += row
  MERGE (a)-[:HAS_EVIDENCE]->(ev)`;

export const REFRESH_RELATIONS = /* cypher */ `
  UNWIND $keys AS k
  MATCH (s:Entity {id: k.subjectId})-[r]->(o:Entity {id: k.objectId}) WHERE type(r) = k.type
  OPTIONAL MATCH (ev:Evidence {relKey: k.relKey})
  WITH r, count(ev) AS n, max(ev.confidence) AS confidence
  SET r.evidenceCount = n, r.confidence = confidence
  WITH r, n WHERE n = 0
  DELETE r
  RETURN count(*) AS removed`;

export const DELETE_ORPHAN_ENTITIES = /* cypher */ `
  UNWIND $ids AS id
  MATCH (e:Entity {id: id, discovered: true})
  WHERE NOT EXISTS { (:Article)-[:MENTIONS]->(e) }
  OPTIONAL MATCH (e)-[r]-(:Entity)
  WITH e, count(r) AS relations
  DETACH DELETE e
  RETURN count(e) AS removed, sum(relations) AS relationsRemoved`;

export const DELETE_ARTICLES = /* cypher */ `
  MATCH (a:Article) WHERE a.id IN $articleIds
  DETACH DELETE a`;

export const FIND_ARTICLE_HASHES = /* cypher */ `
  MATCH (a:Article)
  RETURN a.id AS id, coalesce(a.contentHash, '') + '/' + coalesce(a.knowledgeHash, '') AS hashes, a.folder AS folder`;

// Reads for a dry run: what the write statements would find, without taking a lock.
export const FIND_ENTITY_IDS = /* cypher */ `
  UNWIND $ids AS id
  MATCH (e:Entity {id: id})
  RETURN e.id AS id`;

export const COUNT_EVIDENCE_ELSEWHERE = /* cypher */ `
  UNWIND $keys AS k
  OPTIONAL MATCH (ev:Evidence {relKey: k.relKey}) WHERE NOT ev.articleId IN $articleIds
  WITH k, count(ev) AS others
  OPTIONAL MATCH (s:Entity {id: k.subjectId})-[r]->(o:Entity {id: k.objectId}) WHERE type(r) = k.type
  RETURN k.relKey AS relKey, others, count(r) AS relations`;

export const FIND_ORPHANED_BY = /* cypher */ `
  UNWIND $ids AS id
  MATCH (e:Entity {id: id, discovered: true})
  WHERE NOT EXISTS { MATCH (a:Article)-[:MENTIONS]->(e) WHERE NOT a.id IN $articleIds }
  OPTIONAL MATCH (e)-[r]-(o:Entity)
  RETURN e.id AS id, collect(CASE WHEN startNode(r) = e
    THEN e.id + '|' + type(r) + '|' + o.id ELSE o.id + '|' + type(r) + '|' + e.id END) AS relKeys`;

export const ACQUIRE_LOCK = /* cypher */ `
  MERGE (l:IngestLock {name: $name})
  WITH l, l.owner IS NULL OR l.expiresAt < datetime() OR l.owner = $owner OR l.owner IN $staleOwners AS free
  FOREACH (_ IN CASE WHEN free THEN [1] ELSE [] END |
    SET l.owner = $owner, l.expiresAt = datetime() + duration({milliseconds: $leaseMs}))
  RETURN free, l.owner AS owner, toString(l.expiresAt) AS expiresAt`;

// A new version token in the same transaction as the change, so a cached answer never outlives it.
export const BUMP_GRAPH_VERSION = /* cypher */ `
  MERGE (v:GraphVersion {name: 'graph'})
  SET v.version = randomUUID(), v.changedAt = datetime()`;

export const RELEASE_LOCK = /* cypher */ `
  MATCH (l:IngestLock {name: $name, owner: $owner})
  REMOVE l.owner, l.expiresAt`;

/** A relation's identity and the key of its evidence. */
export interface RelationKeyRow {
  subjectId: string;
  type: string;
  objectId: string;
  relKey: string;
}

export interface GraphCounts {
  entities: number;
  evidence: number;
}

/** What the graph holds for one article: `contentHash/knowledgeHash`, and its folder (null before folders were recorded). */
export interface StoredArticle {
  hashes: string;
  folder: string | null;
}

export interface LockState {
  free: boolean;
  owner: string;
  expiresAt: string;
}

const num = (rows: Record<string, unknown>[], key: string): number => Number(rows[0]?.[key] ?? 0);

// The entity already named by each key (its own name, not an alias): catalog first, then by id.
export const FIND_IDS_BY_NAME_KEYS = /* cypher */ `
  UNWIND $keys AS key
  CALL db.index.fulltext.queryNodes('entity_name_key', '"' + key + '"') YIELD node AS e
  WITH key, e WHERE e.nameKeys[0] = key
  WITH key, e ORDER BY e.discovered, e.id
  RETURN key, collect(e.id)[0] AS id`;

/** The write side of the graph, used only by the ingest's write stage, inside its transactions. */
export const ingestRepository = {
  findIdsByNameKeys: async (tx: Tx, keys: string[]) => new Map((keys.length === 0 ? [] : await tx.run(FIND_IDS_BY_NAME_KEYS, { keys })).map((r) => [String(r.key), String(r.id)] as const)),
  findEvidenceOf: async (tx: Tx, articleIds: string[]) => (await tx.run(FIND_ARTICLE_STATE, { articleIds })).map((r) => ({ id: String(r.id), relKey: String(r.relKey) })),
  findMentionedDiscovered: async (tx: Tx, articleIds: string[]) => (await tx.run(FIND_MENTIONED_DISCOVERED, { articleIds })).map((r) => String(r.id)),
  deleteStaleEvidence: async (tx: Tx, articleIds: string[], keepIds: string[]) => num(await tx.run(DELETE_STALE_EVIDENCE, { articleIds, keepIds }), 'removed'),
  deleteMentions: (tx: Tx, articleIds: string[]) => tx.run(DELETE_MENTIONS, { articleIds }),
  /** `folder` is the articles folder the rows were read from (null keeps the stored one). */
  mergeArticles: (tx: Tx, rows: Record<string, unknown>[], ingestedAt: string, knowledgeHash: string | null, folder: string | null) =>
    tx.run(MERGE_ARTICLES, { rows, ingestedAt, knowledgeHash, folder }),
  mergeEntities: (tx: Tx, rows: Record<string, unknown>[]) => tx.run(MERGE_ENTITIES, { rows }),
  syncCatalog: (tx: Tx, rows: Record<string, unknown>[]) => tx.run(SYNC_CATALOG, { rows }),
  createMentions: (tx: Tx, rows: Record<string, unknown>[]) => tx.run(CREATE_MENTIONS, { rows }),
  /** The keys, among `keys`, of relations that exist (have evidence) now. */
  findExistingRelations: async (tx: Tx, keys: string[]) => new Set((await tx.run(FIND_EXISTING_RELATIONS, { keys })).map((r) => String(r.key))),
  createRelations: async (tx: Tx, rows: RelationKeyRow[]) => num(await tx.run(CREATE_RELATIONS, { rows }), 'added'),
  mergeEvidence: (tx: Tx, rows: Record<string, unknown>[]) => tx.run(MERGE_EVIDENCE, { rows }),
  /** Entities and evidence in the graph, as this transaction sees it. */
  countGraph: async (tx: Tx): Promise<GraphCounts> => {
    const rows = await tx.run(COUNT_GRAPH);
    return { entities: num(rows, 'entities'), evidence: num(rows, 'evidence') };
  },
  refreshRelations: async (tx: Tx, keys: RelationKeyRow[]) => num(await tx.run(REFRESH_RELATIONS, { keys }), 'removed'),
  deleteOrphanEntities: async (tx: Tx, ids: string[]) => {
    const rows = await tx.run(DELETE_ORPHAN_ENTITIES, { ids });
    return { entities: num(rows, 'removed'), relations: num(rows, 'relationsRemoved') };
  },
  deleteArticles: (tx: Tx, articleIds: string[]) => tx.run(DELETE_ARTICLES, { articleIds }),
  /** Gives the graph a new version token (the response cache keys on it). */
  bumpGraphVersion: (tx: Tx) => tx.run(BUMP_GRAPH_VERSION),
  /** Article id → the content and knowledge hashes it was extracted with, and the folder it was read from. */
  findArticleHashes: async (db: Db): Promise<Map<string, StoredArticle>> =>
    new Map(await db.read(FIND_ARTICLE_HASHES, {}, (r) => [String(r.id), { hashes: String(r.hashes), folder: r.folder == null ? null : String(r.folder) }] as const)),
  /** The ids, among `ids`, of entities that exist. */
  findEntityIds: async (tx: Tx, ids: string[]) => new Set((await tx.run(FIND_ENTITY_IDS, { ids })).map((r) => String(r.id))),
  /** Per relation key: its evidence outside `articleIds`, and how many relationships carry it. */
  countEvidenceElsewhere: async (tx: Tx, keys: RelationKeyRow[], articleIds: string[]) =>
    (await tx.run(COUNT_EVIDENCE_ELSEWHERE, { keys, articleIds })).map((r) => ({ relKey: String(r.relKey), others: Number(r.others), relations: Number(r.relations) })),
  /** Discovered entities among `ids` that no article outside `articleIds` mentions, with their relations' keys. */
  findOrphanedBy: async (tx: Tx, ids: string[], articleIds: string[]) =>
    (await tx.run(FIND_ORPHANED_BY, { ids, articleIds })).map((r) => ({ id: String(r.id), relKeys: (r.relKeys as unknown[]).map(String) })),
  /** Takes (or renews) the lock when it is free, expired, ours, or held by one of `staleOwners`. */
  acquireLock: async (db: Db, name: string, owner: string, leaseMs: number, staleOwners: string[]): Promise<LockState> => {
    const [row] = await db.write(ACQUIRE_LOCK, { name, owner, leaseMs, staleOwners }, (r) => r);
    return { free: row?.free === true, owner: String(row?.owner ?? ''), expiresAt: String(row?.expiresAt ?? '') };
  },
  releaseLock: (db: Db, name: string, owner: string) => db.write(RELEASE_LOCK, { name, owner }, () => null),
};

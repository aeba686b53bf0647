import type { Article, ArticleMentions, Direction, Entity, Evidence, RelationPage } from '../../domain/graph';
import type { RelationType } from '../../domain/vocabulary';
import type { Db } from '../driver';
import { ARTICLE_FIELDS, ENTITY_FIELDS, EVIDENCE_FIELDS, relationType, toArticle, toEntity, toEvidence } from './mappers';

// The relations of `e` in the directions and types asked for, each with its evidence key and the
// sort key that is also its keyset cursor (direction|type|other id), in cursor order.
const RELATIONS_OF_E = /* cypher */ `
CALL (e) {
    MATCH (e)-[r]->(o:Entity)
    WHERE $direction IN ['OUT', 'BOTH'] AND type(r) IN $types
    RETURN r, o, 'OUT' AS dir, e.id + '|' + type(r) + '|' + o.id AS relKey
    UNION ALL
    MATCH (e)<-[r]-(o:Entity)
    WHERE $direction IN ['IN', 'BOTH'] AND type(r) IN $types
    RETURN r, o, 'IN' AS dir, o.id + '|' + type(r) + '|' + e.id AS relKey
  }
  WITH e, r, o, dir, relKey, dir + '|' + type(r) + '|' + o.id AS sortKey
  ORDER BY sortKey`;

// Each entity's relations in both directions, ordered by a key that is also the keyset cursor
// (direction|type|other id); `total` counts them all, `items` holds up to $limit after $after.
const FIND_RELATIONS_OF_ENTITIES = /* cypher */ `
  UNWIND $ids AS id
  MATCH (e:Entity {id: id})
  ${RELATIONS_OF_E}
  WITH e, collect({
    direction: dir, type: type(r), other: o { ${ENTITY_FIELDS} }, relKey: relKey,
    confidence: r.confidence, evidenceCount: r.evidenceCount, sortKey: sortKey
  }) AS rels
  RETURN e.id AS entityId, size(rels) AS total,
         [x IN rels WHERE $after IS NULL OR x.sortKey > $after][..toInteger($limit)] AS items`;

// The entity an argument names, in one statement: by id ($id, when the argument holds a colon) first,
// else the best entity with the name key $key (catalog before discovered, own name before alias).
// Same choice as `findByIds` then `findByNameKeys`, so the hot paths need no separate lookup.
export const MATCH_ENTITY_REF = /* cypher */ `
  CALL () {
    MATCH (t:Entity {id: $id}) RETURN t, 0 AS rank
    UNION ALL
    MATCH (t:Entity) WHERE $key IN t.nameKeys
    RETURN t, CASE t.discovered WHEN false THEN 1 WHEN true THEN 3 ELSE 5 END
              + CASE WHEN t.nameKeys[0] = $key THEN 0 ELSE 1 END AS rank
  }
  WITH t ORDER BY rank, t.id LIMIT 1`;

/** Evidence of the relation with key `relKeyExpr`, strongest first, each with its article: a list of maps. */
export const COLLECT_EVIDENCE = (relKeyExpr: string) => /* cypher */ `COLLECT {
    MATCH (ev:Evidence {relKey: ${relKeyExpr}})
    OPTIONAL MATCH (a:Article {id: ev.articleId})
    RETURN { evidence: ev { ${EVIDENCE_FIELDS} }, article: a { ${ARTICLE_FIELDS} } } AS found
    ORDER BY ev.confidence DESC, ev.articleId, ev.start
  }`;

// One entity (named as in MATCH_ENTITY_REF) with one page of its relations, as FIND_RELATIONS_OF_ENTITIES,
// and, when $withEvidence, the evidence of every relation on the page.
const FIND_ENTITY_WITH_RELATIONS = /* cypher */ `
  ${MATCH_ENTITY_REF}
  WITH t AS e
  ${RELATIONS_OF_E}
  WITH e, collect({ r: r, o: o, dir: dir, relKey: relKey, sortKey: sortKey }) AS rels
  WITH e, size(rels) AS total, [x IN rels WHERE $after IS NULL OR x.sortKey > $after][..toInteger($limit)] AS page
  CALL (page) {
    UNWIND page AS x
    WITH x, x.r AS r, x.o AS o
    RETURN collect({
      direction: x.dir, type: type(r), other: o { ${ENTITY_FIELDS} }, relKey: x.relKey,
      confidence: r.confidence, evidenceCount: r.evidenceCount, sortKey: x.sortKey,
      evidence: CASE WHEN $withEvidence THEN ${COLLECT_EVIDENCE('x.relKey')} ELSE null END
    }) AS items
  }
  RETURN e { ${ENTITY_FIELDS} } AS entity, total, items`;

const FIND_EVIDENCE_BY_REL_KEYS = /* cypher */ `
  MATCH (ev:Evidence) WHERE ev.relKey IN $keys
  OPTIONAL MATCH (a:Article {id: ev.articleId})
  RETURN ev { ${EVIDENCE_FIELDS} } AS evidence, a { ${ARTICLE_FIELDS} } AS article
  ORDER BY ev.confidence DESC, ev.articleId, ev.start`;

const FIND_MENTIONS_OF_ENTITIES = /* cypher */ `
  MATCH (a:Article)-[m:MENTIONS]->(e:Entity) WHERE e.id IN $ids
  RETURN e.id AS entityId, a.id AS articleId, m.count AS count,
    [i IN range(0, size(m.starts) - 1) | {
      start: m.starts[i], end: m.ends[i], surface: m.surfaces[i],
      sentenceStart: m.sentenceStarts[i], sentenceEnd: m.sentenceEnds[i],
      sentence: head([(a)-[:HAS_EVIDENCE]->(ev:Evidence) WHERE ev.start = m.sentenceStarts[i] | ev.sentence])
    }] AS occurrences
  ORDER BY a.id`;

/** How an API argument names an entity: `id` when it may be an id, `key` its `nameKey` (null when empty). */
export interface EntityRef {
  id: string | null;
  key: string | null;
}

/** Evidence rows as the evidence loader holds them: each with its article. */
export type EvidenceWithArticle = { evidence: Evidence; article: Article | null };

export function toEvidenceRows(value: unknown): EvidenceWithArticle[] {
  return (value as Record<string, unknown>[]).map((f) => ({ evidence: toEvidence(f.evidence), article: f.article ? toArticle(f.article) : null }));
}

export interface RelationQuery {
  direction: Direction;
  types: readonly RelationType[];
  /** Sort key of the last relation already seen, or null for the first page. */
  after: string | null;
  limit: number;
}

function toItems(entityId: string, items: Record<string, unknown>[]) {
  return items.map((x) => ({
    entityId,
    direction: x.direction === 'IN' ? ('IN' as const) : ('OUT' as const),
    type: relationType(x.type),
    other: toEntity(x.other),
    relKey: String(x.relKey),
    confidence: Number(x.confidence ?? 0),
    evidenceCount: Number(x.evidenceCount ?? 0),
    sortKey: String(x.sortKey),
  }));
}

export function createRelationRepository(db: Db) {
  return {
    /**
     * The entity `ref` names with one page of its relations, in one round trip; with `withEvidence`,
     * `evidence` maps each relation key on the page to its evidence. Null when `ref` names no entity.
     */
    findEntityWithRelations: async (
      ref: EntityRef,
      q: RelationQuery,
      withEvidence: boolean,
    ): Promise<{ entity: Entity; page: RelationPage; evidence: Map<string, EvidenceWithArticle[]> } | null> => {
      const [found] = await db.read(
        FIND_ENTITY_WITH_RELATIONS,
        { id: ref.id, key: ref.key, direction: q.direction, types: q.types, after: q.after, limit: q.limit, withEvidence },
        (row) => {
          const entity = toEntity(row.entity);
          const raw = row.items as Record<string, unknown>[];
          const evidence = new Map<string, EvidenceWithArticle[]>();
          if (withEvidence) for (const x of raw) evidence.set(String(x.relKey), toEvidenceRows(x.evidence));
          return { entity, page: { entityId: entity.id, total: Number(row.total), items: toItems(entity.id, raw) }, evidence };
        },
      );
      return found ?? null;
    },
    /** One page of relations per known entity id; unknown ids are absent. */
    findRelationPages: (ids: readonly string[], q: RelationQuery): Promise<RelationPage[]> =>
      db.read(FIND_RELATIONS_OF_ENTITIES, { ids, direction: q.direction, types: q.types, after: q.after, limit: q.limit }, (row) => ({
        entityId: String(row.entityId),
        total: Number(row.total),
        items: toItems(String(row.entityId), row.items as Record<string, unknown>[]),
      })),
    /** Evidence of the relations with the given keys (`subjectId|TYPE|objectId`), strongest first, each with its article. */
    findEvidenceByRelKeys: (keys: readonly string[]): Promise<EvidenceWithArticle[]> =>
      db.read(FIND_EVIDENCE_BY_REL_KEYS, { keys }, (row) => ({ evidence: toEvidence(row.evidence), article: row.article ? toArticle(row.article) : null })),
    /** Per entity and article, where the article names the entity. */
    findMentions: (ids: readonly string[]): Promise<ArticleMentions[]> =>
      db.read(FIND_MENTIONS_OF_ENTITIES, { ids }, (row) => ({
        entityId: String(row.entityId),
        articleId: String(row.articleId),
        count: Number(row.count),
        occurrences: (row.occurrences as Record<string, unknown>[]).map((o) => ({
          start: Number(o.start),
          end: Number(o.end),
          surface: String(o.surface ?? ''),
          sentenceStart: Number(o.sentenceStart),
          sentenceEnd: Number(o.sentenceEnd),
          sentence: typeof o.sentence === 'string' ? o.sentence : null,
        })),
      })),
  };
}
export type RelationRepository = ReturnType<typeof createRelationRepository>;

import type { Article, ArticleMentions, Direction, Evidence, RelationPage } from '../../domain/graph';
import type { RelationType } from '../../domain/vocabulary';
import type { Db } from '../driver';
import { ARTICLE_FIELDS, ENTITY_FIELDS, EVIDENCE_FIELDS, relationType, toArticle, toEntity, toEvidence } from './mappers';

// Each entity's relations in both directions, ordered by a key that is also the keyset cursor
// (direction|type|other id); `total` counts them all, `items` holds up to $limit after $after.
const FIND_RELATIONS_OF_ENTITIES = /* cypher */ `
  UNWIND $ids AS id
  MATCH (e:Entity {id: id})
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
  ORDER BY sortKey
  WITH e, collect({
    direction: dir, type: type(r), other: o { ${ENTITY_FIELDS} }, relKey: relKey,
    confidence: r.confidence, evidenceCount: r.evidenceCount, sortKey: sortKey
  }) AS rels
  RETURN e.id AS entityId, size(rels) AS total,
         [x IN rels WHERE $after IS NULL OR x.sortKey > $after][..toInteger($limit)] AS items`;

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

export interface RelationQuery {
  direction: Direction;
  types: readonly RelationType[];
  /** Sort key of the last relation already seen, or null for the first page. */
  after: string | null;
  limit: number;
}

export function createRelationRepository(db: Db) {
  return {
    /** One page of relations per known entity id; unknown ids are absent. */
    findRelationPages: (ids: readonly string[], q: RelationQuery): Promise<RelationPage[]> =>
      db.read(FIND_RELATIONS_OF_ENTITIES, { ids, direction: q.direction, types: q.types, after: q.after, limit: q.limit }, (row) => ({
        entityId: String(row.entityId),
        total: Number(row.total),
        items: (row.items as Record<string, unknown>[]).map((x) => ({
          entityId: String(row.entityId),
          direction: x.direction === 'IN' ? 'IN' : 'OUT',
          type: relationType(x.type),
          other: toEntity(x.other),
          relKey: String(x.relKey),
          confidence: Number(x.confidence ?? 0),
          evidenceCount: Number(x.evidenceCount ?? 0),
          sortKey: String(x.sortKey),
        })),
      })),
    /** Evidence of the relations with the given keys (`subjectId|TYPE|objectId`), strongest first, each with its article. */
    findEvidenceByRelKeys: (keys: readonly string[]): Promise<{ evidence: Evidence; article: Article | null }[]> =>
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

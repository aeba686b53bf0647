import type { Article, ArticleMentions, Direction, Entity, Evidence, RelationPage } from '../../domain/graph';
import { RELATION_TYPES, type RelationType } from '../../domain/vocabulary';
import type { Db } from '../driver';
import { NAME_KEY_QUERY } from '../schema';
import { ARTICLE_FIELDS, ENTITY_FIELDS, EVIDENCE_FIELDS, relationType, toArticle, toEntity, toEvidence } from './mappers';

// One page of the relations of `e` in the directions and types asked for, without reading the others:
// relations sort by `direction|type|other id` (also the keyset cursor), so a page is drawn from a few
// (direction, type) groups. Group sizes come from the degree store (constant time on dense nodes);
// only the groups the page can reach are expanded, each branch guarded before its expansion.
// Yields `e, total, items` (items: the relation maps `toItems` reads, plus `extraEntries`, in cursor
// order, $limit at most).
const GROUPS = (['IN', 'OUT'] as const).flatMap((dir) => [...RELATION_TYPES].sort().map((type) => ({ dir, type })));
const arrow = (dir: 'IN' | 'OUT', type: string) => (dir === 'IN' ? `<-[:${type}]-` : `-[:${type}]->`);
const GROUP_SIZES = `[${GROUPS.map(({ dir, type }) => `{dir: '${dir}', type: '${type}', key: '${dir}|${type}', n: COUNT { (e)${arrow(dir, type)}() }}`).join(',\n    ')}]`;
// One branch per type (both directions at once): planning a union costs more than linearly in its
// branches, and the statement is planned again whenever the graph's statistics move.
// The direction is checked right after the expansion, before the other node is read (relations of
// these types only ever join entities, so no label check is needed on it).
const TYPE_BRANCHES = [...RELATION_TYPES].sort().map(
  (type) => `MATCH (e)-[r:${type}]-(o) WHERE '${type}' IN selectedTypes
        WITH r, o, CASE WHEN startNode(r) = e THEN 'OUT' ELSE 'IN' END AS dir WHERE dir + '|${type}' IN selected
        RETURN r, o, dir`,
).join('\n      UNION ALL\n      ');
const RELATION_PAGE_OF_E = (extraEntries = '') => /* cypher */ `
  WITH e, [g IN ${GROUP_SIZES}
    WHERE g.n > 0 AND g.type IN $types AND ($direction = 'BOTH' OR g.dir = $direction)] AS groups,
    CASE WHEN $after IS NULL THEN null ELSE split($after, '|')[0] + '|' + split($after, '|')[1] END AS afterGroup
  WITH e, groups, afterGroup, [g IN groups WHERE afterGroup IS NULL OR g.key >= afterGroup] AS rest
  WITH e, reduce(n = 0, g IN groups | n + g.n) AS total,
    [i IN range(0, size(rest) - 1)
      WHERE reduce(n = 0, g IN rest[..i] | n + CASE WHEN g.key = afterGroup THEN 0 ELSE g.n END) < $limit | rest[i].key] AS selected
  CALL (e, selected) {
    WITH e, selected, [key IN selected | split(key, '|')[1]] AS selectedTypes
    CALL (e, selected, selectedTypes) {
      ${TYPE_BRANCHES}
    }
    WITH r, o, dir, dir + '|' + type(r) + '|' + o.id AS sortKey
    WHERE $after IS NULL OR sortKey > $after
    WITH r, o, dir, sortKey ORDER BY sortKey LIMIT toInteger($limit)
    WITH r, o, dir, sortKey,
      CASE dir WHEN 'OUT' THEN e.id + '|' + type(r) + '|' + o.id ELSE o.id + '|' + type(r) + '|' + e.id END AS relKey
    RETURN collect({
      direction: dir, type: type(r), other: o { ${ENTITY_FIELDS} }, relKey: relKey,
      confidence: r.confidence, evidenceCount: r.evidenceCount, sortKey: sortKey${extraEntries}
    }) AS items
  }`;

// Each entity's relations in both directions, ordered by a key that is also the keyset cursor
// (direction|type|other id); `total` counts them all, `items` holds up to $limit after $after.
const FIND_RELATIONS_OF_ENTITIES = /* cypher */ `
  UNWIND $ids AS id
  MATCH (e:Entity {id: id})
  ${RELATION_PAGE_OF_E()}
  RETURN e.id AS entityId, total, items`;

// The entity an argument names, in one statement: by id ($id, when the argument holds a colon) first,
// else the best entity with the name key $key (catalog before discovered, own name before alias).
// Same choice as `findByIds` then `findByNameKeys`, so the hot paths need no separate lookup.
export const MATCH_ENTITY_REF = /* cypher */ `
  CALL () {
    MATCH (t:Entity {id: $id}) RETURN t, 0 AS rank
    UNION ALL
    WITH $key AS key WHERE key IS NOT NULL
    CALL db.index.fulltext.queryNodes('entity_name_key', ${NAME_KEY_QUERY('key')}) YIELD node AS t
    WITH key, t WHERE key IN t.nameKeys
    RETURN t, CASE t.discovered WHEN false THEN 1 WHEN true THEN 3 ELSE 5 END
              + CASE WHEN t.nameKeys[0] = key THEN 0 ELSE 1 END AS rank
  }
  WITH t ORDER BY rank, t.id LIMIT 1`;

/**
 * The first `$evidenceLimit` pieces of evidence of the relation with key `relKeyExpr`, strongest first, each
 * with its article when `$withArticles` (else null: `Evidence.article` loads it if asked): a list of maps.
 */
export const COLLECT_EVIDENCE = (relKeyExpr: string) => /* cypher */ `COLLECT {
    MATCH (ev:Evidence {relKey: ${relKeyExpr}})
    WITH ev ORDER BY ev.confidence DESC, ev.articleId, ev.start LIMIT toInteger($evidenceLimit)
    OPTIONAL MATCH (a:Article {id: ev.articleId}) WHERE $withArticles
    RETURN { evidence: ev { ${EVIDENCE_FIELDS} }, article: a { ${ARTICLE_FIELDS} } } AS found
    ORDER BY ev.confidence DESC, ev.articleId, ev.start
  }`;

// One entity (named as in MATCH_ENTITY_REF) with one page of its relations, as FIND_RELATIONS_OF_ENTITIES,
// and, when $withEvidence, the evidence of every relation on the page.
const FIND_ENTITY_WITH_RELATIONS = /* cypher */ `
  ${MATCH_ENTITY_REF}
  WITH t AS e
  ${RELATION_PAGE_OF_E(`,\n      evidence: CASE WHEN $withEvidence THEN ${COLLECT_EVIDENCE('relKey')} ELSE null END`)}
  RETURN e { ${ENTITY_FIELDS} } AS entity, total, items`;

// The first $evidenceLimit pieces of evidence of each relation key, strongest first, with their articles.
const FIND_EVIDENCE_BY_REL_KEYS = /* cypher */ `
  UNWIND $keys AS key
  UNWIND ${COLLECT_EVIDENCE('key')} AS found
  RETURN found.evidence AS evidence, found.article AS article`;

// The first $limit pieces of evidence each (relation key, article) pair has from that article, strongest first.
const FIND_EVIDENCE_IN_ARTICLES = /* cypher */ `
  UNWIND $pairs AS pair
  CALL (pair) {
    MATCH (ev:Evidence {relKey: pair.relKey}) WHERE ev.articleId = pair.articleId
    WITH ev ORDER BY ev.confidence DESC, ev.start LIMIT toInteger($limit)
    RETURN ev
  }
  RETURN ev { ${EVIDENCE_FIELDS} } AS evidence
  ORDER BY ev.confidence DESC, ev.articleId, ev.start`;

// Per entity, the first $limit articles (by id) that name it, each with its first $occurrenceLimit
// occurrences and, where the graph keeps it as evidence, the sentence of each.
const FIND_MENTIONS_OF_ENTITIES = /* cypher */ `
  UNWIND $ids AS id
  MATCH (e:Entity {id: id})
  CALL (e) {
    MATCH (a:Article)-[m:MENTIONS]->(e)
    WITH a, m ORDER BY a.id LIMIT toInteger($limit)
    RETURN a, m
  }
  RETURN e.id AS entityId, a.id AS articleId, m.count AS count,
    [i IN range(0, size(m.starts) - 1)[..toInteger($occurrenceLimit)] | {
      start: m.starts[i], end: m.ends[i], surface: m.surfaces[i],
      sentenceStart: m.sentenceStarts[i], sentenceEnd: m.sentenceEnds[i],
      sentence: head([(a)-[:HAS_EVIDENCE]->(ev:Evidence) WHERE ev.start = m.sentenceStarts[i] | ev.sentence])
    }] AS occurrences
  ORDER BY entityId, articleId`;

/** How an API argument names an entity: `id` when it may be an id, `key` its `nameKey` (null when empty). */
export interface EntityRef {
  id: string | null;
  key: string | null;
}

/** Evidence rows as the evidence loader holds them: each with its article. */
export type EvidenceWithArticle = { evidence: Evidence; article: Article | null };

/** One `{ evidence, article }` map of COLLECT_EVIDENCE (or a row of the same shape). */
function toEvidenceRow(f: Record<string, unknown>): EvidenceWithArticle {
  return { evidence: toEvidence(f.evidence), article: f.article ? toArticle(f.article) : null };
}

export function toEvidenceRows(value: unknown): EvidenceWithArticle[] {
  return (value as Record<string, unknown>[]).map(toEvidenceRow);
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
     * The entity `ref` names with one page of its relations, in one round trip; with an `evidenceLimit`,
     * `evidence` maps each relation key on the page to its first evidence. Null when `ref` names no entity.
     */
    findEntityWithRelations: async (
      ref: EntityRef,
      q: RelationQuery,
      evidenceLimit: number | null,
      withArticles = true,
    ): Promise<{ entity: Entity; page: RelationPage; evidence: Map<string, EvidenceWithArticle[]> } | null> => {
      const [found] = await db.read(
        FIND_ENTITY_WITH_RELATIONS,
        {
          id: ref.id, key: ref.key, direction: q.direction, types: q.types, after: q.after, limit: q.limit,
          withEvidence: evidenceLimit !== null, evidenceLimit: evidenceLimit ?? 0, withArticles,
        },
        (row) => {
          const entity = toEntity(row.entity);
          const raw = row.items as Record<string, unknown>[];
          const evidence = new Map<string, EvidenceWithArticle[]>();
          if (evidenceLimit !== null) for (const x of raw) evidence.set(String(x.relKey), toEvidenceRows(x.evidence));
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
    /** The first `limit` pieces of evidence of each relation key (`subjectId|TYPE|objectId`), strongest first, each with its article. */
    findEvidenceByRelKeys: (keys: readonly string[], limit: number): Promise<EvidenceWithArticle[]> =>
      db.read(FIND_EVIDENCE_BY_REL_KEYS, { keys, evidenceLimit: limit, withArticles: true }, toEvidenceRow),
    /** For each (relation key, article id) pair, the relation's first `limit` pieces of evidence from that article, strongest first. */
    findEvidenceInArticles: (pairs: readonly { relKey: string; articleId: string }[], limit: number): Promise<Evidence[]> =>
      db.read(FIND_EVIDENCE_IN_ARTICLES, { pairs, limit }, (row) => toEvidence(row.evidence)),
    /** Per entity, the first `limit` articles (by id) that name it, with where they do (`occurrenceLimit` places at most). */
    findMentions: (ids: readonly string[], limit: number, occurrenceLimit: number): Promise<ArticleMentions[]> =>
      db.read(FIND_MENTIONS_OF_ENTITIES, { ids, limit, occurrenceLimit }, (row) => ({
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

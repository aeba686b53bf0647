import type { Article, ArticleMentions, Direction, Entity, Evidence, RelationPage } from '../../domain/graph';
import { RelationType } from '../../domain/vocabulary';
import type { Db } from '../driver';
import { relationType, toArticle, toEntity, toEvidence } from './mappers';
import {
  FIND_ENTITY_WITH_RELATIONS,
  FIND_ENTITY_WITH_USES,
  FIND_EVIDENCE_BY_REL_KEYS,
  FIND_EVIDENCE_IN_ARTICLES,
  FIND_MENTIONS_OF_ENTITIES,
  FIND_RELATIONS_OF_ENTITIES,
  FIND_RELATIONS_OF_ENTITIES_MIN_CONFIDENCE,
  FIND_USES_OF_ENTITIES,
  FIND_USES_OF_ENTITIES_TWO_LEVELS,
} from './relation.statements';

/** How an API argument names an entity: `id` when it may be an id, `key` its `nameKey` (null when empty). */
export interface EntityRef {
  id: string | null;
  key: string | null;
}

/** Evidence rows as the evidence loader holds them: each with its article. */
export type EvidenceWithArticle = { evidence: Evidence; article: Article | null };

/** One `{ evidence, article }` map of a statement's evidence list (or a row of the same shape). */
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
  /** Only relations with at least this confidence (0..1); absent: all of them. */
  minConfidence?: number;
}

/** The first page of one direction of USES: what `uses` and `usedBy` read. */
export interface UsesQuery {
  direction: 'IN' | 'OUT';
  limit: number;
}

/** True for the first page of one direction of USES, which has statements of its own (one typed expansion). */
function usesPage(q: RelationQuery): boolean {
  return q.after === null && q.direction !== 'BOTH' && q.types.length === 1 && q.types[0] === RelationType.USES;
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

function toPage(row: Record<string, unknown>): RelationPage {
  return { entityId: String(row.entityId), total: Number(row.total), items: toItems(String(row.entityId), row.items as Record<string, unknown>[]) };
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
      // Its statements read group sizes from the degree store, which cannot filter by confidence.
      if (q.minConfidence !== undefined) throw new Error('findEntityWithRelations: a minConfidence page is read by findRelationPages');
      const [found] = await db.read(
        usesPage(q) ? FIND_ENTITY_WITH_USES : FIND_ENTITY_WITH_RELATIONS,
        {
          id: ref.id,
          key: ref.key,
          direction: q.direction,
          types: q.types,
          after: q.after,
          limit: q.limit,
          withEvidence: evidenceLimit !== null,
          evidenceLimit: evidenceLimit ?? 0,
          withArticles,
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
    /** One page of relations per known entity id (with `minConfidence`, of those at or above it); unknown ids are absent. */
    findRelationPages: (ids: readonly string[], q: RelationQuery): Promise<RelationPage[]> =>
      q.minConfidence === undefined
        ? db.read(usesPage(q) ? FIND_USES_OF_ENTITIES : FIND_RELATIONS_OF_ENTITIES, { ids, direction: q.direction, types: q.types, after: q.after, limit: q.limit }, toPage)
        : db.read(FIND_RELATIONS_OF_ENTITIES_MIN_CONFIDENCE, { ids, direction: q.direction, types: q.types, after: q.after, limit: q.limit, minConfidence: q.minConfidence }, toPage),
    /**
     * The first page of one direction of USES per known entity id (`q`), and for every entity on those
     * pages its own first page of one direction of USES (`next`), in one round trip.
     */
    findUsesPagesTwoLevels: async (ids: readonly string[], q: UsesQuery, next: UsesQuery): Promise<{ pages: RelationPage[]; next: RelationPage[] }> => {
      const nextPages: RelationPage[] = [];
      const pages = await db.read(FIND_USES_OF_ENTITIES_TWO_LEVELS, { ids, direction: q.direction, limit: q.limit, nextDirection: next.direction, nextLimit: next.limit }, (row): RelationPage => {
        const entityId = String(row.entityId);
        const raw = row.items as Record<string, unknown>[];
        for (const x of raw) {
          const otherId = String((x.other as Record<string, unknown>).id);
          const { total, items } = x.next as { total: unknown; items: Record<string, unknown>[] };
          nextPages.push({ entityId: otherId, total: Number(total), items: toItems(otherId, items) });
        }
        return { entityId, total: Number(row.total), items: toItems(entityId, raw) };
      });
      return { pages, next: nextPages };
    },
    /** The first `limit` pieces of evidence of each relation key (`subjectId|TYPE|objectId`), strongest first, each with its article. */
    findEvidenceByRelKeys: (keys: readonly string[], limit: number): Promise<EvidenceWithArticle[]> => db.read(FIND_EVIDENCE_BY_REL_KEYS, { keys, evidenceLimit: limit }, toEvidenceRow),
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

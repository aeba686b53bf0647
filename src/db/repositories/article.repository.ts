import type { Article, ArticleFact, Entity } from '../../domain/graph';
import type { Db } from '../driver';
import { toArticle, toEntity, toRelation } from './mappers';

export const FIND_ARTICLES_BY_IDS = /* cypher */ `
  MATCH (a:Article) WHERE a.id IN $ids
  RETURN a { .id, .title, .path, .source, .date, ingestedAt: toString(a.ingestedAt) } AS article`;

export const FIND_ARTICLES_PAGE = /* cypher */ `
  MATCH (a:Article) WHERE $after IS NULL OR a.id > $after
  RETURN a { .id, .title, .path, .source, .date, ingestedAt: toString(a.ingestedAt) } AS article
  ORDER BY a.id
  LIMIT toInteger($limit)`;

export const COUNT_ARTICLES = /* cypher */ `
  MATCH (a:Article) RETURN count(a) AS total`;

// Each article's first $limit entities, in order of first mention.
export const FIND_ENTITIES_OF_ARTICLES = /* cypher */ `
  UNWIND $ids AS id
  MATCH (a:Article {id: id})
  CALL (a) {
    MATCH (a)-[m:MENTIONS]->(e:Entity)
    WITH e, m.starts[0] AS at ORDER BY at, e.id LIMIT toInteger($limit)
    RETURN e, at
  }
  RETURN a.id AS articleId, e { .id, .name, .type, .aliases, .description, .discovered, .confidence } AS entity
  ORDER BY articleId, at, e.id`;

// Each article's first $limit facts (relations it has evidence for), in order of their first evidence.
export const FIND_FACTS_OF_ARTICLES = /* cypher */ `
  UNWIND $ids AS id
  MATCH (a:Article {id: id})
  CALL (a) {
    MATCH (a)-[:HAS_EVIDENCE]->(ev:Evidence)
    WITH ev.subjectId AS subjectId, ev.type AS type, ev.objectId AS objectId, min(ev.start) AS at
    MATCH (s:Entity {id: subjectId})-[r]->(o:Entity {id: objectId}) WHERE type(r) = type
    WITH s, r, o, at ORDER BY at, s.id, type(r), o.id LIMIT toInteger($limit)
    RETURN s, r, o, at
  }
  RETURN a.id AS articleId, {
    subject: s { .id, .name, .type, .aliases, .description, .discovered, .confidence }, type: type(r), object: o { .id, .name, .type, .aliases, .description, .discovered, .confidence },
    confidence: r.confidence, evidenceCount: r.evidenceCount
  } AS fact
  ORDER BY articleId, at, s.id, type(r), o.id`;

export function createArticleRepository(db: Db) {
  return {
    findByIds: (ids: readonly string[]): Promise<Article[]> => db.read(FIND_ARTICLES_BY_IDS, { ids }, (row) => toArticle(row.article)),
    /** Articles ordered by id after the given id, `limit` at most. */
    findPage: (after: string | null, limit: number): Promise<Article[]> => db.read(FIND_ARTICLES_PAGE, { after, limit }, (row) => toArticle(row.article)),
    count: async (): Promise<number> => (await db.read(COUNT_ARTICLES, {}, (row) => Number(row.total)))[0] ?? 0,
    /** The first `limit` entities each article mentions, in order of first mention. */
    findEntities: (ids: readonly string[], limit: number): Promise<{ articleId: string; entity: Entity }[]> =>
      db.read(FIND_ENTITIES_OF_ARTICLES, { ids, limit }, (row) => ({ articleId: String(row.articleId), entity: toEntity(row.entity) })),
    /** The first `limit` relations each article supports with evidence, in order of their first evidence. */
    findFacts: (ids: readonly string[], limit: number): Promise<ArticleFact[]> =>
      db.read(FIND_FACTS_OF_ARTICLES, { ids, limit }, (row) => ({ ...toRelation(row.fact), articleId: String(row.articleId) })),
  };
}
export type ArticleRepository = ReturnType<typeof createArticleRepository>;

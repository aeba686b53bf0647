import type { Article, ArticleFact, Entity } from '../../domain/graph';
import type { Db } from '../driver';
import { ARTICLE_FIELDS, ENTITY_FIELDS, toArticle, toEntity, toRelation } from './mappers';

const FIND_ARTICLES_BY_IDS = /* cypher */ `
  MATCH (a:Article) WHERE a.id IN $ids
  RETURN a { ${ARTICLE_FIELDS} } AS article`;

const FIND_ARTICLES_PAGE = /* cypher */ `
  MATCH (a:Article) WHERE $after IS NULL OR a.id > $after
  RETURN a { ${ARTICLE_FIELDS} } AS article
  ORDER BY a.id
  LIMIT toInteger($limit)`;

const COUNT_ARTICLES = /* cypher */ `
  MATCH (a:Article) RETURN count(a) AS total`;

const FIND_ENTITIES_OF_ARTICLES = /* cypher */ `
  MATCH (a:Article)-[m:MENTIONS]->(e:Entity) WHERE a.id IN $ids
  RETURN a.id AS articleId, e { ${ENTITY_FIELDS} } AS entity
  ORDER BY m.starts[0], e.id`;

const FIND_FACTS_OF_ARTICLES = /* cypher */ `
  MATCH (a:Article)-[:HAS_EVIDENCE]->(ev:Evidence) WHERE a.id IN $ids
  WITH DISTINCT a, ev.subjectId AS subjectId, ev.type AS type, ev.objectId AS objectId, min(ev.start) AS at
  MATCH (s:Entity {id: subjectId})-[r]->(o:Entity {id: objectId}) WHERE type(r) = type
  RETURN a.id AS articleId, {
    subject: s { ${ENTITY_FIELDS} }, type: type(r), object: o { ${ENTITY_FIELDS} },
    confidence: r.confidence, evidenceCount: r.evidenceCount
  } AS fact
  ORDER BY a.id, at, s.id, type, o.id`;

export function createArticleRepository(db: Db) {
  return {
    findByIds: (ids: readonly string[]): Promise<Article[]> => db.read(FIND_ARTICLES_BY_IDS, { ids }, (row) => toArticle(row.article)),
    /** Articles ordered by id after the given id, `limit` at most. */
    findPage: (after: string | null, limit: number): Promise<Article[]> =>
      db.read(FIND_ARTICLES_PAGE, { after, limit }, (row) => toArticle(row.article)),
    count: async (): Promise<number> => (await db.read(COUNT_ARTICLES, {}, (row) => Number(row.total)))[0] ?? 0,
    /** The entities each article mentions, in order of first mention. */
    findEntities: (ids: readonly string[]): Promise<{ articleId: string; entity: Entity }[]> =>
      db.read(FIND_ENTITIES_OF_ARTICLES, { ids }, (row) => ({ articleId: String(row.articleId), entity: toEntity(row.entity) })),
    /** The relations each article supports with evidence, in order of their first evidence. */
    findFacts: (ids: readonly string[]): Promise<ArticleFact[]> =>
      db.read(FIND_FACTS_OF_ARTICLES, { ids }, (row) => ({ ...toRelation(row.fact), articleId: String(row.articleId) })),
  };
}
export type ArticleRepository = ReturnType<typeof createArticleRepository>;

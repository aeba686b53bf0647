import DataLoader from 'dataloader';
import type { Article, ArticleFact, Entity } from '../domain/graph';
import type { Repositories } from '../db/repositories';
import { alignMany, alignOne, perLimit } from './align';

export function createArticleLoaders(repos: Repositories) {
  return {
    articleById: new DataLoader<string, Article | null>(async (ids) => alignOne(ids, await repos.articles.findByIds(ids), (a) => a.id)),
    /** Per page size: article id → its first `limit` entities, in order of first mention. */
    entitiesByArticleId: perLimit(
      (limit) => new DataLoader<string, Entity[]>(async (ids) => alignMany(ids, await repos.articles.findEntities(ids, limit), (row) => row.articleId).map((rows) => rows.map((r) => r.entity))),
    ),
    /** Per page size: article id → its first `limit` facts, in order of their first evidence. */
    factsByArticleId: perLimit((limit) => new DataLoader<string, ArticleFact[]>(async (ids) => alignMany(ids, await repos.articles.findFacts(ids, limit), (f) => f.articleId))),
  };
}

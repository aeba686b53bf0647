import DataLoader from 'dataloader';
import type { Article, ArticleFact, Entity } from '../domain/graph';
import type { Repositories } from '../db/repositories';
import { alignMany, alignOne } from './align';

export function createArticleLoaders(repos: Repositories) {
  return {
    articleById: new DataLoader<string, Article | null>(async (ids) => alignOne(ids, await repos.articles.findByIds(ids), (a) => a.id)),
    entitiesByArticleId: new DataLoader<string, Entity[]>(async (ids) =>
      alignMany(ids, await repos.articles.findEntities(ids), (row) => row.articleId).map((rows) => rows.map((r) => r.entity)),
    ),
    factsByArticleId: new DataLoader<string, ArticleFact[]>(async (ids) =>
      alignMany(ids, await repos.articles.findFacts(ids), (f) => f.articleId),
    ),
  };
}

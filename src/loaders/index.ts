import type { Repositories } from '../db/repositories';
import { createArticleLoaders } from './article.loaders';
import { createEntityLoaders } from './entity.loaders';
import { createRelationLoaders } from './relation.loaders';

/** Fresh loaders for one request: their caches must never outlive it or be shared between users. */
export function createLoaders(repos: Repositories) {
  const articles = createArticleLoaders(repos);
  return {
    ...createEntityLoaders(repos),
    ...createRelationLoaders(repos, articles.articleById),
    ...articles,
  };
}
export type Loaders = ReturnType<typeof createLoaders>;

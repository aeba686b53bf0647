import type { Db } from '../driver';
import { createArticleRepository } from './article.repository';
import { createEntityRepository } from './entity.repository';
import { createRelationRepository } from './relation.repository';
import { createSearchRepository } from './search.repository';
import { createStatsRepository } from './stats.repository';
import { createSystemRepository } from './system.repository';
import { createTraversalRepository } from './traversal.repository';

/** Every repository over one Db; what resolvers and loaders reach the database through. */
export function createRepositories(db: Db) {
  return {
    system: createSystemRepository(db),
    entities: createEntityRepository(db),
    relations: createRelationRepository(db),
    articles: createArticleRepository(db),
    traversal: createTraversalRepository(db),
    search: createSearchRepository(db),
    stats: createStatsRepository(db),
  };
}
export type Repositories = ReturnType<typeof createRepositories>;

import type { Repositories } from '../db/repositories';
import type { EntityRef, RelationQuery } from '../db/repositories/relation.repository';
import type { RelatedQuery } from '../db/repositories/traversal.repository';
import type { Entity, RelatedEntity } from '../domain/graph';
import type { PageLimits } from '../schema/pagination';
import type { EntityPrefetch } from '../queries/entity-prefetch';
import { usesQuery } from '../queries/relation-page';
import { createArticleLoaders } from './article.loaders';
import { createEntityLoaders } from './entity.loaders';
import { createRelationLoaders } from './relation.loaders';

/**
 * Fresh loaders for one request: their caches must never outlive it or be shared between users.
 * A mention carries up to `maxPageSize` occurrences, the most `occurrences(first)` can ask for.
 */
export function createLoaders(repos: Repositories, { maxPageSize }: PageLimits) {
  const articles = createArticleLoaders(repos);
  const entities = createEntityLoaders(repos, maxPageSize);
  const relations = createRelationLoaders(repos, articles.articleById);
  /**
   * The entity `ref` names, fetched with one page of its relations (and their first `evidenceLimit`
   * pieces of evidence, unless null) in one round trip; primes the loaders the nested fields read,
   * so they answer from the cache. Null when unknown.
   */
  const entityWithRelations = async (ref: EntityRef, query: RelationQuery, evidenceLimit: number | null, withArticles = true): Promise<Entity | null> => {
    const found = await repos.relations.findEntityWithRelations(ref, query, evidenceLimit, withArticles);
    if (!found) return null;
    entities.entityById.prime(found.entity.id, found.entity);
    relations.relationPageByEntityId(query).prime(found.entity.id, found.page);
    if (evidenceLimit !== null) relations.primeEvidence(found.evidence, evidenceLimit);
    return found.entity;
  };
  return {
    ...entities,
    entityWithRelations,
    ...relations,
    ...articles,
    /**
     * The entity `ref` names with what `planEntityPrefetch` found selected, in one round trip; primes the
     * loaders the nested fields read. Null when unknown.
     */
    entityWithPrefetch(ref: EntityRef, prefetch: EntityPrefetch): Promise<Entity | null> {
      switch (prefetch.kind) {
        case 'relations':
          return entityWithRelations(ref, prefetch.query, prefetch.evidenceLimit, prefetch.withArticles);
        case 'uses':
          return entityWithRelations(ref, usesQuery(prefetch.direction, prefetch.limit), null);
        default: {
          const unreachable: never = prefetch;
          throw new Error(`loaders: unknown prefetch ${JSON.stringify(unreachable)}`);
        }
      }
    },
    /**
     * `findRelated` (start named by `ref`, one round trip); when the query fetched a limited number of
     * pieces of evidence, primes them for every step. Null when the start is unknown.
     */
    async related(q: RelatedQuery): Promise<RelatedEntity[] | null> {
      const result = await repos.traversal.findRelated(q);
      if (!result) return null;
      entities.entityById.prime(result.start.id, result.start);
      const limit = q.evidenceLimit ?? null;
      if (q.withEvidence && limit !== null) relations.primeEvidence(result.evidence, limit);
      return result.found;
    },
  };
}
export type Loaders = ReturnType<typeof createLoaders>;

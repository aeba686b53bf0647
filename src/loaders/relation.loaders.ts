import DataLoader from 'dataloader';
import type { Article, Evidence, RelationPage } from '../domain/graph';
import type { Repositories } from '../db/repositories';
import type { EvidenceWithArticle, RelationQuery, UsesQuery } from '../db/repositories/relation.repository';
import { usesQuery } from '../queries/relation-page';
import { alignMany, alignOne, perLimit } from './align';

/**
 * One relation-page loader per distinct (direction, types, page) request, so sibling entities share
 * one query. Evidence arrives with its article, which primes `articleById` (one round trip fewer).
 */
export function createRelationLoaders(repos: Repositories, articleById: DataLoader<string, Article | null>) {
  const pages = new Map<string, DataLoader<string, RelationPage>>();
  /** One evidence loader per page size: relation key → its first `limit` pieces of evidence. */
  const evidenceByRelationKey = perLimit(
    (limit) =>
      new DataLoader<string, Evidence[]>(async (keys) => {
        const rows = await repos.relations.findEvidenceByRelKeys(keys, limit);
        for (const { article } of rows) if (article) articleById.prime(article.id, article);
        return alignMany(keys, rows, (row) => row.evidence.relKey).map((list) => list.map((row) => row.evidence));
      }),
  );
  /** Per page size: `articleId relKey` → the relation's first `limit` pieces of evidence from that article. */
  const evidenceInArticle = perLimit(
    (limit) =>
      new DataLoader<string, Evidence[]>(async (keys) => {
        const pairs = keys.map((key) => {
          const [articleId = '', relKey = ''] = key.split(' ');
          return { articleId, relKey };
        });
        return alignMany(keys, await repos.relations.findEvidenceInArticles(pairs, limit), (ev) => `${ev.articleId} ${ev.relKey}`);
      }),
  );
  const relationPageByEntityId = (query: RelationQuery): DataLoader<string, RelationPage> => {
    const key = JSON.stringify([query.direction, [...query.types].sort(), query.after, query.limit, query.minConfidence]);
    let loader = pages.get(key);
    if (!loader) {
      loader = new DataLoader<string, RelationPage>(async (ids) =>
        alignOne(ids, await repos.relations.findRelationPages(ids, query), (p) => p.entityId).map((page, i) => page ?? { entityId: ids[i] ?? '', total: 0, items: [] }),
      );
      pages.set(key, loader);
    }
    return loader;
  };
  const twoLevels = new Map<string, DataLoader<string, RelationPage>>();
  return {
    relationPageByEntityId,
    /**
     * The page of `uses`/`usedBy` (`query`) that also fetches, for every entity on it, its own page
     * (`next`) and primes `relationPageByEntityId` with it: the nested field answers from the cache.
     */
    usesPageWithNext(query: UsesQuery, next: UsesQuery): DataLoader<string, RelationPage> {
      const key = JSON.stringify([query, next]);
      let loader = twoLevels.get(key);
      if (!loader) {
        loader = new DataLoader<string, RelationPage>(async (ids) => {
          const found = await repos.relations.findUsesPagesTwoLevels(ids, query, next);
          const nextLoader = relationPageByEntityId(usesQuery(next.direction, next.limit));
          for (const page of found.next) nextLoader.prime(page.entityId, page);
          const pagesOf = relationPageByEntityId(usesQuery(query.direction, query.limit));
          for (const page of found.pages) pagesOf.prime(page.entityId, page);
          return alignOne(ids, found.pages, (p) => p.entityId).map((page, i) => page ?? { entityId: ids[i] ?? '', total: 0, items: [] });
        });
        twoLevels.set(key, loader);
      }
      return loader;
    },
    evidenceByRelationKey,
    evidenceInArticle,
    /** Caches the first `limit` pieces of evidence a statement already returned (relation key → rows), with their articles. */
    primeEvidence(evidence: ReadonlyMap<string, readonly EvidenceWithArticle[]>, limit: number): void {
      const loader = evidenceByRelationKey(limit);
      for (const [key, rows] of evidence) {
        const first = rows.slice(0, limit);
        loader.prime(
          key,
          first.map((row) => row.evidence),
        );
        for (const { article } of first) if (article) articleById.prime(article.id, article);
      }
    },
  };
}

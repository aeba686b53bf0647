import DataLoader from 'dataloader';
import type { Article, Evidence, RelationPage } from '../domain/graph';
import type { Repositories } from '../db/repositories';
import type { EvidenceWithArticle, RelationQuery } from '../db/repositories/relation.repository';
import { alignMany, alignOne } from './align';

/**
 * One relation-page loader per distinct (direction, types, page) request, so sibling entities share
 * one query. Evidence arrives with its article, which primes `articleById` (one round trip fewer).
 */
export function createRelationLoaders(repos: Repositories, articleById: DataLoader<string, Article | null>) {
  const pages = new Map<string, DataLoader<string, RelationPage>>();
  const evidenceByRelationKey = new DataLoader<string, Evidence[]>(async (keys) => {
    const rows = await repos.relations.findEvidenceByRelKeys(keys);
    for (const { article } of rows) if (article) articleById.prime(article.id, article);
    return alignMany(keys, rows, (row) => row.evidence.relKey).map((list) => list.map((row) => row.evidence));
  });
  return {
    relationPageByEntityId(query: RelationQuery): DataLoader<string, RelationPage> {
      const key = JSON.stringify([query.direction, [...query.types].sort(), query.after, query.limit]);
      let loader = pages.get(key);
      if (!loader) {
        loader = new DataLoader<string, RelationPage>(async (ids) =>
          alignOne(ids, await repos.relations.findRelationPages(ids, query), (p) => p.entityId).map(
            (page, i) => page ?? { entityId: ids[i] ?? '', total: 0, items: [] },
          ),
        );
        pages.set(key, loader);
      }
      return loader;
    },
    evidenceByRelationKey,
    /** Caches evidence a statement already returned (relation key → rows), with its articles. */
    primeEvidence(evidence: ReadonlyMap<string, readonly EvidenceWithArticle[]>): void {
      for (const [key, rows] of evidence) {
        evidenceByRelationKey.prime(key, rows.map((row) => row.evidence));
        for (const { article } of rows) if (article) articleById.prime(article.id, article);
      }
    },
  };
}

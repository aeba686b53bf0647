import DataLoader from 'dataloader';
import type { Evidence, RelationPage } from '../domain/graph';
import type { Repositories } from '../db/repositories';
import type { RelationQuery } from '../db/repositories/relation.repository';
import { alignMany, alignOne } from './align';

/** One loader per distinct (direction, types, page) request, so sibling entities share one query. */
export function createRelationLoaders(repos: Repositories) {
  const pages = new Map<string, DataLoader<string, RelationPage>>();
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
    evidenceByRelationKey: new DataLoader<string, Evidence[]>(async (keys) =>
      alignMany(keys, await repos.relations.findEvidenceByRelKeys(keys), (ev) => ev.relKey),
    ),
  };
}

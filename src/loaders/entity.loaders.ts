import DataLoader from 'dataloader';
import type { Entity } from '../domain/graph';
import type { Repositories } from '../db/repositories';
import { nameKey } from '../domain/names';
import { alignMany, alignOne } from './align';

export function createEntityLoaders(repos: Repositories) {
  return {
    entityById: new DataLoader<string, Entity | null>(async (ids) => alignOne(ids, await repos.entities.findByIds(ids), (e) => e.id)),
    /** Keyed by any spelling of a name or alias; variants share one `nameKey` and one lookup. */
    entityByName: new DataLoader<string, Entity | null, string>(
      async (names) => {
        const keys = names.map(nameKey);
        const found = await repos.entities.findByNameKeys(keys);
        return alignOne(keys, found, (f) => f.key).map((f) => f?.entity ?? null);
      },
      { cacheKeyFn: nameKey },
    ),
    mentionsByEntityId: new DataLoader(async (ids: readonly string[]) =>
      alignMany(ids, await repos.relations.findMentions(ids), (m) => m.entityId),
    ),
  };
}

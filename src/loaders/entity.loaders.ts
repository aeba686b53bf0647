import DataLoader from 'dataloader';
import type { Entity } from '../domain/graph';
import type { Repositories } from '../db/repositories';
import { nameKey } from '../domain/names';
import { alignMany, alignOne, perLimit } from './align';

export function createEntityLoaders(repos: Repositories, occurrenceLimit: number) {
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
    /** Per page size: entity id → the first `limit` articles that name it, each with its occurrences (`occurrenceLimit` at most). */
    mentionsByEntityId: perLimit((limit) => new DataLoader(async (ids: readonly string[]) => alignMany(ids, await repos.relations.findMentions(ids, limit, occurrenceLimit), (m) => m.entityId))),
  };
}

import type { Entity } from '../domain/graph';
import { nameKey } from '../domain/names';
import { BadInputError, NotFoundError } from '../errors';
import type { Loaders } from '../loaders';

/** The entity an argument names: an id (ids always hold a colon) first, else a name or alias (variant-insensitive). */
export async function findEntity(loaders: Loaders, ref: string): Promise<Entity | null> {
  const byId = ref.includes(':') ? await loaders.entityById.load(ref) : null;
  return byId ?? (nameKey(ref) === '' ? null : loaders.entityByName.load(ref));
}

/** Like `findEntity`, but an unknown entity is NOT_FOUND: an empty answer would suggest it exists with no relations. */
export async function requireEntity(loaders: Loaders, ref: string, argumentName: string): Promise<Entity> {
  if (ref.trim() === '') throw new BadInputError(`${argumentName} must name an entity (an id, a name or an alias).`, argumentName);
  const entity = await findEntity(loaders, ref);
  if (!entity) throw new NotFoundError('Entity', ref);
  return entity;
}

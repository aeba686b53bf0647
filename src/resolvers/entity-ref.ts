import type { Entity } from '../domain/graph';
import { nameKey } from '../domain/names';
import { BadInputError, NotFoundError } from '../errors';
import type { Loaders } from '../loaders';
import type { EntityRef } from '../db/repositories/relation.repository';

/** The entity an argument names: an id (ids always hold a colon) first, else a name or alias (variant-insensitive). */
export async function findEntity(loaders: Loaders, ref: string): Promise<Entity | null> {
  const byId = ref.includes(':') ? await loaders.entityById.load(ref) : null;
  return byId ?? (nameKey(ref) === '' ? null : loaders.entityByName.load(ref));
}

/** `ref` as the repositories' one-statement lookup takes it: the same choice as `findEntity` (id first, then name). */
export function entityRef(ref: string): EntityRef {
  const key = nameKey(ref);
  return { id: ref.includes(':') ? ref : null, key: key === '' ? null : key };
}

/** Checks an entity argument before `entityRef`: blank is BAD_USER_INPUT, as in `requireEntity`. */
export function requireRef(ref: string, argumentName: string): EntityRef {
  if (ref.trim() === '') throw new BadInputError(`${argumentName} must name an entity (an id, a name or an alias).`, argumentName);
  return entityRef(ref);
}

/** Like `findEntity`, but an unknown entity is NOT_FOUND: an empty answer would suggest it exists with no relations. */
export async function requireEntity(loaders: Loaders, ref: string, argumentName: string): Promise<Entity> {
  requireRef(ref, argumentName);
  const entity = await findEntity(loaders, ref);
  if (!entity) throw new NotFoundError('Entity', ref);
  return entity;
}

import type { RelationQuery } from '../db/repositories/relation.repository';
import type { Direction } from '../domain/graph';
import { RELATION_TYPES, RelationType } from '../domain/vocabulary';
import { decodeCursor, pageSize, readCursor, validPageSize, type PageLimits } from '../schema/pagination';

/** The arguments of `Entity.relations`, as the field and a prefetch of it read them. */
export interface RelationArgs {
  types?: RelationType[] | null;
  direction?: Direction;
  first?: number | null;
  after?: string | null;
}

/** Cursor kind of `Entity.relations`. */
export const RELATIONS_CURSOR = 'relations';

function toQuery(args: RelationArgs, size: number, after: string | null): RelationQuery {
  const { types = null, direction = 'BOTH' } = args;
  return { direction, types: types && types.length > 0 ? types : RELATION_TYPES, after, limit: size + 1 };
}

/**
 * The `relations` arguments as the page query (one row more than the page, to tell if there is a next);
 * BAD_USER_INPUT for a bad `first` or `after`.
 */
export function relationQuery(args: RelationArgs, limits: PageLimits): RelationQuery {
  const after = args.after ? String(decodeCursor(args.after, RELATIONS_CURSOR)[0]) : null;
  return toQuery(args, pageSize(args.first, limits), after);
}

/** As `relationQuery`, or null where it would refuse the arguments (the field's resolver then reports them). */
export function relationQueryIfValid(args: RelationArgs, limits: PageLimits): RelationQuery | null {
  const size = validPageSize(args.first, limits);
  const position = args.after ? readCursor(args.after, RELATIONS_CURSOR) : [];
  if (size === null || position === null) return null;
  return toQuery(args, size, args.after ? String(position[0]) : null);
}

/** The page `uses` / `usedBy` read: the first `limit` USES relations in one direction. */
export function usesQuery(direction: 'IN' | 'OUT', limit: number): RelationQuery {
  return { direction, types: [RelationType.USES], after: null, limit };
}

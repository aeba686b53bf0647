import type { RelationQuery } from '../db/repositories/relation.repository';
import type { Direction } from '../domain/graph';
import { RELATION_TYPES, RelationType } from '../domain/vocabulary';
import { BadInputError } from '../errors';
import { decodeCursor, pageSize, readCursor, validPageSize, type PageLimits } from '../schema/pagination';

/** The arguments of `Entity.relations`, as the field and a prefetch of it read them. */
export interface RelationArgs {
  types?: RelationType[] | null;
  direction?: Direction;
  first?: number | null;
  after?: string | null;
  minConfidence?: number | null;
}

/** Options of the `minConfidence` argument of `relations`, `uses` and `usedBy`. */
export const MIN_CONFIDENCE_ARG = {
  nullable: true,
  description: 'Only relations whose confidence (the highest among their evidence) is at least this, from 0 to 1; all when omitted.',
} as const;

/** True when `minConfidence` is absent or a number from 0 to 1 (what `minConfidence` accepts). */
function validMinConfidence(value: number | null | undefined): boolean {
  return value === null || value === undefined || (value >= 0 && value <= 1);
}

/** The threshold of a `minConfidence` argument: undefined when absent (no filter); BAD_USER_INPUT outside 0..1 or NaN. */
export function minConfidence(value: number | null | undefined): number | undefined {
  if (!validMinConfidence(value)) throw new BadInputError(`minConfidence must be between 0 and 1 (got ${value}).`, 'minConfidence');
  return value ?? undefined;
}

/** `query` limited to relations of at least `threshold`; `query` itself when there is none, so unfiltered pages stay as they are. */
function withMinConfidence(query: RelationQuery, threshold: number | undefined): RelationQuery {
  return threshold === undefined ? query : { ...query, minConfidence: threshold };
}

/** Cursor kind of `Entity.relations`. */
export const RELATIONS_CURSOR = 'relations';

function toQuery(args: RelationArgs, size: number, after: string | null): RelationQuery {
  const { types = null, direction = 'BOTH' } = args;
  return withMinConfidence({ direction, types: types && types.length > 0 ? types : RELATION_TYPES, after, limit: size + 1 }, args.minConfidence ?? undefined);
}

/**
 * The `relations` arguments as the page query (one row more than the page, to tell if there is a next);
 * BAD_USER_INPUT for a bad `minConfidence`, `first` or `after`.
 */
export function relationQuery(args: RelationArgs, limits: PageLimits): RelationQuery {
  minConfidence(args.minConfidence);
  const after = args.after ? String(decodeCursor(args.after, RELATIONS_CURSOR)[0]) : null;
  return toQuery(args, pageSize(args.first, limits), after);
}

/** As `relationQuery`, or null where it would refuse the arguments (the field's resolver then reports them). */
export function relationQueryIfValid(args: RelationArgs, limits: PageLimits): RelationQuery | null {
  const size = validPageSize(args.first, limits);
  const position = args.after ? readCursor(args.after, RELATIONS_CURSOR) : [];
  if (size === null || position === null || !validMinConfidence(args.minConfidence)) return null;
  return toQuery(args, size, args.after ? String(position[0]) : null);
}

/** The page `uses` / `usedBy` read: the first `limit` USES relations in one direction (of at least `threshold`, when given). */
export function usesQuery(direction: 'IN' | 'OUT', limit: number, threshold?: number): RelationQuery {
  return withMinConfidence({ direction, types: [RelationType.USES], after: null, limit }, threshold);
}

import type { GraphQLResolveInfo } from 'graphql';
import { MAX_TRAVERSAL_HOPS, type RelatedQuery } from '../db/repositories/traversal.repository';
import { BadInputError } from '../errors';
import { pageSize, type PageLimits } from '../schema/pagination';
import { evidencePrefetch, selectsAt } from './lookahead';

/** `maxHops` (or another bound) checked against 1..max; BAD_USER_INPUT outside. */
export function hopBound(value: number, max: number, argumentName: string): number {
  if (!Number.isInteger(value) || value < 1 || value > max) throw new BadInputError(`${argumentName} must be between 1 and ${max} (got ${value}).`, argumentName);
  return value;
}

/**
 * The traversal `solutionsUsing` / `related` run, less its start and chain: the page size, the hop bound,
 * the paths only when selected, and the evidence of every step when the operation selects it (with the
 * articles when those are), so one statement answers the whole field. BAD_USER_INPUT for a bad `first` or `maxHops`.
 */
export function planRelated(
  info: GraphQLResolveInfo,
  limits: PageLimits,
  maxHops: number,
  first: number | null,
): Pick<RelatedQuery, 'withEvidence' | 'evidenceLimit' | 'withArticles' | 'withPath' | 'maxHops' | 'limit'> {
  const limit = pageSize(first, limits);
  const max = hopBound(maxHops, MAX_TRAVERSAL_HOPS, 'maxHops');
  const evidenceLimit = evidencePrefetch(info, info.fieldNodes, ['path', 'steps', 'evidence'], limits);
  const withArticles = selectsAt(info, info.fieldNodes, ['path', 'steps', 'evidence', 'article']);
  // Paths are read only when selected: `{ entity { name } }` needs the entities alone.
  const withPath = selectsAt(info, info.fieldNodes, ['path']);
  return { withEvidence: evidenceLimit !== null, evidenceLimit, withArticles, withPath, maxHops: max, limit };
}

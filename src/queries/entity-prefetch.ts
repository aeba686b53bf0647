import type { GraphQLResolveInfo } from 'graphql';
import type { RelationQuery, UsesQuery } from '../db/repositories/relation.repository';
import { validPageSize, type PageLimits } from '../schema/pagination';
import { evidencePrefetch, selectedChild, selectsAt } from './lookahead';
import { relationQueryIfValid, type RelationArgs } from './relation-page';

/** What `entity(…)` fetches with the entity, in the same statement. */
export type EntityPrefetch =
  /** One page of `relations`, with the first `evidenceLimit` pieces of each one's evidence (null: none). */
  | { kind: 'relations'; query: RelationQuery; evidenceLimit: number | null; withArticles: boolean }
  /** The page of `usedBy` (IN) or `uses` (OUT). */
  | { kind: 'uses'; direction: 'IN' | 'OUT'; limit: number };

/**
 * What the operation selects under `entity(…)` that can come in the entity's own round trip: a page of
 * `relations` (the page its resolver will ask for, how much of their evidence is selected and whether
 * the evidence's articles are), else the page of `usedBy` or `uses` when only one of them is selected.
 * Null (no prefetch) otherwise, including arguments the field resolvers will refuse and a `minConfidence`,
 * which the entity's statements cannot apply: the field then reads its page through its loader.
 */
export function planEntityPrefetch(info: GraphQLResolveInfo, limits: PageLimits): EntityPrefetch | null {
  const relations = selectedChild(info, 'relations');
  if (relations) {
    const query = relationQueryIfValid(relations.args as RelationArgs, limits);
    if (!query || query.minConfidence !== undefined) return null;
    return {
      kind: 'relations',
      query,
      evidenceLimit: evidencePrefetch(info, relations.nodes, ['edges', 'evidence'], limits),
      withArticles: selectsAt(info, relations.nodes, ['edges', 'evidence', 'article']),
    };
  }
  const uses = planUsesPrefetch(info, limits);
  return uses && { kind: 'uses', ...uses };
}

/**
 * The page of `usedBy` (IN) or `uses` (OUT) selected under the field being resolved, when only one of
 * them is, with arguments its resolver accepts and no `minConfidence`: it can come in the same statement.
 * Null otherwise.
 */
export function planUsesPrefetch(info: GraphQLResolveInfo, limits: PageLimits): UsesQuery | null {
  const usedBy = selectedChild(info, 'usedBy');
  const uses = selectedChild(info, 'uses');
  if ((usedBy === null) === (uses === null)) return null;
  const selected = usedBy ?? uses;
  if ((selected?.args.minConfidence ?? null) !== null) return null;
  const limit = validPageSize((selected?.args.first as number | null | undefined) ?? null, limits);
  if (limit === null) return null;
  return { direction: usedBy ? 'IN' : 'OUT', limit };
}

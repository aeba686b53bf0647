import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, ID, Info, Int, Query, Resolver } from 'type-graphql';
import type { Context } from '../context';
import { MAX_NEIGHBORHOOD_DEPTH, MAX_TRAVERSAL_HOPS, type RelatedQuery } from '../db/repositories/traversal.repository';
import type { GraphPath, Neighborhood, RelatedEntity } from '../domain/graph';
import { RelationType } from '../domain/vocabulary';
import { BadInputError, NotFoundError } from '../errors';
import { BY_FIRST, ListSize } from '../schema/list-size';
import { pageSize } from '../schema/pagination';
import { NeighborhoodObject, PathObject, RelatedEntityObject } from '../schema/traversal.object';
import { Direction } from '../schema/vocabulary.enums';
import { requireEntity, requireRef } from './entity-ref';
import { hopBound, planRelated } from '../queries/related-plan';

const HOPS = `Longest chain to follow, 1 to ${MAX_TRAVERSAL_HOPS}.`;

/** The GraphQL shape of a path: its length plus nodes and steps. */
const toPathObject = (path: GraphPath) => ({ ...path, length: path.steps.length });
const toRelatedObject = (r: RelatedEntity) => ({ ...r, path: toPathObject(r.path) });

/**
 * solutionsUsing and related: the entities `ref` is linked to by qualifying chains, with the evidence of
 * every step fetched in the same statement when selected. NOT_FOUND when `ref` names no entity.
 */
async function findRelated(
  { loaders, config }: Context,
  info: GraphQLResolveInfo,
  ref: string,
  argumentName: string,
  chain: Pick<RelatedQuery, 'relation' | 'via' | 'direction'>,
  maxHops: number,
  first: number | null,
) {
  const plan = planRelated(info, config, maxHops, first);
  const found = await loaders.related({ ...chain, ...plan, start: requireRef(ref, argumentName) });
  if (!found) throw new NotFoundError('Entity', ref);
  return found.map(toRelatedObject);
}

@Resolver()
export class TraversalResolver {
  @Query(() => [RelatedEntityObject], {
    description:
      'Every entity that USES the technique, directly or through a chain of USES / IS_A / BUILT_ON steps (a network USES a rollup design USES a proof system), nearest first, each with its shortest chain and the evidence of every step. NOT_FOUND when the technique is unknown.',
  })
  @ListSize(BY_FIRST)
  async solutionsUsing(
    @Arg('technique', { description: 'The technique (or any entity): an id, a name or an alias.' }) technique: string,
    @Arg('maxHops', () => Int, { defaultValue: 3, description: HOPS }) maxHops: number,
    @Arg('first', () => Int, { nullable: true, description: 'How many results at most (default DEFAULT_PAGE_SIZE, at most MAX_PAGE_SIZE).' }) first: number | null,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    const via = [RelationType.USES, RelationType.IS_A, RelationType.BUILT_ON];
    return findRelated(ctx, info, technique, 'technique', { relation: RelationType.USES, via, direction: 'IN' }, maxHops, first);
  }

  @Query(() => [RelatedEntityObject], {
    description:
      'The general form of solutionsUsing: entities linked to `name` by chains of `via` steps that contain at least one `relation` step, nearest first, each with its shortest chain. NOT_FOUND when the entity is unknown.',
  })
  @ListSize(BY_FIRST)
  async related(
    @Arg('name', { description: 'The entity to start from: an id, a name or an alias.' }) name: string,
    @Arg('relation', () => RelationType, { description: 'The relation at least one step must have.' }) relation: RelationType,
    @Arg('direction', () => Direction, {
      defaultValue: 'OUT',
      description: 'OUT: entities `name` reaches (what is this network BUILT_ON?); IN: entities that reach `name` (who USES this technique?); BOTH: steps either way.',
    })
    direction: 'IN' | 'OUT' | 'BOTH',
    @Arg('via', () => [RelationType], { defaultValue: [RelationType.IS_A, RelationType.BUILT_ON], description: 'Other relation types the chain may pass through.' }) via: RelationType[],
    @Arg('maxHops', () => Int, { defaultValue: 3, description: HOPS }) maxHops: number,
    @Arg('first', () => Int, { nullable: true, description: 'How many results at most (default DEFAULT_PAGE_SIZE, at most MAX_PAGE_SIZE).' }) first: number | null,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    return findRelated(ctx, info, name, 'name', { relation, via, direction }, maxHops, first);
  }

  @Query(() => [PathObject], {
    description: 'The shortest paths between two entities, following relations either way, each step with its evidence. Empty when none is within maxHops; NOT_FOUND when either entity is unknown.',
  })
  @ListSize(BY_FIRST)
  async path(
    @Arg('from', { description: 'One end: an id, a name or an alias.' }) from: string,
    @Arg('to', { description: 'The other end: an id, a name or an alias.' }) to: string,
    @Arg('maxHops', () => Int, { defaultValue: 4, description: HOPS }) maxHops: number,
    @Arg('first', () => Int, { defaultValue: 5, description: 'How many equally short paths at most.' }) first: number,
    @Ctx() { loaders, repos, config }: Context,
  ) {
    const max = hopBound(maxHops, MAX_TRAVERSAL_HOPS, 'maxHops');
    const limit = pageSize(first, config);
    const [a, b] = await Promise.all([requireEntity(loaders, from, 'from'), requireEntity(loaders, to, 'to')]);
    if (a.id === b.id) throw new BadInputError('from and to name the same entity.', 'to');
    return (await repos.traversal.findShortestPaths(a.id, b.id, max, limit)).map(toPathObject);
  }

  @Query(() => NeighborhoodObject, {
    description: 'The entities within `depth` relations of one entity (nearest first) and every relation among them: nodes and edges for drawing. NOT_FOUND when the id is unknown.',
  })
  @ListSize({ slicingArgument: 'limit' })
  async neighborhood(
    @Arg('id', () => ID, { description: 'Id of the centre entity.' }) id: string,
    @Arg('depth', () => Int, { defaultValue: 1, description: `How many relations away, 1 to ${MAX_NEIGHBORHOOD_DEPTH}.` }) depth: number,
    @Arg('limit', () => Int, { nullable: true, description: 'Most entities to return besides the centre (default DEFAULT_PAGE_SIZE, at most MAX_PAGE_SIZE).' }) limit: number | null,
    @Ctx() { repos, config }: Context,
  ): Promise<Neighborhood> {
    const d = hopBound(depth, MAX_NEIGHBORHOOD_DEPTH, 'depth');
    const found = await repos.traversal.findNeighborhood(id, d, pageSize(limit, config, 'limit'));
    if (!found) throw new NotFoundError('Entity', id);
    return found;
  }
}

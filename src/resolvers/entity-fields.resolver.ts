import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, FieldResolver, Float, Info, Int, Resolver, Root } from 'type-graphql';
import type { Context } from '../context';
import type { UsesQuery } from '../db/repositories/relation.repository';
import type { ArticleMentions, Direction, Entity, RelationView } from '../domain/graph';
import { RelationType } from '../domain/vocabulary';
import { EntityInterface } from '../schema/entity.interface';
import { BY_FIRST, ListSize } from '../schema/list-size';
import { MentionObject } from '../schema/mention.object';
import { encodeCursor, FIRST_ARG, pageInfo, pageSize } from '../schema/pagination';
import { planUsesPrefetch } from '../queries/entity-prefetch';
import { MIN_CONFIDENCE_ARG, minConfidence, relationQuery, RELATIONS_CURSOR, usesQuery } from '../queries/relation-page';
import { RelationConnectionObject } from '../schema/relation.object';
import { Direction as DirectionEnum } from '../schema/vocabulary.enums';

/** An edge as the RelationEdge resolvers see it. */
export type RelationEdge = RelationView & { cursor: string; node: Entity };

/** Fields every entity type has that need the database; type-graphql gives them to each object type. */
@Resolver(() => EntityInterface)
export class EntityFieldsResolver {
  @FieldResolver(() => RelationConnectionObject, { description: 'Relations of this entity, in either or both directions, each with its evidence.' })
  @ListSize(BY_FIRST)
  async relations(
    @Root() entity: Entity,
    @Arg('types', () => [RelationType], { nullable: true, description: 'Only these relation types; all when omitted.' }) types: RelationType[] | null,
    @Arg('direction', () => DirectionEnum, { defaultValue: 'BOTH', description: 'OUT: this entity is the subject; IN: the object; BOTH: either.' }) direction: Direction,
    @Arg('first', () => Int, { nullable: true, description: 'Page size (default DEFAULT_PAGE_SIZE, at most MAX_PAGE_SIZE).' }) first: number | null,
    @Arg('after', () => String, { nullable: true, description: '`endCursor` of the previous page.' }) after: string | null,
    @Arg('minConfidence', () => Float, MIN_CONFIDENCE_ARG) minConfidence: number | null,
    @Ctx() { loaders, config }: Context,
  ) {
    const query = relationQuery({ types, direction, first, after, minConfidence }, config);
    const size = query.limit - 1;
    const found = await loaders.relationPageByEntityId(query).load(entity.id);
    const cursorOf = (r: RelationView) => encodeCursor(RELATIONS_CURSOR, [r.sortKey]);
    const { page, pageInfo: info } = pageInfo(found.items, size, after, cursorOf);
    const edges: RelationEdge[] = page.map((r) => ({ ...r, cursor: cursorOf(r), node: r.other }));
    return { edges, pageInfo: info, totalCount: found.total };
  }

  @FieldResolver(() => [EntityInterface], { description: 'Shortcut: the entities this one USES (outgoing USES relations).' })
  @ListSize(BY_FIRST)
  uses(
    @Root() entity: Entity,
    @Arg('first', () => Int, FIRST_ARG) first: number | null,
    @Arg('minConfidence', () => Float, MIN_CONFIDENCE_ARG) threshold: number | null,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Entity[]> {
    return related(ctx, { direction: 'OUT', limit: pageSize(first, ctx.config) }, minConfidence(threshold), entity, planUsesPrefetch(info, ctx.config));
  }

  @FieldResolver(() => [EntityInterface], { description: 'Shortcut: the entities that USE this one (incoming USES relations).' })
  @ListSize(BY_FIRST)
  usedBy(
    @Root() entity: Entity,
    @Arg('first', () => Int, FIRST_ARG) first: number | null,
    @Arg('minConfidence', () => Float, MIN_CONFIDENCE_ARG) threshold: number | null,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Entity[]> {
    return related(ctx, { direction: 'IN', limit: pageSize(first, ctx.config) }, minConfidence(threshold), entity, planUsesPrefetch(info, ctx.config));
  }

  @FieldResolver(() => [MentionObject], { description: 'The articles that name this entity (the first `first`, by article id), with where they do (sentences and offsets).' })
  @ListSize(BY_FIRST)
  mentions(@Root() entity: Entity, @Arg('first', () => Int, FIRST_ARG) first: number | null, @Ctx() { loaders, config }: Context): Promise<ArticleMentions[]> {
    return loaders.mentionsByEntityId(pageSize(first, config)).load(entity.id);
  }
}

/**
 * The page of `uses`/`usedBy` (of at least `threshold`, when given); with `next` (the same shortcut selected
 * below) and no threshold, the nested pages come in the same round trip.
 */
async function related(ctx: Context, query: UsesQuery, threshold: number | undefined, entity: Entity, next: UsesQuery | null): Promise<Entity[]> {
  const loader = next && threshold === undefined ? ctx.loaders.usesPageWithNext(query, next) : ctx.loaders.relationPageByEntityId(usesQuery(query.direction, query.limit, threshold));
  const page = await loader.load(entity.id);
  return page.items.map((r) => r.other);
}

import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, ID, Info, Int, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../context';
import type { EntityFilter } from '../db/repositories/entity.repository';
import type { Entity } from '../domain/graph';
import { nameKey } from '../domain/names';
import { RELATION_TYPES } from '../domain/vocabulary';
import { BadInputError } from '../errors';
import { EntitiesArgs, EntityOrderField, SortDirection, type EntityWhereInput } from '../schema/entities.args';
import { EntityConnectionObject } from '../schema/entity-connection.object';
import { EntityInterface } from '../schema/entity.interface';
import { BY_FIRST, ListSize } from '../schema/list-size';
import { decodeCursor, encodeCursor, pageInfo, pageSize } from '../schema/pagination';
import { planEntityPrefetch } from '../queries/entity-prefetch';
import { selectsAt } from '../queries/lookahead';

/** The runtime value behind an EntityConnection: the page plus the filter `totalCount` counts with. */
interface EntityConnection {
  edges: { cursor: string; node: Entity }[];
  pageInfo: EntityConnectionObject['pageInfo'];
  filter: EntityFilter;
  /** Fetched with the page when the operation asks for `totalCount` (one statement where it can be). */
  total: number | null;
}

@Resolver(() => EntityConnectionObject)
export class EntityResolver {
  @Query(() => EntityInterface, {
    nullable: true,
    description: 'One entity by id, or by name or alias (case-, hyphen-, spacing- and plural-insensitive: "validity proof" finds Validity Proofs). Null when unknown.',
  })
  entity(
    @Arg('id', () => ID, { nullable: true, description: 'The entity id, e.g. `technique:validity-proofs`.' }) id: string | null,
    @Arg('name', () => String, { nullable: true, description: 'A name or alias, in any spelling variant.' }) name: string | null,
    @Ctx() { loaders, config }: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Entity | null> {
    if (((id ?? null) === null) === ((name ?? null) === null)) throw new BadInputError('Give exactly one of id and name.');
    const byId = id !== null && id !== undefined;
    if (!byId && nameKey(name ?? '') === '') return Promise.resolve(null);
    // The entity with what the operation selects of its relations, in one round trip.
    const prefetch = planEntityPrefetch(info, config);
    if (prefetch) return loaders.entityWithPrefetch(byId ? { id, key: null } : { id: null, key: nameKey(name ?? '') }, prefetch);
    return byId ? loaders.entityById.load(id) : loaders.entityByName.load(name ?? '');
  }

  @Query(() => EntityConnectionObject, { description: 'Entities, filtered and sorted, one page at a time (keyset cursors).' })
  @ListSize(BY_FIRST)
  async entities(@Args() args: EntitiesArgs, @Ctx() { repos, config }: Context, @Info() info: GraphQLResolveInfo): Promise<EntityConnection> {
    const size = pageSize(args.first, config);
    const field = args.orderBy?.field ?? EntityOrderField.NAME;
    const descending = (args.orderBy?.direction ?? SortDirection.ASC) === SortDirection.DESC;
    const kind = `entities:${field}:${descending ? 'DESC' : 'ASC'}`;
    const filter = toFilter(args.where);
    const after = keyset(args.after, kind);
    const request = { filter, orderField: field, descending, after, limit: size + 1 };
    const { rows, total } = selectsAt(info, info.fieldNodes, ['totalCount']) ? await repos.entities.findPageWithTotal(request) : { rows: await repos.entities.findPage(request), total: null };
    const { page, pageInfo: pageInfoValue } = pageInfo(rows, size, args.after, (r) => encodeCursor(kind, [r.sortKey, r.entity.id]));
    return {
      edges: page.map((r) => ({ cursor: encodeCursor(kind, [r.sortKey, r.entity.id]), node: r.entity })),
      pageInfo: pageInfoValue,
      filter,
      total,
    };
  }

  @FieldResolver(() => Int, { description: 'Number of entities matching the filter, on all pages.' })
  totalCount(@Root() connection: EntityConnection, @Ctx() { repos }: Context): number | Promise<number> {
    return connection.total ?? repos.entities.count(connection.filter);
  }
}

function keyset(after: string | null | undefined, kind: string): { key: string | number; id: string } | null {
  if (after === null || after === undefined) return null;
  const [key, id] = decodeCursor(after, kind);
  if ((typeof key !== 'string' && typeof key !== 'number') || typeof id !== 'string') {
    throw new BadInputError('after is not a cursor of this list (use an endCursor it returned).', 'after');
  }
  return { key, id };
}

function toFilter(where: EntityWhereInput | null | undefined): EntityFilter {
  if (!where) return {};
  const lower = (s: string | null | undefined) => (s === null || s === undefined ? null : s.toLowerCase());
  return {
    types: where.type && where.type.length > 0 ? where.type : null,
    nameKey: where.name?.eq === null || where.name?.eq === undefined ? null : nameKey(where.name.eq),
    contains: lower(where.name?.contains),
    startsWith: lower(where.name?.startsWith),
    discovered: where.discovered ?? null,
    articleId: where.mentionedIn ?? null,
    related: where.related ? { to: where.related.to, types: where.related.type ? [where.related.type] : [...RELATION_TYPES], direction: where.related.direction } : null,
  };
}

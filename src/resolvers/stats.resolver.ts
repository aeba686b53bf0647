import { Arg, Ctx, FieldResolver, Int, Query, Resolver } from 'type-graphql';
import type { Context } from '../context';
import type { ConnectedEntity } from '../domain/graph';
import { BY_FIRST, ListSize } from '../schema/list-size';
import { pageSize } from '../schema/pagination';
import { ConnectedEntityObject, StatsObject } from '../schema/stats.object';

@Resolver(() => StatsObject)
export class StatsResolver {
  @Query(() => StatsObject, { description: 'Counts of what the graph holds, by entity type and relation type.' })
  async stats(@Ctx() { repos }: Context) {
    const s = await repos.stats.findStats();
    return {
      ...s,
      entitiesByType: s.entitiesByType.map((c) => ({ type: c.key, count: c.count })),
      relationsByType: s.relationsByType.map((c) => ({ type: c.key, count: c.count })),
    };
  }

  @FieldResolver(() => [ConnectedEntityObject], { description: 'The entities with the most relations, most first.' })
  @ListSize(BY_FIRST)
  mostConnected(@Arg('first', () => Int, { defaultValue: 10, description: 'How many (at most MAX_PAGE_SIZE).' }) first: number, @Ctx() { repos, config }: Context): Promise<ConnectedEntity[]> {
    return repos.stats.findMostConnected(pageSize(first, config));
  }
}

import { Ctx, Query, Resolver } from 'type-graphql';
import type { Context } from '../context';
import { ServiceUnavailableError } from '../errors';
import { HealthObject } from '../schema/health.object';
import { API_VERSION } from '../version';

@Resolver(() => HealthObject)
export class HealthResolver {
  @Query(() => HealthObject, { description: 'API version and the database it reads from (a query answered by Neo4j).' })
  async health(@Ctx() { repos }: Context): Promise<HealthObject> {
    const [database] = await repos.system.components();
    if (!database) throw new ServiceUnavailableError('The database did not describe itself.');
    return { status: 'ok', apiVersion: API_VERSION, database };
  }
}

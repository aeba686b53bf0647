import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import type { Context } from '../context';
import type { ReseedReport } from '../domain/reseed';
import { ServiceUnavailableError, UnauthenticatedError } from '../errors';
import { ReseedReportObject } from '../schema/reseed.object';

@Resolver()
export class ReseedResolver {
  @Mutation(() => ReseedReportObject, {
    description:
      'Runs the incremental ingest of the articles folder: only new, changed and removed articles are written, each in one transaction. Needs `Authorization: Bearer <ADMIN_TOKEN>` (UNAUTHENTICATED otherwise; always, when no ADMIN_TOKEN is configured).',
  })
  async reseed(
    @Arg('dryRun', { defaultValue: false, description: 'Report what would change, and write nothing.' }) dryRun: boolean,
    @Ctx() { isAdmin, config, reseed }: Context,
  ): Promise<ReseedReport> {
    if (config.adminToken === undefined) throw new UnauthenticatedError('reseed is disabled: the server has no ADMIN_TOKEN configured.');
    if (!isAdmin) throw new UnauthenticatedError();
    if (!reseed) throw new ServiceUnavailableError('reseed is not available on this server.');
    return reseed({ dryRun });
  }
}

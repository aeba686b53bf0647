import { randomUUID, timingSafeEqual } from 'node:crypto';
import type { ApiConfig } from './server';
import type { Repositories } from './db/repositories';
import type { Reseed } from './domain/reseed';
import { createLoaders, type Loaders } from './loaders';
import type { Logger } from './logger';

/** What every resolver sees. Built fresh for each request, so loader caches are never shared. */
export interface Context {
  requestId: string;
  repos: Repositories;
  loaders: Loaders;
  config: ApiConfig;
  logger: Logger;
  /** True when the request carried `Authorization: Bearer <ADMIN_TOKEN>`. */
  isAdmin: boolean;
  /** The incremental ingest behind the `reseed` mutation; absent where the service cannot run it. */
  reseed: Reseed | undefined;
}

export interface ContextDeps {
  repos: Repositories;
  config: ApiConfig;
  logger: Logger;
  reseed?: Reseed;
}

export function createContext(deps: ContextDeps, authorization: string | undefined): Context {
  const requestId = randomUUID();
  return {
    requestId,
    repos: deps.repos,
    loaders: createLoaders(deps.repos, deps.config),
    config: deps.config,
    logger: deps.logger.child({ requestId }),
    isAdmin: hasAdminToken(deps.config.adminToken, authorization),
    reseed: deps.reseed,
  };
}

/** Constant-time comparison of the bearer token; always false when no token is configured. */
function hasAdminToken(token: string | undefined, authorization: string | undefined): boolean {
  if (token === undefined || authorization === undefined) return false;
  const expected = Buffer.from(`Bearer ${token}`);
  const given = Buffer.from(authorization);
  return expected.length === given.length && timingSafeEqual(expected, given);
}

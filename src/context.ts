import { randomUUID } from 'node:crypto';
import type { ApiConfig } from './server';
import type { Repositories } from './db/repositories';
import type { Logger } from './logger';

/** What every resolver sees. Built fresh for each request, so loader caches are never shared. */
export interface Context {
  requestId: string;
  repos: Repositories;
  config: ApiConfig;
  logger: Logger;
  /** True when the request carried `Authorization: Bearer <ADMIN_TOKEN>`. */
  isAdmin: boolean;
}

export interface ContextDeps {
  repos: Repositories;
  config: ApiConfig;
  logger: Logger;
}

export function createContext(deps: ContextDeps, authorization: string | undefined): Context {
  const token = deps.config.adminToken;
  const requestId = randomUUID();
  return {
    requestId,
    repos: deps.repos,
    config: deps.config,
    logger: deps.logger.child({ requestId }),
    isAdmin: token !== undefined && authorization === `Bearer ${token}`,
  };
}

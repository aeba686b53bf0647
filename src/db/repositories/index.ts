import type { Db } from '../driver';
import { createSystemRepository } from './system.repository';

/** Every repository over one Db; what resolvers and loaders reach the database through. */
export function createRepositories(db: Db) {
  return {
    system: createSystemRepository(db),
  };
}
export type Repositories = ReturnType<typeof createRepositories>;

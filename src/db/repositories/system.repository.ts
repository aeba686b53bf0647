import type { Db } from '../driver';

const FIND_COMPONENTS = `
  CALL dbms.components() YIELD name, versions, edition
  RETURN name, versions[0] AS version, edition`;

export interface DatabaseInfo {
  name: string;
  version: string;
  edition: string;
}

export function createSystemRepository(db: Db) {
  return {
    /** The server's product name, version and edition, read from the database. */
    components: () =>
      db.read(FIND_COMPONENTS, {}, (row): DatabaseInfo => ({
        name: String(row.name),
        version: String(row.version),
        edition: String(row.edition),
      })),
    ping: () => db.ping(),
  };
}
export type SystemRepository = ReturnType<typeof createSystemRepository>;

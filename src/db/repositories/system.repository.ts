import type { Db } from '../driver';

export const FIND_COMPONENTS = /* cypher */ `
  CALL dbms.components() YIELD name, versions, edition
  RETURN name, versions[0] AS version, edition`;

// Every ingest write transaction sets a new token (BUMP_GRAPH_VERSION in ingest.repository.ts).
export const FIND_GRAPH_VERSION = /* cypher */ `
  OPTIONAL MATCH (v:GraphVersion {name: 'graph'})
  RETURN coalesce(v.version, 'none') AS version`;

export interface DatabaseInfo {
  name: string;
  version: string;
  edition: string;
}

export function createSystemRepository(db: Db) {
  return {
    /** The server's product name, version and edition, read from the database. */
    components: () =>
      db.read(
        FIND_COMPONENTS,
        {},
        (row): DatabaseInfo => ({
          name: String(row.name),
          version: String(row.version),
          edition: String(row.edition),
        }),
      ),
    ping: () => db.ping(),
    /** The graph's version token: a new one after every change the ingest commits. */
    graphVersion: async (): Promise<string> => {
      const [version] = await db.read(FIND_GRAPH_VERSION, {}, (row) => String(row.version));
      return version ?? 'none';
    },
  };
}
export type SystemRepository = ReturnType<typeof createSystemRepository>;

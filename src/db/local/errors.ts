export const ALTERNATIVES = 'set NEO4J_URI to use an existing Neo4j 5.26 server, or run `docker compose up` if you have Docker';

/** Start-up failed for a reason the user can fix; the message says what and how. */
export class LocalNeo4jError extends Error {
  override name = 'LocalNeo4jError';
}

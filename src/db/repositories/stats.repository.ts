import type { ConnectedEntity, GraphStats } from '../../domain/graph';
import type { Db } from '../driver';
import { entityType, relationType, toEntity } from './mappers';

export const FIND_STATS = /* cypher */ `
  CALL () { MATCH (e:Entity) RETURN count(e) AS entities }
  CALL () { MATCH (a:Article) RETURN count(a) AS articles }
  CALL () { MATCH (ev:Evidence) RETURN count(ev) AS evidence }
  CALL () {
    MATCH (e:Entity) WITH e.type AS key, count(*) AS count ORDER BY count DESC, key
    RETURN collect({key: key, count: count}) AS entitiesByType
  }
  CALL () {
    MATCH (:Entity)-[r:USES|BUILT_ON|IS_A|PART_OF|ENABLES|ADDRESSES|PROPOSED_BY|DEVELOPED_BY|FORMERLY_KNOWN_AS|ALTERNATIVE_TO|COMBINES]->(:Entity) WITH type(r) AS key, count(*) AS count ORDER BY count DESC, key
    RETURN collect({key: key, count: count}) AS relationsByType
  }
  RETURN entities, articles, evidence, entitiesByType, relationsByType`;

export const FIND_MOST_CONNECTED = /* cypher */ `
  MATCH (e:Entity)
  WITH e, COUNT { (e)-[:USES|BUILT_ON|IS_A|PART_OF|ENABLES|ADDRESSES|PROPOSED_BY|DEVELOPED_BY|FORMERLY_KNOWN_AS|ALTERNATIVE_TO|COMBINES]-(:Entity) } AS degree
  ORDER BY degree DESC, e.id
  LIMIT toInteger($limit)
  RETURN e { .id, .name, .type, .aliases, .description, .discovered, .confidence } AS entity, degree`;

type Counted = { key: unknown; count: unknown }[];

export function createStatsRepository(db: Db) {
  return {
    /** Counts of entities, relations, articles and evidence, by type where it applies. */
    findStats: async (): Promise<GraphStats> => {
      const [stats] = await db.read(FIND_STATS, {}, (row) => ({
        entities: Number(row.entities),
        articles: Number(row.articles),
        evidence: Number(row.evidence),
        entitiesByType: (row.entitiesByType as Counted).map((c) => ({ key: entityType(c.key), count: Number(c.count) })),
        relationsByType: (row.relationsByType as Counted).map((c) => ({ key: relationType(c.key), count: Number(c.count) })),
        relations: (row.relationsByType as Counted).reduce((sum, c) => sum + Number(c.count), 0),
      }));
      if (!stats) throw new Error('stats: the statistics query returned no row');
      return stats;
    },
    /** The entities with the most relations (either direction). */
    findMostConnected: (limit: number): Promise<ConnectedEntity[]> => db.read(FIND_MOST_CONNECTED, { limit }, (row) => ({ entity: toEntity(row.entity), degree: Number(row.degree) })),
  };
}
export type StatsRepository = ReturnType<typeof createStatsRepository>;

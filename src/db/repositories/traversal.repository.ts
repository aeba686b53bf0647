import type { GraphPath, Neighborhood, RelatedEntity } from '../../domain/graph';
import { RELATION_TYPES, type RelationType } from '../../domain/vocabulary';
import type { Db } from '../driver';
import type { Row } from '../records';
import { ENTITY_FIELDS, toEntity, toRelation } from './mappers';

/** Upper bound of every traversal; Cypher needs it as a literal, the API checks `maxHops` against it. */
export const MAX_TRAVERSAL_HOPS = 6;
/** Upper bound of `neighborhood(depth)`. */
export const MAX_NEIGHBORHOOD_DEPTH = 3;

// Only the vocabulary's relationship types connect entities (MENTIONS and HAS_EVIDENCE never do).
const ENTITY_RELATIONS = RELATION_TYPES.join('|');

const PATH_STEPS = /* cypher */ `
  [n IN nodes(p) | n { ${ENTITY_FIELDS} }] AS nodes,
  [r IN relationships(p) | {
    subject: properties(startNode(r)), type: type(r), object: properties(endNode(r)),
    confidence: r.confidence, evidenceCount: r.evidenceCount
  }] AS steps`;

/** `(found)-[…]->(start)`: the entities that reach the start entity. */
const RELATED_TO = (pattern: string) => /* cypher */ `
  MATCH (t:Entity {id: $id})
  MATCH p = ${pattern}
  WHERE x <> t AND length(p) <= $maxHops
    AND all(r IN relationships(p) WHERE type(r) IN $via)
    AND any(r IN relationships(p) WHERE type(r) = $relation)
  WITH x, p ORDER BY length(p), [n IN nodes(p) | n.id]
  WITH x, collect(p)[0] AS p
  RETURN x { ${ENTITY_FIELDS} } AS entity, length(p) AS hops, ${PATH_STEPS}
  ORDER BY hops, toLower(x.name), x.id
  LIMIT toInteger($limit)`;

// Cypher takes a path length bound only as a literal: one fixed query per direction and bound, so
// the expansion stops at maxHops instead of enumerating longer chains and filtering them afterwards.
const HOP_BOUNDS = Array.from({ length: MAX_TRAVERSAL_HOPS }, (_, i) => i + 1);
const FIND_RELATED = {
  IN: HOP_BOUNDS.map((n) => RELATED_TO(`(x:Entity)-[:${ENTITY_RELATIONS}*1..${n}]->(t)`)),
  OUT: HOP_BOUNDS.map((n) => RELATED_TO(`(t)-[:${ENTITY_RELATIONS}*1..${n}]->(x:Entity)`)),
  BOTH: HOP_BOUNDS.map((n) => RELATED_TO(`(t)-[:${ENTITY_RELATIONS}*1..${n}]-(x:Entity)`)),
} as const;

const FIND_SHORTEST_PATHS = /* cypher */ `
  MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
  MATCH p = allShortestPaths((a)-[:${ENTITY_RELATIONS}*..${MAX_TRAVERSAL_HOPS}]-(b))
  WITH p WHERE length(p) <= $maxHops
  RETURN ${PATH_STEPS}
  LIMIT toInteger($limit)`;

const FIND_NEIGHBORHOOD = /* cypher */ `
  MATCH (c:Entity {id: $id})
  OPTIONAL MATCH p = ANY SHORTEST (c)-[:${ENTITY_RELATIONS}]-{1,${MAX_NEIGHBORHOOD_DEPTH}}(x:Entity)
  WITH c, x, length(p) AS d
  WHERE x IS NULL OR d <= $depth
  WITH c, x, d ORDER BY d, x.id
  WITH c, [n IN collect(x) WHERE n IS NOT NULL] AS found
  WITH c, found[..toInteger($limit)] AS nodes, size(found) > $limit AS truncated
  CALL (c, nodes) {
    WITH [c] + nodes AS inside
    UNWIND inside AS n
    MATCH (n)-[r:${ENTITY_RELATIONS}]->(m:Entity) WHERE m IN inside
    RETURN collect({
      subject: n { ${ENTITY_FIELDS} }, type: type(r), object: m { ${ENTITY_FIELDS} },
      confidence: r.confidence, evidenceCount: r.evidenceCount
    }) AS edges
  }
  RETURN c { ${ENTITY_FIELDS} } AS center, [n IN nodes | n { ${ENTITY_FIELDS} }] AS nodes, edges, truncated`;

export interface RelatedQuery {
  /** Id of the entity to start from. */
  id: string;
  /** Type that at least one step must have. */
  relation: RelationType;
  /** Types every step may have. */
  via: readonly RelationType[];
  /** IN: entities that reach the start; OUT: entities the start reaches; BOTH: either way per step. */
  direction: 'IN' | 'OUT' | 'BOTH';
  maxHops: number;
  limit: number;
}

function toPath(row: Row): GraphPath {
  return {
    nodes: (row.nodes as unknown[]).map(toEntity),
    steps: (row.steps as unknown[]).map(toRelation),
  };
}

function relatedQuery(direction: RelatedQuery['direction'], maxHops: number): string {
  const query = FIND_RELATED[direction][Math.min(Math.max(Math.trunc(maxHops), 1), MAX_TRAVERSAL_HOPS) - 1];
  if (query === undefined) throw new Error(`traversal: no query for ${direction} within ${maxHops} hops`);
  return query;
}

export function createTraversalRepository(db: Db) {
  return {
    /** Every entity connected to the start by a chain of `via` steps holding at least one `relation`, each by its shortest chain. */
    findRelated: (q: RelatedQuery): Promise<RelatedEntity[]> =>
      db.read(
        relatedQuery(q.direction, q.maxHops),
        { id: q.id, relation: q.relation, via: [...new Set([q.relation, ...q.via])], maxHops: q.maxHops, limit: q.limit },
        (row) => ({ entity: toEntity(row.entity), hops: Number(row.hops), path: toPath(row) }),
      ),
    /** The shortest paths between two distinct entities, ignoring edge direction. */
    findShortestPaths: (from: string, to: string, maxHops: number, limit: number): Promise<GraphPath[]> =>
      db.read(FIND_SHORTEST_PATHS, { from, to, maxHops, limit }, toPath),
    /** The entities within `depth` steps (nearest first, `limit` at most) and the edges among them. */
    findNeighborhood: async (id: string, depth: number, limit: number): Promise<Neighborhood | null> => {
      const [found] = await db.read(FIND_NEIGHBORHOOD, { id, depth, limit }, (row) => ({
        center: toEntity(row.center),
        nodes: (row.nodes as unknown[]).map(toEntity),
        edges: (row.edges as unknown[]).map(toRelation),
        truncated: row.truncated === true,
      }));
      return found ?? null;
    },
  };
}
export type TraversalRepository = ReturnType<typeof createTraversalRepository>;

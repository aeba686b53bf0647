import type { Entity, GraphPath, Neighborhood, RelatedEntity } from '../../domain/graph';
import { RELATION_TYPES, type RelationType } from '../../domain/vocabulary';
import type { Db } from '../driver';
import type { Row } from '../records';
import { ENTITY_FIELDS, toEntity, toRelation } from './mappers';
import { COLLECT_EVIDENCE, MATCH_ENTITY_REF, toEvidenceRows, type EntityRef, type EvidenceWithArticle } from './relation.repository';

/** Upper bound of every traversal; Cypher needs it as a literal, the API checks `maxHops` against it. */
export const MAX_TRAVERSAL_HOPS = 6;
/** Upper bound of `neighborhood(depth)`. */
export const MAX_NEIGHBORHOOD_DEPTH = 3;

// Only the vocabulary's relationship types connect entities (MENTIONS and HAS_EVIDENCE never do).
const ENTITY_RELATIONS = RELATION_TYPES.join('|');

// A path's step as a map: its two ends named by id (toPath finds them among the path's nodes).
const STEP_ENTRIES = /* cypher */ `subjectId: startNode(r).id, type: type(r), objectId: endNode(r).id,
    confidence: r.confidence, evidenceCount: r.evidenceCount`;

const PATH_STEPS = /* cypher */ `
  [n IN nodes(p) | n { ${ENTITY_FIELDS} }] AS nodes,
  [r IN relationships(p) | { ${STEP_ENTRIES} }] AS steps`;

// The fields of PATH_STEPS as map entries plus, when $withEvidence, each step's evidence with its article
// (the first $evidenceLimit pieces, strongest first).
const PATH_ENTRIES_WITH_EVIDENCE = /* cypher */ `
  nodes: [n IN nodes(p) | n { ${ENTITY_FIELDS} }],
  steps: [r IN relationships(p) | {
    ${STEP_ENTRIES},
    evidence: CASE WHEN $withEvidence THEN ${COLLECT_EVIDENCE("startNode(r).id + '|' + type(r) + '|' + endNode(r).id")} ELSE null END
  }]`;

// Chains of exactly `hops` steps between the start `t` and `x`, their nodes listed as findRelated shows
// them (from x for IN, from t otherwise). Only `$via` steps: the predicate sits inside the quantified
// pattern, so steps of other types are never expanded; the expansion starts at t.
const STEP = `[s:${ENTITY_RELATIONS} WHERE type(s) IN $via]`;
const CHAINS = {
  IN: (hops: number) => `(x:Entity) (()-${STEP}->()){${hops}} (t)`,
  OUT: (hops: number) => `(t) (()-${STEP}->()){${hops}} (x:Entity)`,
  BOTH: (hops: number) => `(t) (()-${STEP}-()){${hops}} (x:Entity)`,
} as const;

// One hop level: the entities whose shortest qualifying chain (one with a `$relation` step) has exactly
// `hops` steps, that is one of that length and none shorter, as `page` holds every entity of the shorter
// levels whenever this level runs; the first $limit by name, each with its chains of that length.
// Levels run nearest first and stop once `page` holds $limit entities, so the work follows the page,
// not every entity within maxHops.
const HOP_LEVEL = (chain: (hops: number) => string, hops: number) => /* cypher */ `
  CALL (t, page) {
    WITH t, [f IN page | f.x] AS seen WHERE size(page) < $limit AND ${hops} <= $maxHops
    MATCH p = ${chain(hops)}
    WHERE x <> t AND any(r IN relationships(p) WHERE type(r) = $relation) AND NOT x IN seen
    WITH x, collect(p) AS chains ORDER BY toLower(x.name), x.id LIMIT toInteger($limit)
    RETURN collect({ x: x, hops: ${hops}, chains: chains }) AS more
  }
  WITH t, page + more AS page`;

/**
 * The entities connected to the start entity (named as in MATCH_ENTITY_REF) within `maxHops` steps, by
 * hop level, each with the chain it is shown with: of its shortest qualifying chains, the first by the
 * ids of its nodes, then by its step types (parallel steps of two types tie alike every time). One row,
 * so an unknown start (no row) differs from a start with no related entities (`found` empty).
 */
const RELATED_TO = (chain: (hops: number) => string, maxHops: number) => /* cypher */ `
  ${MATCH_ENTITY_REF}
  WITH t, [] AS page
  ${Array.from({ length: maxHops }, (_, i) => HOP_LEVEL(chain, i + 1)).join('')}
  CALL (page) {
    UNWIND page[..toInteger($limit)] AS f
    CALL (f) {
      UNWIND f.chains AS p
      RETURN p ORDER BY [n IN nodes(p) | n.id], [r IN relationships(p) | type(r)] LIMIT 1
    }
    WITH f.x AS x, f.hops AS hops, p ORDER BY hops, toLower(x.name), x.id
    RETURN collect({ entity: x { ${ENTITY_FIELDS} }, hops: hops, ${PATH_ENTRIES_WITH_EVIDENCE} }) AS found
  }
  RETURN t { ${ENTITY_FIELDS} } AS start, found`;

// Cypher takes a path length bound only as a literal: one fixed query per direction and bound, each
// level's expansion stops at its own length.
const HOP_BOUNDS = Array.from({ length: MAX_TRAVERSAL_HOPS }, (_, i) => i + 1);
const FIND_RELATED = {
  IN: HOP_BOUNDS.map((n) => RELATED_TO(CHAINS.IN, n)),
  OUT: HOP_BOUNDS.map((n) => RELATED_TO(CHAINS.OUT, n)),
  BOTH: HOP_BOUNDS.map((n) => RELATED_TO(CHAINS.BOTH, n)),
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
  /** The entity to start from. */
  start: EntityRef;
  /** Also return the evidence of every step (`evidence`, keyed by relation key). */
  withEvidence: boolean;
  /** Type that at least one step must have. */
  relation: RelationType;
  /** Types every step may have. */
  via: readonly RelationType[];
  /** IN: entities that reach the start; OUT: entities the start reaches; BOTH: either way per step. */
  direction: 'IN' | 'OUT' | 'BOTH';
  maxHops: number;
  limit: number;
  /** With `withEvidence`, the first this many pieces of each step's evidence, strongest first (all when absent). */
  evidenceLimit?: number | null;
  /** With `withEvidence`, each piece's article too (default true); without, `Evidence.article` loads it when asked. */
  withArticles?: boolean;
}

// A path row: its nodes projected once, each step naming its two ends by id among them.
function toPath(row: Row): GraphPath {
  const nodes = (row.nodes as unknown[]).map(toEntity);
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const steps = (row.steps as Row[]).map((step) => toRelation({ ...step, subject: byId.get(String(step.subjectId)), object: byId.get(String(step.objectId)) }));
  return { nodes, steps };
}

function relatedQuery(direction: RelatedQuery['direction'], maxHops: number): string {
  const query = FIND_RELATED[direction][Math.min(Math.max(Math.trunc(maxHops), 1), MAX_TRAVERSAL_HOPS) - 1];
  if (query === undefined) throw new Error(`traversal: no query for ${direction} within ${maxHops} hops`);
  return query;
}

export function createTraversalRepository(db: Db) {
  return {
    /**
     * Every entity connected to the start by a chain of `via` steps holding at least one `relation`, each by
     * its shortest chain, in one round trip with the start itself; null when the start names no entity.
     */
    findRelated: async (
      q: RelatedQuery,
    ): Promise<{ start: Entity; found: RelatedEntity[]; evidence: Map<string, EvidenceWithArticle[]> } | null> => {
      const params = {
        id: q.start.id, key: q.start.key, withEvidence: q.withEvidence,
        relation: q.relation, via: [...new Set([q.relation, ...q.via])], maxHops: q.maxHops, limit: q.limit,
        evidenceLimit: q.evidenceLimit ?? Number.MAX_SAFE_INTEGER, withArticles: q.withArticles ?? true,
      };
      const [result] = await db.read(relatedQuery(q.direction, q.maxHops), params, (row) => {
        const evidence = new Map<string, EvidenceWithArticle[]>();
        const found = (row.found as Row[]).map((f) => {
          const path = toPath(f);
          if (q.withEvidence) {
            (f.steps as Row[]).forEach((step, i) => {
              const key = path.steps[i]?.relKey;
              if (key !== undefined) evidence.set(key, toEvidenceRows(step.evidence));
            });
          }
          return { entity: toEntity(f.entity), hops: Number(f.hops), path };
        });
        return { start: toEntity(row.start), found, evidence };
      });
      return result ?? null;
    },
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

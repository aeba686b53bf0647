import type { Entity, GraphPath, Neighborhood, RelatedEntity } from '../../domain/graph';
import type { RelationType } from '../../domain/vocabulary';
import type { Db } from '../driver';
import type { Row } from '../records';
import { toEntity, toRelation } from './mappers';
import { toEvidenceRows, type EntityRef, type EvidenceWithArticle } from './relation.repository';
import {
  FIND_NEIGHBORHOOD,
  FIND_RELATED_BOTH,
  FIND_RELATED_IN,
  FIND_RELATED_ONE_HOP_BOTH,
  FIND_RELATED_ONE_HOP_IN,
  FIND_RELATED_ONE_HOP_OUT,
  FIND_RELATED_OUT,
  FIND_SHORTEST_PATHS,
} from './traversal.statements';

/** Upper bound of every traversal; Cypher needs it as a literal, the API checks `maxHops` against it. */
export const MAX_TRAVERSAL_HOPS = 6;
/** Upper bound of `neighborhood(depth)`. */
export const MAX_NEIGHBORHOOD_DEPTH = 3;

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
  /** Return each entity's path (default true); without, `path` holds no nodes and no steps. */
  withPath?: boolean;
}

// A path row: its nodes projected once, each step naming its two ends by id among them.
function toPath(row: Row): GraphPath {
  const nodes = (row.nodes as unknown[]).map(toEntity);
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const steps = (row.steps as Row[]).map((step) => toRelation({ ...step, subject: byId.get(String(step.subjectId)), object: byId.get(String(step.objectId)) }));
  return { nodes, steps };
}

/** The statement for a traversal: one hop has its own (no chains to collect); longer ones stop at `$maxHops`. */
function relatedStatement(direction: RelatedQuery['direction'], maxHops: number): string {
  const oneHop = maxHops <= 1;
  switch (direction) {
    case 'IN':
      return oneHop ? FIND_RELATED_ONE_HOP_IN : FIND_RELATED_IN;
    case 'OUT':
      return oneHop ? FIND_RELATED_ONE_HOP_OUT : FIND_RELATED_OUT;
    case 'BOTH':
      return oneHop ? FIND_RELATED_ONE_HOP_BOTH : FIND_RELATED_BOTH;
    default: {
      const unreachable: never = direction;
      throw new Error(`traversal: unknown direction ${String(unreachable)}`);
    }
  }
}

export function createTraversalRepository(db: Db) {
  return {
    /**
     * Every entity connected to the start by a chain of `via` steps holding at least one `relation`, each by
     * its shortest chain, in one round trip with the start itself; null when the start names no entity.
     */
    findRelated: async (q: RelatedQuery): Promise<{ start: Entity; found: RelatedEntity[]; evidence: Map<string, EvidenceWithArticle[]> } | null> => {
      const params = {
        id: q.start.id,
        key: q.start.key,
        withEvidence: q.withEvidence,
        relation: q.relation,
        via: [...new Set([q.relation, ...q.via])],
        maxHops: Math.min(Math.max(Math.trunc(q.maxHops), 1), MAX_TRAVERSAL_HOPS),
        limit: q.limit,
        evidenceLimit: q.evidenceLimit ?? Number.MAX_SAFE_INTEGER,
        withArticles: q.withArticles ?? true,
        withPath: q.withPath ?? true,
      };
      const [result] = await db.read(relatedStatement(q.direction, q.maxHops), params, (row) => {
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
    findShortestPaths: (from: string, to: string, maxHops: number, limit: number): Promise<GraphPath[]> => db.read(FIND_SHORTEST_PATHS, { from, to, maxHops, limit }, toPath),
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

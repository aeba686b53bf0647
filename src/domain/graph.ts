import type { EntityType, RelationType } from './vocabulary';

/** Plain shapes the API reads from the graph (docs/GRAPH-MODEL.md); repositories return these. */

export interface Entity {
  /** `<type>:<slug>`, see domain/ids.ts `entityId`. */
  id: string;
  name: string;
  type: EntityType;
  aliases: string[];
  description: string | null;
  /** True when found in the text rather than in the catalog. */
  discovered: boolean;
  /** 1 for catalog entities, lower for discovered ones. */
  confidence: number;
}

/** Which way an edge points, seen from the entity it is listed on. */
export const Direction = { OUT: 'OUT', IN: 'IN', BOTH: 'BOTH' } as const;
export type Direction = (typeof Direction)[keyof typeof Direction];

/** One relation seen from one of its ends: `entityId` is that end, `other` the far end. */
export interface RelationView {
  entityId: string;
  direction: Exclude<Direction, 'BOTH'>;
  type: RelationType;
  other: Entity;
  /** `subjectId|TYPE|objectId` of the stored relation (its evidence's `relKey`). */
  relKey: string;
  confidence: number;
  evidenceCount: number;
  /** Opaque position in the entity's ordered relation list. */
  sortKey: string;
}

/** A page of one entity's relations. `total` ignores the page bounds. */
export interface RelationPage {
  entityId: string;
  total: number;
  /** Up to `first + 1` items, so the caller can tell whether there is a next page. */
  items: RelationView[];
}

export interface Evidence {
  id: string;
  relKey: string;
  subjectId: string;
  type: RelationType;
  objectId: string;
  articleId: string;
  sentence: string;
  start: number;
  end: number;
  section: string | null;
  rule: string;
  confidence: number;
}

export interface Article {
  id: string;
  title: string;
  path: string;
  source: string | null;
  date: string | null;
  ingestedAt: string;
}

/** One occurrence of an entity's name in an article; offsets into the article body. */
export interface MentionOccurrence {
  start: number;
  end: number;
  surface: string;
  sentenceStart: number;
  sentenceEnd: number;
  /** The sentence's text when the graph holds it (as evidence), else null. */
  sentence: string | null;
}

export interface ArticleMentions {
  entityId: string;
  articleId: string;
  count: number;
  occurrences: MentionOccurrence[];
}

/** A stored relation with both ends. */
export interface Relation {
  subject: Entity;
  type: RelationType;
  object: Entity;
  relKey: string;
  confidence: number;
  evidenceCount: number;
}

/** A relation an article supports: the relation and the evidence ids from that article. */
export interface ArticleFact extends Relation {
  articleId: string;
}

/** A chain of relations, in walking order; each step keeps its stored direction. */
export interface GraphPath {
  /** Entities in walking order, from the start to the end. */
  nodes: Entity[];
  steps: Relation[];
}

export interface RelatedEntity {
  entity: Entity;
  hops: number;
  path: GraphPath;
}

export interface Neighborhood {
  center: Entity;
  nodes: Entity[];
  edges: Relation[];
  truncated: boolean;
}

export const SearchField = { NAME: 'NAME', ALIAS: 'ALIAS', DESCRIPTION: 'DESCRIPTION', EVIDENCE: 'EVIDENCE' } as const;
export type SearchField = (typeof SearchField)[keyof typeof SearchField];

export interface SearchHit {
  entity: Entity;
  score: number;
  field: SearchField;
  evidence: Evidence | null;
}

export interface Count<K> {
  key: K;
  count: number;
}

export interface GraphStats {
  entities: number;
  relations: number;
  articles: number;
  evidence: number;
  entitiesByType: Count<EntityType>[];
  relationsByType: Count<RelationType>[];
}

export interface ConnectedEntity {
  entity: Entity;
  degree: number;
}

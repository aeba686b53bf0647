/** Kinds of entity in the graph. Each is also a Neo4j label next to `Entity` and a GraphQL object type. */
export const EntityType = {
  Project: 'Project',
  Network: 'Network',
  Technique: 'Technique',
  Concept: 'Concept',
  Organization: 'Organization',
  Person: 'Person',
  Regulation: 'Regulation',
  Initiative: 'Initiative',
  UseCase: 'UseCase',
  Challenge: 'Challenge',
} as const;
export type EntityType = (typeof EntityType)[keyof typeof EntityType];
export const ENTITY_TYPES: readonly EntityType[] = Object.values(EntityType);

/** Kinds of edge between entities; each is a Neo4j relationship type and a GraphQL enum value. */
export const RelationType = {
  USES: 'USES',
  BUILT_ON: 'BUILT_ON',
  IS_A: 'IS_A',
  PART_OF: 'PART_OF',
  ENABLES: 'ENABLES',
  ADDRESSES: 'ADDRESSES',
  PROPOSED_BY: 'PROPOSED_BY',
  DEVELOPED_BY: 'DEVELOPED_BY',
  FORMERLY_KNOWN_AS: 'FORMERLY_KNOWN_AS',
  ALTERNATIVE_TO: 'ALTERNATIVE_TO',
  COMBINES: 'COMBINES',
} as const;
export type RelationType = (typeof RelationType)[keyof typeof RelationType];
export const RELATION_TYPES: readonly RelationType[] = Object.values(RelationType);

/**
 * The relations a person can take part in: a person is part of a group, and proposes or develops
 * things. "Jane Roe uses X" or "X combines Jane Roe" misreads the sentence. (A person "developed by" or
 * "proposed by" someone is kept: that is most often a thing whose name reads like a person's, "Jasper Hour".)
 */
export const PERSON_RELATIONS: { readonly subject: readonly RelationType[]; readonly object: readonly RelationType[] } = {
  subject: [RelationType.PART_OF, RelationType.DEVELOPED_BY, RelationType.PROPOSED_BY],
  object: [RelationType.PROPOSED_BY, RelationType.DEVELOPED_BY],
};

/**
 * The relations a challenge can be the subject of: it is a kind or a part of another, was named by someone, or combines
 * others ("front-running is a kind of MEV"). "Scalability uses BLS signatures" misreads "scalability gains ... by using
 * BLS aggregation" (the annotated articles: 1 of 15,486 relations has a challenge using something).
 */
export const CHALLENGE_SUBJECT_RELATIONS: readonly RelationType[] = [RelationType.IS_A, RelationType.PART_OF, RelationType.PROPOSED_BY, RelationType.COMBINES];

export function isEntityType(value: unknown): value is EntityType {
  return typeof value === 'string' && (ENTITY_TYPES as readonly string[]).includes(value);
}

export function isRelationType(value: unknown): value is RelationType {
  return typeof value === 'string' && (RELATION_TYPES as readonly string[]).includes(value);
}

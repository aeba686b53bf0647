/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** What a question in words asks for; each runs one operation of this API (see `AskInterpretation.operation`). */
export type AskIntent =
  | 'ADDRESSED_BY'
  | 'ADDRESSES'
  | 'ALTERNATIVES'
  | 'BUILT_ON'
  | 'BUILT_ON_IT'
  | 'DESCRIBE'
  | 'DEVELOPED_BY'
  | 'ENABLED_BY'
  | 'ENABLES'
  | 'FORMER_NAME'
  | 'KINDS'
  | 'KIND_OF'
  | 'LIST'
  | 'MENTIONS'
  | 'NEIGHBORHOOD'
  | 'PARTS'
  | 'PART_OF'
  | 'PROPOSED_BY'
  | 'REGULATIONS'
  | 'RELATION_BETWEEN'
  | 'SEARCH'
  | 'SOLUTIONS_USING'
  | 'USES';

/** Which way relations are followed, seen from the entity at hand. */
export type Direction =
  /** Either way. */
  | 'BOTH'
  /** From the other to the entity (the entity is the object). */
  | 'IN'
  /** From the entity to the other (the entity is the subject). */
  | 'OUT';

/** How a name in a question was matched to an entity. */
export type EntityMatch =
  /** By the closest spelling among full-text search hits (a typo). */
  | 'FUZZY'
  /** By name or alias, as `entity(name:)` looks it up (case-, hyphen-, spacing- and plural-insensitive). */
  | 'NAME';

/** Sort order of an entity list; ties are broken by id. */
export type EntityOrderBy = {
  /** Ascending or descending. */
  direction?: SortDirection;
  /** What to sort by. */
  field?: EntityOrderField;
};

/** What entities can be sorted by. */
export type EntityOrderField =
  /** Number of relations, either direction. */
  | 'CONNECTIONS'
  /** Name, case-insensitive. */
  | 'NAME';

/** Kinds of entity; each is also an object type implementing `Entity` (switch on `__typename`). */
export type EntityType =
  /** A problem the ecosystem faces, e.g. scalability. */
  | 'Challenge'
  /** An idea or category, e.g. Layer 2 scaling. */
  | 'Concept'
  /** A programme, charter or compact, e.g. an intergovernmental AI pact. */
  | 'Initiative'
  /** A blockchain or network, e.g. Ethereum. */
  | 'Network'
  /** A company, body or institution, e.g. the United Nations. */
  | 'Organization'
  /** A named person, e.g. the author of a proposal. */
  | 'Person'
  /** A named product or protocol, e.g. a layer 2 network or an AI platform. */
  | 'Project'
  /** A law or rulebook, e.g. GDPR. */
  | 'Regulation'
  /** A technical method, e.g. validity proofs or federated learning. */
  | 'Technique'
  /** An application area, e.g. payments. */
  | 'UseCase';

/** Filters on entities; all given filters must hold. */
export type EntityWhere = {
  /** Only discovered (true) or only catalog (false) entities. */
  discovered?: boolean | null | undefined;
  /** Mentioned in the article with this id. */
  mentionedIn?: string | number | null | undefined;
  /** Conditions on the name. */
  name?: StringFilter | null | undefined;
  /** Has a relation with the given entity. */
  related?: RelatedFilter | null | undefined;
  /** One of these types. */
  type?: Array<EntityType> | null | undefined;
};

/** The entity has a relation to (or from) a given entity. */
export type RelatedFilter = {
  /** OUT: the entity is the subject (e.g. it USES `to`); IN: it is the object; BOTH: either. */
  direction?: Direction | null | undefined;
  /** Id of the other entity. */
  to: string | number;
  /** Type of the relation; any type when omitted. */
  type?: RelationType | null | undefined;
};

/** Kinds of relation between entities, as the ingest extracts them. */
export type RelationType =
  /** The subject addresses (a challenge) the object. */
  | 'ADDRESSES'
  /** The subject is an alternative to the object. */
  | 'ALTERNATIVE_TO'
  /** The subject is built on the object (a layer 2 BUILT_ON its layer 1). */
  | 'BUILT_ON'
  /** The subject combines the object with others. */
  | 'COMBINES'
  /** The subject was developed by the object. */
  | 'DEVELOPED_BY'
  /** The subject makes the object possible. */
  | 'ENABLES'
  /** The subject was formerly known as the object. */
  | 'FORMERLY_KNOWN_AS'
  /** The subject is a kind of the object. */
  | 'IS_A'
  /** The subject is part of the object. */
  | 'PART_OF'
  /** The subject was proposed by the object. */
  | 'PROPOSED_BY'
  /** The subject uses the object (a rollup USES validity proofs). */
  | 'USES';

/** Where a search hit matched. */
export type SearchField =
  /** One of its aliases. */
  | 'ALIAS'
  /** Its description. */
  | 'DESCRIPTION'
  /** An evidence sentence of one of its relations (see `evidence`). */
  | 'EVIDENCE'
  /** The entity's name. */
  | 'NAME';

/** Sort order. */
export type SortDirection =
  /** Smallest first. */
  | 'ASC'
  /** Largest first. */
  | 'DESC';

/** Conditions on a name; all given conditions must hold. */
export type StringFilter = {
  /** The name contains this text (case-insensitive). */
  contains?: string | null | undefined;
  /** Equal to the name or an alias, ignoring case, hyphens, spacing and plurals. */
  eq?: string | null | undefined;
  /** The name starts with this text (case-insensitive). */
  startsWith?: string | null | undefined;
};

export type ArticleQueryVariables = Exact<{
  id?: string | number;
}>;


export type ArticleQuery = { __typename: 'Query', article: { __typename: 'Article', id: string, title: string, path: string, source: string | null, date: string | null, entities: Array<
      | { __typename: 'Challenge', id: string, name: string }
      | { __typename: 'Concept', id: string, name: string }
      | { __typename: 'Initiative', id: string, name: string }
      | { __typename: 'Network', id: string, name: string }
      | { __typename: 'Organization', id: string, name: string }
      | { __typename: 'Person', id: string, name: string }
      | { __typename: 'Project', id: string, name: string }
      | { __typename: 'Regulation', id: string, name: string }
      | { __typename: 'Technique', id: string, name: string }
      | { __typename: 'UseCase', id: string, name: string }
    >, facts: Array<{ __typename: 'Fact', type: RelationType, subject:
        | { __typename: 'Challenge', name: string }
        | { __typename: 'Concept', name: string }
        | { __typename: 'Initiative', name: string }
        | { __typename: 'Network', name: string }
        | { __typename: 'Organization', name: string }
        | { __typename: 'Person', name: string }
        | { __typename: 'Project', name: string }
        | { __typename: 'Regulation', name: string }
        | { __typename: 'Technique', name: string }
        | { __typename: 'UseCase', name: string }
      , object:
        | { __typename: 'Challenge', name: string }
        | { __typename: 'Concept', name: string }
        | { __typename: 'Initiative', name: string }
        | { __typename: 'Network', name: string }
        | { __typename: 'Organization', name: string }
        | { __typename: 'Person', name: string }
        | { __typename: 'Project', name: string }
        | { __typename: 'Regulation', name: string }
        | { __typename: 'Technique', name: string }
        | { __typename: 'UseCase', name: string }
      , evidence: Array<{ __typename: 'Evidence', sentence: string, section: string | null }> }> } | null };

export type ArticlesQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type ArticlesQuery = { __typename: 'Query', articles: { __typename: 'ArticleConnection', totalCount: number, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor: string | null }, edges: Array<{ __typename: 'ArticleEdge', node: { __typename: 'Article', id: string, title: string, path: string, ingestedAt: string, entities: Array<
          | { __typename: 'Challenge', name: string }
          | { __typename: 'Concept', name: string }
          | { __typename: 'Initiative', name: string }
          | { __typename: 'Network', name: string }
          | { __typename: 'Organization', name: string }
          | { __typename: 'Person', name: string }
          | { __typename: 'Project', name: string }
          | { __typename: 'Regulation', name: string }
          | { __typename: 'Technique', name: string }
          | { __typename: 'UseCase', name: string }
        >, facts: Array<{ __typename: 'Fact', type: RelationType, subject:
            | { __typename: 'Challenge', name: string }
            | { __typename: 'Concept', name: string }
            | { __typename: 'Initiative', name: string }
            | { __typename: 'Network', name: string }
            | { __typename: 'Organization', name: string }
            | { __typename: 'Person', name: string }
            | { __typename: 'Project', name: string }
            | { __typename: 'Regulation', name: string }
            | { __typename: 'Technique', name: string }
            | { __typename: 'UseCase', name: string }
          , object:
            | { __typename: 'Challenge', name: string }
            | { __typename: 'Concept', name: string }
            | { __typename: 'Initiative', name: string }
            | { __typename: 'Network', name: string }
            | { __typename: 'Organization', name: string }
            | { __typename: 'Person', name: string }
            | { __typename: 'Project', name: string }
            | { __typename: 'Regulation', name: string }
            | { __typename: 'Technique', name: string }
            | { __typename: 'UseCase', name: string }
          , evidence: Array<{ __typename: 'Evidence', sentence: string, section: string | null, rule: string }> }> } }> } };

export type AskQueryVariables = Exact<{
  question?: string;
}>;


export type AskQuery = { __typename: 'Query', ask: { __typename: 'AskResult', understood: boolean, message: string, suggestions: Array<string>, interpretation: { __typename: 'AskInterpretation', intent: AskIntent, operationName: string, operation: string, variables: Record<string, unknown>, entities: Array<{ __typename: 'AskEntity', text: string, match: EntityMatch, entity:
          | { __typename: 'Challenge', id: string, name: string }
          | { __typename: 'Concept', id: string, name: string }
          | { __typename: 'Initiative', id: string, name: string }
          | { __typename: 'Network', id: string, name: string }
          | { __typename: 'Organization', id: string, name: string }
          | { __typename: 'Person', id: string, name: string }
          | { __typename: 'Project', id: string, name: string }
          | { __typename: 'Regulation', id: string, name: string }
          | { __typename: 'Technique', id: string, name: string }
          | { __typename: 'UseCase', id: string, name: string }
         }> } | null, answer: { __typename: 'AskAnswer', summary: string, data: Record<string, unknown>, entities: Array<
        | { __typename: 'Challenge', id: string, name: string }
        | { __typename: 'Concept', id: string, name: string }
        | { __typename: 'Initiative', id: string, name: string }
        | { __typename: 'Network', id: string, name: string }
        | { __typename: 'Organization', id: string, name: string }
        | { __typename: 'Person', id: string, name: string }
        | { __typename: 'Project', id: string, name: string }
        | { __typename: 'Regulation', id: string, name: string }
        | { __typename: 'Technique', id: string, name: string }
        | { __typename: 'UseCase', id: string, name: string }
      > } | null } };

export type EntitiesPageQueryVariables = Exact<{
  where?: EntityWhere | null | undefined;
  orderBy?: EntityOrderBy | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type EntitiesPageQuery = { __typename: 'Query', entities: { __typename: 'EntityConnection', totalCount: number, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, hasPreviousPage: boolean, endCursor: string | null }, edges: Array<{ __typename: 'EntityEdge', cursor: string, node:
        | { __typename: 'Challenge', id: string, name: string, type: EntityType, discovered: boolean }
        | { __typename: 'Concept', id: string, name: string, type: EntityType, discovered: boolean }
        | { __typename: 'Initiative', id: string, name: string, type: EntityType, discovered: boolean }
        | { __typename: 'Network', id: string, name: string, type: EntityType, discovered: boolean }
        | { __typename: 'Organization', id: string, name: string, type: EntityType, discovered: boolean }
        | { __typename: 'Person', id: string, name: string, type: EntityType, discovered: boolean }
        | { __typename: 'Project', id: string, name: string, type: EntityType, discovered: boolean }
        | { __typename: 'Regulation', id: string, name: string, type: EntityType, discovered: boolean }
        | { __typename: 'Technique', id: string, name: string, type: EntityType, discovered: boolean }
        | { __typename: 'UseCase', id: string, name: string, type: EntityType, discovered: boolean }
       }> } };

export type EntityWithEvidenceQueryVariables = Exact<{
  name?: string | null | undefined;
}>;


export type EntityWithEvidenceQuery = { __typename: 'Query', entity:
    | { __typename: 'Challenge', id: string, name: string, aliases: Array<string>, description: string | null, relations: { __typename: 'RelationConnection', totalCount: number, edges: Array<{ __typename: 'RelationEdge', direction: Direction, type: RelationType, confidence: number, node:
            | { __typename: 'Challenge', id: string, name: string }
            | { __typename: 'Concept', id: string, name: string }
            | { __typename: 'Initiative', id: string, name: string }
            | { __typename: 'Network', id: string, name: string }
            | { __typename: 'Organization', id: string, name: string }
            | { __typename: 'Person', id: string, name: string }
            | { __typename: 'Project', id: string, name: string }
            | { __typename: 'Regulation', id: string, name: string }
            | { __typename: 'Technique', id: string, name: string }
            | { __typename: 'UseCase', id: string, name: string }
          , evidence: Array<{ __typename: 'Evidence', sentence: string, start: number, end: number, section: string | null, rule: string, confidence: number, article: { __typename: 'Article', id: string, title: string } | null }> }> } }
    | { __typename: 'Concept', id: string, name: string, aliases: Array<string>, description: string | null, relations: { __typename: 'RelationConnection', totalCount: number, edges: Array<{ __typename: 'RelationEdge', direction: Direction, type: RelationType, confidence: number, node:
            | { __typename: 'Challenge', id: string, name: string }
            | { __typename: 'Concept', id: string, name: string }
            | { __typename: 'Initiative', id: string, name: string }
            | { __typename: 'Network', id: string, name: string }
            | { __typename: 'Organization', id: string, name: string }
            | { __typename: 'Person', id: string, name: string }
            | { __typename: 'Project', id: string, name: string }
            | { __typename: 'Regulation', id: string, name: string }
            | { __typename: 'Technique', id: string, name: string }
            | { __typename: 'UseCase', id: string, name: string }
          , evidence: Array<{ __typename: 'Evidence', sentence: string, start: number, end: number, section: string | null, rule: string, confidence: number, article: { __typename: 'Article', id: string, title: string } | null }> }> } }
    | { __typename: 'Initiative', id: string, name: string, aliases: Array<string>, description: string | null, relations: { __typename: 'RelationConnection', totalCount: number, edges: Array<{ __typename: 'RelationEdge', direction: Direction, type: RelationType, confidence: number, node:
            | { __typename: 'Challenge', id: string, name: string }
            | { __typename: 'Concept', id: string, name: string }
            | { __typename: 'Initiative', id: string, name: string }
            | { __typename: 'Network', id: string, name: string }
            | { __typename: 'Organization', id: string, name: string }
            | { __typename: 'Person', id: string, name: string }
            | { __typename: 'Project', id: string, name: string }
            | { __typename: 'Regulation', id: string, name: string }
            | { __typename: 'Technique', id: string, name: string }
            | { __typename: 'UseCase', id: string, name: string }
          , evidence: Array<{ __typename: 'Evidence', sentence: string, start: number, end: number, section: string | null, rule: string, confidence: number, article: { __typename: 'Article', id: string, title: string } | null }> }> } }
    | { __typename: 'Network', id: string, name: string, aliases: Array<string>, description: string | null, relations: { __typename: 'RelationConnection', totalCount: number, edges: Array<{ __typename: 'RelationEdge', direction: Direction, type: RelationType, confidence: number, node:
            | { __typename: 'Challenge', id: string, name: string }
            | { __typename: 'Concept', id: string, name: string }
            | { __typename: 'Initiative', id: string, name: string }
            | { __typename: 'Network', id: string, name: string }
            | { __typename: 'Organization', id: string, name: string }
            | { __typename: 'Person', id: string, name: string }
            | { __typename: 'Project', id: string, name: string }
            | { __typename: 'Regulation', id: string, name: string }
            | { __typename: 'Technique', id: string, name: string }
            | { __typename: 'UseCase', id: string, name: string }
          , evidence: Array<{ __typename: 'Evidence', sentence: string, start: number, end: number, section: string | null, rule: string, confidence: number, article: { __typename: 'Article', id: string, title: string } | null }> }> } }
    | { __typename: 'Organization', id: string, name: string, aliases: Array<string>, description: string | null, relations: { __typename: 'RelationConnection', totalCount: number, edges: Array<{ __typename: 'RelationEdge', direction: Direction, type: RelationType, confidence: number, node:
            | { __typename: 'Challenge', id: string, name: string }
            | { __typename: 'Concept', id: string, name: string }
            | { __typename: 'Initiative', id: string, name: string }
            | { __typename: 'Network', id: string, name: string }
            | { __typename: 'Organization', id: string, name: string }
            | { __typename: 'Person', id: string, name: string }
            | { __typename: 'Project', id: string, name: string }
            | { __typename: 'Regulation', id: string, name: string }
            | { __typename: 'Technique', id: string, name: string }
            | { __typename: 'UseCase', id: string, name: string }
          , evidence: Array<{ __typename: 'Evidence', sentence: string, start: number, end: number, section: string | null, rule: string, confidence: number, article: { __typename: 'Article', id: string, title: string } | null }> }> } }
    | { __typename: 'Person', id: string, name: string, aliases: Array<string>, description: string | null, relations: { __typename: 'RelationConnection', totalCount: number, edges: Array<{ __typename: 'RelationEdge', direction: Direction, type: RelationType, confidence: number, node:
            | { __typename: 'Challenge', id: string, name: string }
            | { __typename: 'Concept', id: string, name: string }
            | { __typename: 'Initiative', id: string, name: string }
            | { __typename: 'Network', id: string, name: string }
            | { __typename: 'Organization', id: string, name: string }
            | { __typename: 'Person', id: string, name: string }
            | { __typename: 'Project', id: string, name: string }
            | { __typename: 'Regulation', id: string, name: string }
            | { __typename: 'Technique', id: string, name: string }
            | { __typename: 'UseCase', id: string, name: string }
          , evidence: Array<{ __typename: 'Evidence', sentence: string, start: number, end: number, section: string | null, rule: string, confidence: number, article: { __typename: 'Article', id: string, title: string } | null }> }> } }
    | { __typename: 'Project', id: string, name: string, aliases: Array<string>, description: string | null, relations: { __typename: 'RelationConnection', totalCount: number, edges: Array<{ __typename: 'RelationEdge', direction: Direction, type: RelationType, confidence: number, node:
            | { __typename: 'Challenge', id: string, name: string }
            | { __typename: 'Concept', id: string, name: string }
            | { __typename: 'Initiative', id: string, name: string }
            | { __typename: 'Network', id: string, name: string }
            | { __typename: 'Organization', id: string, name: string }
            | { __typename: 'Person', id: string, name: string }
            | { __typename: 'Project', id: string, name: string }
            | { __typename: 'Regulation', id: string, name: string }
            | { __typename: 'Technique', id: string, name: string }
            | { __typename: 'UseCase', id: string, name: string }
          , evidence: Array<{ __typename: 'Evidence', sentence: string, start: number, end: number, section: string | null, rule: string, confidence: number, article: { __typename: 'Article', id: string, title: string } | null }> }> } }
    | { __typename: 'Regulation', id: string, name: string, aliases: Array<string>, description: string | null, relations: { __typename: 'RelationConnection', totalCount: number, edges: Array<{ __typename: 'RelationEdge', direction: Direction, type: RelationType, confidence: number, node:
            | { __typename: 'Challenge', id: string, name: string }
            | { __typename: 'Concept', id: string, name: string }
            | { __typename: 'Initiative', id: string, name: string }
            | { __typename: 'Network', id: string, name: string }
            | { __typename: 'Organization', id: string, name: string }
            | { __typename: 'Person', id: string, name: string }
            | { __typename: 'Project', id: string, name: string }
            | { __typename: 'Regulation', id: string, name: string }
            | { __typename: 'Technique', id: string, name: string }
            | { __typename: 'UseCase', id: string, name: string }
          , evidence: Array<{ __typename: 'Evidence', sentence: string, start: number, end: number, section: string | null, rule: string, confidence: number, article: { __typename: 'Article', id: string, title: string } | null }> }> } }
    | { __typename: 'Technique', id: string, name: string, aliases: Array<string>, description: string | null, relations: { __typename: 'RelationConnection', totalCount: number, edges: Array<{ __typename: 'RelationEdge', direction: Direction, type: RelationType, confidence: number, node:
            | { __typename: 'Challenge', id: string, name: string }
            | { __typename: 'Concept', id: string, name: string }
            | { __typename: 'Initiative', id: string, name: string }
            | { __typename: 'Network', id: string, name: string }
            | { __typename: 'Organization', id: string, name: string }
            | { __typename: 'Person', id: string, name: string }
            | { __typename: 'Project', id: string, name: string }
            | { __typename: 'Regulation', id: string, name: string }
            | { __typename: 'Technique', id: string, name: string }
            | { __typename: 'UseCase', id: string, name: string }
          , evidence: Array<{ __typename: 'Evidence', sentence: string, start: number, end: number, section: string | null, rule: string, confidence: number, article: { __typename: 'Article', id: string, title: string } | null }> }> } }
    | { __typename: 'UseCase', id: string, name: string, aliases: Array<string>, description: string | null, relations: { __typename: 'RelationConnection', totalCount: number, edges: Array<{ __typename: 'RelationEdge', direction: Direction, type: RelationType, confidence: number, node:
            | { __typename: 'Challenge', id: string, name: string }
            | { __typename: 'Concept', id: string, name: string }
            | { __typename: 'Initiative', id: string, name: string }
            | { __typename: 'Network', id: string, name: string }
            | { __typename: 'Organization', id: string, name: string }
            | { __typename: 'Person', id: string, name: string }
            | { __typename: 'Project', id: string, name: string }
            | { __typename: 'Regulation', id: string, name: string }
            | { __typename: 'Technique', id: string, name: string }
            | { __typename: 'UseCase', id: string, name: string }
          , evidence: Array<{ __typename: 'Evidence', sentence: string, start: number, end: number, section: string | null, rule: string, confidence: number, article: { __typename: 'Article', id: string, title: string } | null }> }> } }
   | null };

export type HealthQueryVariables = Exact<{ [key: string]: never; }>;


export type HealthQuery = { __typename: 'Query', health: { __typename: 'Health', status: string, apiVersion: string, database: { __typename: 'DatabaseInfo', name: string, version: string, edition: string } } };

export type NeighborhoodQueryVariables = Exact<{
  id?: string | number;
  depth?: number;
  limit?: number | null | undefined;
}>;


export type NeighborhoodQuery = { __typename: 'Query', neighborhood: { __typename: 'Neighborhood', truncated: boolean, center:
      | { __typename: 'Challenge', id: string, name: string }
      | { __typename: 'Concept', id: string, name: string }
      | { __typename: 'Initiative', id: string, name: string }
      | { __typename: 'Network', id: string, name: string }
      | { __typename: 'Organization', id: string, name: string }
      | { __typename: 'Person', id: string, name: string }
      | { __typename: 'Project', id: string, name: string }
      | { __typename: 'Regulation', id: string, name: string }
      | { __typename: 'Technique', id: string, name: string }
      | { __typename: 'UseCase', id: string, name: string }
    , nodes: Array<
      | { __typename: 'Challenge', id: string, name: string, discovered: boolean }
      | { __typename: 'Concept', id: string, name: string, discovered: boolean }
      | { __typename: 'Initiative', id: string, name: string, discovered: boolean }
      | { __typename: 'Network', id: string, name: string, discovered: boolean }
      | { __typename: 'Organization', id: string, name: string, discovered: boolean }
      | { __typename: 'Person', id: string, name: string, discovered: boolean }
      | { __typename: 'Project', id: string, name: string, discovered: boolean }
      | { __typename: 'Regulation', id: string, name: string, discovered: boolean }
      | { __typename: 'Technique', id: string, name: string, discovered: boolean }
      | { __typename: 'UseCase', id: string, name: string, discovered: boolean }
    >, edges: Array<{ __typename: 'Relation', type: RelationType, confidence: number, evidenceCount: number, subject:
        | { __typename: 'Challenge', id: string }
        | { __typename: 'Concept', id: string }
        | { __typename: 'Initiative', id: string }
        | { __typename: 'Network', id: string }
        | { __typename: 'Organization', id: string }
        | { __typename: 'Person', id: string }
        | { __typename: 'Project', id: string }
        | { __typename: 'Regulation', id: string }
        | { __typename: 'Technique', id: string }
        | { __typename: 'UseCase', id: string }
      , object:
        | { __typename: 'Challenge', id: string }
        | { __typename: 'Concept', id: string }
        | { __typename: 'Initiative', id: string }
        | { __typename: 'Network', id: string }
        | { __typename: 'Organization', id: string }
        | { __typename: 'Person', id: string }
        | { __typename: 'Project', id: string }
        | { __typename: 'Regulation', id: string }
        | { __typename: 'Technique', id: string }
        | { __typename: 'UseCase', id: string }
       }> } };

export type PathQueryVariables = Exact<{
  from?: string;
  to?: string;
  maxHops?: number | null | undefined;
}>;


export type PathQuery = { __typename: 'Query', path: Array<{ __typename: 'Path', length: number, nodes: Array<
      | { __typename: 'Challenge', name: string }
      | { __typename: 'Concept', name: string }
      | { __typename: 'Initiative', name: string }
      | { __typename: 'Network', name: string }
      | { __typename: 'Organization', name: string }
      | { __typename: 'Person', name: string }
      | { __typename: 'Project', name: string }
      | { __typename: 'Regulation', name: string }
      | { __typename: 'Technique', name: string }
      | { __typename: 'UseCase', name: string }
    >, steps: Array<{ __typename: 'Relation', type: RelationType, subject:
        | { __typename: 'Challenge', name: string }
        | { __typename: 'Concept', name: string }
        | { __typename: 'Initiative', name: string }
        | { __typename: 'Network', name: string }
        | { __typename: 'Organization', name: string }
        | { __typename: 'Person', name: string }
        | { __typename: 'Project', name: string }
        | { __typename: 'Regulation', name: string }
        | { __typename: 'Technique', name: string }
        | { __typename: 'UseCase', name: string }
      , object:
        | { __typename: 'Challenge', name: string }
        | { __typename: 'Concept', name: string }
        | { __typename: 'Initiative', name: string }
        | { __typename: 'Network', name: string }
        | { __typename: 'Organization', name: string }
        | { __typename: 'Person', name: string }
        | { __typename: 'Project', name: string }
        | { __typename: 'Regulation', name: string }
        | { __typename: 'Technique', name: string }
        | { __typename: 'UseCase', name: string }
      , evidence: Array<{ __typename: 'Evidence', sentence: string, article: { __typename: 'Article', title: string } | null }> }> }> };

export type RelatedQueryVariables = Exact<{
  name?: string;
  relation?: RelationType;
  direction?: Direction;
  maxHops?: number | null | undefined;
}>;


export type RelatedQuery = { __typename: 'Query', related: Array<{ __typename: 'RelatedEntity', hops: number, entity:
      | { __typename: 'Challenge', id: string, name: string }
      | { __typename: 'Concept', id: string, name: string }
      | { __typename: 'Initiative', id: string, name: string }
      | { __typename: 'Network', id: string, name: string }
      | { __typename: 'Organization', id: string, name: string }
      | { __typename: 'Person', id: string, name: string }
      | { __typename: 'Project', id: string, name: string }
      | { __typename: 'Regulation', id: string, name: string }
      | { __typename: 'Technique', id: string, name: string }
      | { __typename: 'UseCase', id: string, name: string }
    , path: { __typename: 'Path', steps: Array<{ __typename: 'Relation', type: RelationType, subject:
          | { __typename: 'Challenge', name: string }
          | { __typename: 'Concept', name: string }
          | { __typename: 'Initiative', name: string }
          | { __typename: 'Network', name: string }
          | { __typename: 'Organization', name: string }
          | { __typename: 'Person', name: string }
          | { __typename: 'Project', name: string }
          | { __typename: 'Regulation', name: string }
          | { __typename: 'Technique', name: string }
          | { __typename: 'UseCase', name: string }
        , object:
          | { __typename: 'Challenge', name: string }
          | { __typename: 'Concept', name: string }
          | { __typename: 'Initiative', name: string }
          | { __typename: 'Network', name: string }
          | { __typename: 'Organization', name: string }
          | { __typename: 'Person', name: string }
          | { __typename: 'Project', name: string }
          | { __typename: 'Regulation', name: string }
          | { __typename: 'Technique', name: string }
          | { __typename: 'UseCase', name: string }
        , evidence: Array<{ __typename: 'Evidence', sentence: string, section: string | null, article: { __typename: 'Article', title: string } | null }> }> } }> };

export type SearchQueryVariables = Exact<{
  text?: string;
  types?: Array<EntityType> | EntityType | null | undefined;
  first?: number | null | undefined;
  evidence?: boolean;
}>;


export type SearchQuery = { __typename: 'Query', search: Array<{ __typename: 'SearchHit', score: number, matchedField: SearchField, entity:
      | { __typename: 'Challenge', id: string, name: string }
      | { __typename: 'Concept', id: string, name: string }
      | { __typename: 'Initiative', id: string, name: string }
      | { __typename: 'Network', id: string, name: string }
      | { __typename: 'Organization', id: string, name: string }
      | { __typename: 'Person', id: string, name: string }
      | { __typename: 'Project', id: string, name: string }
      | { __typename: 'Regulation', id: string, name: string }
      | { __typename: 'Technique', id: string, name: string }
      | { __typename: 'UseCase', id: string, name: string }
    , evidence: { __typename: 'Evidence', sentence: string } | null }> };

export type SolutionsUsingQueryVariables = Exact<{
  technique?: string;
  maxHops?: number | null | undefined;
}>;


export type SolutionsUsingQuery = { __typename: 'Query', solutionsUsing: Array<{ __typename: 'RelatedEntity', hops: number, entity:
      | { __typename: 'Challenge', id: string, name: string }
      | { __typename: 'Concept', id: string, name: string }
      | { __typename: 'Initiative', id: string, name: string }
      | { __typename: 'Network', id: string, name: string }
      | { __typename: 'Organization', id: string, name: string }
      | { __typename: 'Person', id: string, name: string }
      | { __typename: 'Project', id: string, name: string }
      | { __typename: 'Regulation', id: string, name: string }
      | { __typename: 'Technique', id: string, name: string }
      | { __typename: 'UseCase', id: string, name: string }
    , path: { __typename: 'Path', steps: Array<{ __typename: 'Relation', type: RelationType, subject:
          | { __typename: 'Challenge', name: string }
          | { __typename: 'Concept', name: string }
          | { __typename: 'Initiative', name: string }
          | { __typename: 'Network', name: string }
          | { __typename: 'Organization', name: string }
          | { __typename: 'Person', name: string }
          | { __typename: 'Project', name: string }
          | { __typename: 'Regulation', name: string }
          | { __typename: 'Technique', name: string }
          | { __typename: 'UseCase', name: string }
        , object:
          | { __typename: 'Challenge', name: string }
          | { __typename: 'Concept', name: string }
          | { __typename: 'Initiative', name: string }
          | { __typename: 'Network', name: string }
          | { __typename: 'Organization', name: string }
          | { __typename: 'Person', name: string }
          | { __typename: 'Project', name: string }
          | { __typename: 'Regulation', name: string }
          | { __typename: 'Technique', name: string }
          | { __typename: 'UseCase', name: string }
        , evidence: Array<{ __typename: 'Evidence', sentence: string, section: string | null, article: { __typename: 'Article', title: string } | null }> }> } }> };

export type StatsQueryVariables = Exact<{ [key: string]: never; }>;


export type StatsQuery = { __typename: 'Query', stats: { __typename: 'Stats', entities: number, relations: number, articles: number, evidence: number, entitiesByType: Array<{ __typename: 'EntityTypeCount', type: EntityType, count: number }>, relationsByType: Array<{ __typename: 'RelationTypeCount', type: RelationType, count: number }>, mostConnected: Array<{ __typename: 'ConnectedEntity', degree: number, entity:
        | { __typename: 'Challenge', name: string }
        | { __typename: 'Concept', name: string }
        | { __typename: 'Initiative', name: string }
        | { __typename: 'Network', name: string }
        | { __typename: 'Organization', name: string }
        | { __typename: 'Person', name: string }
        | { __typename: 'Project', name: string }
        | { __typename: 'Regulation', name: string }
        | { __typename: 'Technique', name: string }
        | { __typename: 'UseCase', name: string }
       }> } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}

export const ArticleDocument = new TypedDocumentString(`
    query Article($id: ID! = "article:layer-2-scaling") {
  article(id: $id) {
    id
    title
    path
    source
    date
    entities(first: 10) {
      __typename
      id
      name
    }
    facts(first: 10) {
      subject {
        name
      }
      type
      object {
        name
      }
      evidence {
        sentence
        section
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ArticleQuery, ArticleQueryVariables>;
export const ArticlesDocument = new TypedDocumentString(`
    query Articles($first: Int = 10, $after: String) {
  articles(first: $first, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        id
        title
        path
        ingestedAt
        entities {
          __typename
          name
        }
        facts {
          subject {
            name
          }
          type
          object {
            name
          }
          evidence {
            sentence
            section
            rule
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ArticlesQuery, ArticlesQueryVariables>;
export const AskDocument = new TypedDocumentString(`
    query Ask($question: String! = "which solutions use fraud proofs?") {
  ask(question: $question) {
    understood
    message
    interpretation {
      intent
      entities {
        text
        match
        entity {
          __typename
          id
          name
        }
      }
      operationName
      operation
      variables
    }
    answer {
      summary
      data
      entities {
        __typename
        id
        name
      }
    }
    suggestions
  }
}
    `) as unknown as TypedDocumentString<AskQuery, AskQueryVariables>;
export const EntitiesPageDocument = new TypedDocumentString(`
    query EntitiesPage($where: EntityWhere, $orderBy: EntityOrderBy, $first: Int = 10, $after: String) {
  entities(where: $where, orderBy: $orderBy, first: $first, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      hasPreviousPage
      endCursor
    }
    edges {
      cursor
      node {
        __typename
        id
        name
        type
        discovered
      }
    }
  }
}
    `) as unknown as TypedDocumentString<EntitiesPageQuery, EntitiesPageQueryVariables>;
export const EntityWithEvidenceDocument = new TypedDocumentString(`
    query EntityWithEvidence($name: String = "arbitrum") {
  entity(name: $name) {
    __typename
    id
    name
    aliases
    description
    relations(first: 10) {
      totalCount
      edges {
        direction
        type
        confidence
        node {
          __typename
          id
          name
        }
        evidence {
          sentence
          start
          end
          section
          rule
          confidence
          article {
            id
            title
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<EntityWithEvidenceQuery, EntityWithEvidenceQueryVariables>;
export const HealthDocument = new TypedDocumentString(`
    query Health {
  health {
    status
    apiVersion
    database {
      name
      version
      edition
    }
  }
}
    `) as unknown as TypedDocumentString<HealthQuery, HealthQueryVariables>;
export const NeighborhoodDocument = new TypedDocumentString(`
    query Neighborhood($id: ID! = "project:arbitrum", $depth: Int! = 1, $limit: Int = 20) {
  neighborhood(id: $id, depth: $depth, limit: $limit) {
    center {
      __typename
      id
      name
    }
    nodes {
      __typename
      id
      name
      discovered
    }
    edges {
      subject {
        id
      }
      type
      object {
        id
      }
      confidence
      evidenceCount
    }
    truncated
  }
}
    `) as unknown as TypedDocumentString<NeighborhoodQuery, NeighborhoodQueryVariables>;
export const PathDocument = new TypedDocumentString(`
    query Path($from: String! = "Arbitrum", $to: String! = "Fraud Proofs", $maxHops: Int = 4) {
  path(from: $from, to: $to, maxHops: $maxHops) {
    length
    nodes {
      name
    }
    steps {
      subject {
        name
      }
      type
      object {
        name
      }
      evidence {
        sentence
        article {
          title
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PathQuery, PathQueryVariables>;
export const RelatedDocument = new TypedDocumentString(`
    query Related($name: String! = "Polygon", $relation: RelationType! = BUILT_ON, $direction: Direction! = OUT, $maxHops: Int = 3) {
  related(
    name: $name
    relation: $relation
    direction: $direction
    maxHops: $maxHops
  ) {
    hops
    entity {
      __typename
      id
      name
    }
    path {
      steps {
        subject {
          name
        }
        type
        object {
          name
        }
        evidence {
          sentence
          section
          article {
            title
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<RelatedQuery, RelatedQueryVariables>;
export const SearchDocument = new TypedDocumentString(`
    query Search($text: String! = "rollups", $types: [EntityType!], $first: Int = 10, $evidence: Boolean! = true) {
  search(text: $text, types: $types, first: $first, evidence: $evidence) {
    score
    matchedField
    entity {
      __typename
      id
      name
    }
    evidence {
      sentence
    }
  }
}
    `) as unknown as TypedDocumentString<SearchQuery, SearchQueryVariables>;
export const SolutionsUsingDocument = new TypedDocumentString(`
    query SolutionsUsing($technique: String! = "fraud proofs", $maxHops: Int = 3) {
  solutionsUsing(technique: $technique, maxHops: $maxHops) {
    hops
    entity {
      __typename
      id
      name
    }
    path {
      steps {
        subject {
          name
        }
        type
        object {
          name
        }
        evidence {
          sentence
          section
          article {
            title
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SolutionsUsingQuery, SolutionsUsingQueryVariables>;
export const StatsDocument = new TypedDocumentString(`
    query Stats {
  stats {
    entities
    relations
    articles
    evidence
    entitiesByType {
      type
      count
    }
    relationsByType {
      type
      count
    }
    mostConnected(first: 5) {
      degree
      entity {
        __typename
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<StatsQuery, StatsQueryVariables>;
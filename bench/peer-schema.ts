import { RELATION_TYPES, type RelationType } from '../src/domain/vocabulary';

/** `USES` → `uses`, `BUILT_ON` → `builtOn`: the peer's field for the outgoing relation; `<that>In` is the incoming one. */
export function peerField(type: RelationType, direction: 'OUT' | 'IN'): string {
  const camel = type.toLowerCase().replace(/_(\w)/g, (_, c: string) => c.toUpperCase());
  return direction === 'OUT' ? camel : `${camel}In`;
}

/**
 * Type definitions for @neo4j/graphql over our graph: every entity is an `Entity` node (its type label is
 * not needed to read it), each relation type one field per direction, with the relation's properties.
 * The full-text index `entity_text` is the one our `search` reads.
 */
export function peerTypeDefs(): string {
  const relations = RELATION_TYPES.flatMap((type) =>
    (['OUT', 'IN'] as const).map((direction) => `  ${peerField(type, direction)}: [Entity!]! @relationship(type: "${type}", direction: ${direction}, properties: "Relation")`),
  ).join('\n');
  return /* GraphQL */ `
type Relation @relationshipProperties {
  confidence: Float
  evidenceCount: Int
}

type Entity @node @fulltext(indexes: [{ indexName: "entity_text", queryName: "searchEntities", fields: ["name", "searchText", "description"] }]) {
  id: ID!
  name: String!
  type: String!
  sortName: String
  searchText: String
  aliases: [String!]
  description: String
  discovered: Boolean
  confidence: Float
${relations}
}
`;
}

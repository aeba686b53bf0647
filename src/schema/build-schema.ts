import 'reflect-metadata';
import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
import { buildSchemaSync } from 'type-graphql';
import { resolvers } from '../resolvers';
import { ENTITY_OBJECT_TYPES } from './entity.interface';

let cached: GraphQLSchema | undefined;

/** The code-first schema; built once per process (type-graphql metadata is global). */
export function buildGraphSchema(): GraphQLSchema {
  if (!cached) {
    cached = buildSchemaSync({ resolvers, orphanedTypes: ENTITY_OBJECT_TYPES, validate: false, emitSchemaFile: false });
    const query = cached.getQueryType();
    const mutation = cached.getMutationType();
    if (query) query.description = 'Reading the ecosystem knowledge graph: entities, relations with evidence, search, traversals, articles.';
    if (mutation) mutation.description = 'Administration (needs the admin bearer token).';
  }
  return cached;
}

/** The schema as SDL, sorted so the committed `schema.graphql` diffs cleanly. */
export function printGraphSchema(): string {
  return `${printSchema(lexicographicSortSchema(buildGraphSchema()))}\n`;
}

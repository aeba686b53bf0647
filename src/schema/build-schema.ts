import 'reflect-metadata';
import type { GraphQLSchema } from 'graphql';
import { buildSchemaSync } from 'type-graphql';
import { resolvers } from '../resolvers';

let cached: GraphQLSchema | undefined;

/** The code-first schema; built once per process (type-graphql metadata is global). */
export function buildGraphSchema(): GraphQLSchema {
  cached ??= buildSchemaSync({ resolvers, validate: false, emitSchemaFile: false });
  return cached;
}

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { buildSchema, GraphQLEnumType, GraphQLInterfaceType, GraphQLObjectType, isInterfaceType, isObjectType } from 'graphql';
import { printGraphSchema, buildGraphSchema } from '../../src/schema/build-schema';
import { ENTITY_TYPES, RELATION_TYPES } from '../../src/domain/vocabulary';

describe('schema', () => {
  it('matches the committed schema.graphql (run `npm run schema:emit` after changing it)', () => {
    const committed = readFileSync(path.resolve(__dirname, '..', '..', 'schema.graphql'), 'utf8');
    expect(printGraphSchema()).toBe(committed);
  });

  it('has one object type per entity type, each implementing Entity', () => {
    const schema = buildGraphSchema();
    const entity = schema.getType('Entity');
    expect(isInterfaceType(entity)).toBe(true);
    const implementations = schema
      .getPossibleTypes(entity as GraphQLInterfaceType)
      .map((t) => t.name)
      .sort();
    expect(implementations).toEqual([...ENTITY_TYPES].sort());
  });

  it('spells the enums exactly as the ingest vocabulary does', () => {
    const schema = buildGraphSchema();
    const values = (name: string) => (schema.getType(name) as GraphQLEnumType).getValues().map((v) => v.name);
    expect(values('EntityType')).toEqual([...ENTITY_TYPES]);
    expect(values('RelationType')).toEqual([...RELATION_TYPES]);
  });

  it('describes every type, field and argument', () => {
    const missing: string[] = [];
    for (const type of Object.values(buildSchema(printGraphSchema()).getTypeMap())) {
      if (type.name.startsWith('__') || ['String', 'Int', 'Float', 'Boolean', 'ID'].includes(type.name)) continue;
      if (!type.description) missing.push(type.name);
      if (isObjectType(type) || isInterfaceType(type)) {
        for (const field of Object.values((type as GraphQLObjectType).getFields())) {
          if (!field.description) missing.push(`${type.name}.${field.name}`);
          for (const arg of field.args) if (!arg.description) missing.push(`${type.name}.${field.name}(${arg.name})`);
        }
      }
    }
    expect(missing).toEqual([]);
  });
});

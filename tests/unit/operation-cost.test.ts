import { getNamedType, getNullableType, isCompositeType, isInterfaceType, isListType, isObjectType, parse, getIntrospectionQuery, type GraphQLNamedType } from 'graphql';
import { createOperationCostCache, operationCost } from '../../src/queries/operation-cost';
import { buildGraphSchema } from '../../src/schema/build-schema';
import { listBoundOf } from '../../src/schema/list-size';

const LIMITS = { defaultPageSize: 20, maxPageSize: 100 };
const cost = (query: string, variables: Record<string, unknown> = {}) => operationCost(buildGraphSchema(), parse(query), undefined, variables, LIMITS);

/** Every type the Query root reaches (the admin-only Mutation is left out). */
function reachableFromQuery(): GraphQLNamedType[] {
  const schema = buildGraphSchema();
  const seen = new Map<string, GraphQLNamedType>();
  const visit = (type: GraphQLNamedType) => {
    if (seen.has(type.name) || type.name.startsWith('__')) return;
    seen.set(type.name, type);
    if (isInterfaceType(type)) for (const t of schema.getPossibleTypes(type)) visit(t);
    if (isObjectType(type) || isInterfaceType(type)) for (const f of Object.values(type.getFields())) visit(getNamedType(f.type));
  };
  visit(schema.getQueryType() as GraphQLNamedType);
  return [...seen.values()];
}

describe('operationCost', () => {
  it('finds a bound on every list of objects the Query root reaches', () => {
    const unbounded = reachableFromQuery().flatMap((type) =>
      isObjectType(type) || isInterfaceType(type)
        ? Object.values(type.getFields())
            .filter((f) => isListType(getNullableType(f.type)) && isCompositeType(getNamedType(f.type)) && !listBoundOf(f))
            .map((f) => `${type.name}.${f.name}`)
        : [],
    );
    expect(unbounded).toEqual([]);
  });

  it('counts every value, with page sizes multiplying', () => {
    expect(cost('{ stats { entities } }')).toBe(2);
    expect(cost('{ entities(first: 20) { edges { node { name } } } }')).toBe(1 + 20 * (1 + 1 + 1));
    expect(cost('{ entities { edges { node { name } } } }')).toBe(1 + 20 * 3);
    // The example of docs/API.md.
    expect(cost('{ entities(first: 20) { edges { node { name relations { edges { type node { name } } } } } } }')).toBe(1681);
    expect(cost('{ entities(first: 20) { edges { node { name relations(first: 100) { edges { type node { name } } } } } } }')).toBe(8081);
  });

  it('costs a variable page size as the literal one, and an absent variable as the default', () => {
    const query = 'query($n: Int) { entities(first: $n) { edges { node { name } } } }';
    expect(cost(query, { n: 100 })).toBe(cost('{ entities(first: 100) { edges { node { name } } } }'));
    expect(cost(query)).toBe(cost('{ entities { edges { node { name } } } }'));
  });

  it('costs the crash query of issue 9 far above the limit, with or without page sizes', () => {
    const crash = '{ entity(name: "Ethereum") { mentions { article { entities { mentions { article { entities { name mentions { article { title } } } } } } } } } }';
    expect(cost(crash)).toBeGreaterThan(1_000_000);
  });

  it('keeps an ordinary page of 20 entities with their first relations well under 5000', () => {
    expect(cost('{ entities(first: 20) { edges { node { id name type relations { edges { type direction node { id name type } } } } } } }')).toBeLessThan(5000);
  });

  it('counts an interface field selected through a fragment as the costliest implementation', () => {
    expect(cost('{ entity(id: "x") { ... on Project { uses(first: 10) { name } } } }')).toBe(cost('{ entity(id: "x") { uses(first: 10) { name } } }'));
  });

  it('charges nothing for introspection', () => {
    expect(cost(getIntrospectionQuery())).toBe(0);
  });
});

describe('createOperationCostCache', () => {
  const schema = buildGraphSchema();
  const document = parse('query($n: Int) { entities(first: $n) { edges { node { name } } } }');

  it('gives the cost operationCost gives, per variables, for the same document', () => {
    const cached = createOperationCostCache(LIMITS, 2);
    for (const n of [5, 50, 5, 7, 50, 5]) {
      expect(cached(schema, document, undefined, { n })).toBe(operationCost(schema, document, undefined, { n }, LIMITS));
    }
  });

  it('keeps no answer for variables that do not fit', () => {
    const cached = createOperationCostCache(LIMITS);
    expect(() => cached(schema, document, undefined, { n: 'ten' })).toThrow();
    expect(() => cached(schema, document, undefined, { n: 'ten' })).toThrow();
    expect(cached(schema, document, undefined, { n: 10 })).toBe(operationCost(schema, document, undefined, { n: 10 }, LIMITS));
  });
});

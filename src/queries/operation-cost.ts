import { isCompositeType, getNamedType, type DocumentNode, type GraphQLSchema } from 'graphql';
import { getComplexity, type ComplexityEstimator } from 'graphql-query-complexity';
import { listBoundOf } from '../schema/list-size';
import type { PageLimits } from '../schema/pagination';

/**
 * An upper bound of the number of values the answer can hold: every field counts 1, and a list (or
 * connection) counts its page size times its selection. Page sizes come from the arguments with the
 * variables' values (`first: $n` costs what `first: 100` does), else from the field's default; lists
 * without an argument count their declared bound. Introspection is free.
 * @example `{ entities(first: 20) { edges { node { name } } } }` costs 1 + 20 × (1 + 1 + 1) = 61.
 */
export function operationCost(schema: GraphQLSchema, document: DocumentNode, operationName: string | undefined, variables: Record<string, unknown>, limits: PageLimits): number {
  return getComplexity({ schema, query: document, operationName, variables, estimators: [listSizeEstimator(limits)] });
}

/**
 * `operationCost` remembered per parsed document, operation name and variables, so a repeated operation is
 * not walked again: Apollo hands the same DocumentNode to every request with the same text while it is in
 * its document store. At most `perDocument` variable sets are kept per document; errors are not kept.
 */
export function createOperationCostCache(limits: PageLimits, perDocument = 64) {
  const costs = new WeakMap<DocumentNode, Map<string, number>>();
  return (schema: GraphQLSchema, document: DocumentNode, operationName: string | undefined, variables: Record<string, unknown>): number => {
    const key = `${operationName ?? ''} ${JSON.stringify(variables)}`;
    const known = costs.get(document) ?? new Map<string, number>();
    const hit = known.get(key);
    if (hit !== undefined) return hit;
    const cost = operationCost(schema, document, operationName, variables, limits);
    if (known.size >= perDocument) known.clear();
    known.set(key, cost);
    costs.set(document, known);
    return cost;
  };
}

function listSizeEstimator(limits: PageLimits): ComplexityEstimator {
  return ({ field, args, childComplexity }) => {
    if (field.name.startsWith('__')) return 0;
    if (!isCompositeType(getNamedType(field.type))) return 1;
    return 1 + itemsOf(field, args, limits) * childComplexity;
  };
}

/** How many items the field yields at most with these arguments (1 for a single object). */
function itemsOf(field: Parameters<ComplexityEstimator>[0]['field'], args: Record<string, unknown>, limits: PageLimits): number {
  const bound = listBoundOf(field);
  if (!bound) return 1;
  if ('assumedSize' in bound) return bound.assumedSize;
  const given = args[bound.slicingArgument];
  // Out-of-range sizes are the resolver's BAD_USER_INPUT; a huge one is refused here first.
  return typeof given === 'number' ? Math.max(given, 0) : (bound.defaultSize ?? limits.defaultPageSize);
}

import type { GraphQLField } from 'graphql';
import { Extensions } from 'type-graphql';

/**
 * The most items a list field (or a connection) can hold, known before it runs, so an operation's
 * cost can be computed up front (the idea of IBM's `@listSize`): a page-size argument, or a fixed bound.
 */
export type ListBound =
  /** `argument`'s value; DEFAULT_PAGE_SIZE (or `defaultSize`) when it is absent. */
  | { slicingArgument: string; defaultSize?: number }
  /** Never more than `assumedSize` items (a bound of the schema, e.g. one per enum value). */
  | { assumedSize: number };

/** The usual bound: the `first` argument, DEFAULT_PAGE_SIZE when absent. */
export const BY_FIRST: ListBound = { slicingArgument: 'first' };

/**
 * A list whose parent field's page size already counts its items: a connection's `edges`, whose
 * `first` is on the connection field (which counts its whole selection `first` times).
 */
export const SIZED_BY_PARENT: ListBound = { assumedSize: 1 };

/** Declares a list field's bound; `operationCost` reads it. Every list of objects has one (a unit test checks). */
export const ListSize = (bound: ListBound) => Extensions({ listSize: bound });

/** The bound declared on a field, if any. */
export function listBoundOf(field: GraphQLField<unknown, unknown>): ListBound | undefined {
  return field.extensions?.listSize as ListBound | undefined;
}

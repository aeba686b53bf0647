import { BadInputError } from '../errors';

/** The page limits every list field applies. */
export interface PageLimits {
  defaultPageSize: number;
  maxPageSize: number;
}

/** Options of a list field's `first` argument. */
export const FIRST_ARG = { nullable: true, description: 'How many at most (default DEFAULT_PAGE_SIZE, at most MAX_PAGE_SIZE).' } as const;

/** The page size for `first`: the default when absent; null outside 1..max (what `pageSize` refuses). */
export function validPageSize(first: number | null | undefined, limits: PageLimits): number | null {
  if (first === null || first === undefined) return limits.defaultPageSize;
  return Number.isInteger(first) && first >= 1 && first <= limits.maxPageSize ? first : null;
}

/** The page size for `first`: the default when absent; BAD_USER_INPUT outside 1..max. */
export function pageSize(first: number | null | undefined, limits: PageLimits, argumentName = 'first'): number {
  const size = validPageSize(first, limits);
  if (size === null) throw new BadInputError(`${argumentName} must be between 1 and ${limits.maxPageSize} (got ${first}).`, argumentName);
  return size;
}

/** How many pieces of evidence a relation shows when `evidence(first)` is not given. */
export const DEFAULT_EVIDENCE_PER_RELATION = 5;

/** The number of pieces of evidence for `evidence(first)`: DEFAULT_EVIDENCE_PER_RELATION when absent; BAD_USER_INPUT outside 1..max. */
export function evidencePageSize(first: number | null | undefined, limits: PageLimits): number {
  return pageSize(first, { defaultPageSize: Math.min(DEFAULT_EVIDENCE_PER_RELATION, limits.maxPageSize), maxPageSize: limits.maxPageSize });
}

/** An opaque cursor: base64url of a JSON array naming the list it belongs to and the keyset position. */
export function encodeCursor(kind: string, position: readonly unknown[]): string {
  return Buffer.from(JSON.stringify([kind, ...position])).toString('base64url');
}

/** The keyset position of a cursor made by `encodeCursor(kind, …)`; null for anything else. */
export function readCursor(cursor: string, kind: string): unknown[] | null {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    // Not JSON: not one of our cursors, which the caller reports.
    return null;
  }
  return Array.isArray(parsed) && parsed[0] === kind ? parsed.slice(1) : null;
}

/** The keyset position of a cursor made by `encodeCursor(kind, …)`; BAD_USER_INPUT for anything else. */
export function decodeCursor(cursor: string, kind: string, argumentName = 'after'): unknown[] {
  const position = readCursor(cursor, kind);
  if (position === null) throw new BadInputError(`${argumentName} is not a cursor of this list (use an endCursor it returned).`, argumentName);
  return position;
}

/** Relay page info for a page fetched with one extra row (`rows.length > size` means more follow). */
export function pageInfo<T>(rows: readonly T[], size: number, after: string | null | undefined, cursorOf: (row: T) => string) {
  const page = rows.slice(0, size);
  const first = page[0];
  const last = page[page.length - 1];
  return {
    page,
    pageInfo: {
      hasNextPage: rows.length > size,
      hasPreviousPage: after !== null && after !== undefined,
      startCursor: first === undefined ? null : cursorOf(first),
      endCursor: last === undefined ? null : cursorOf(last),
    },
  };
}

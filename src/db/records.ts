import neo4j, { isDate, isDateTime, isDuration, isLocalDateTime, isLocalTime, isTime, type Record as Neo4jRecord } from 'neo4j-driver';

/** A result row with neo4j values turned into plain JS (numbers, strings, arrays, objects). */
export type Row = Record<string, unknown>;

/** Integer → number, temporal → ISO string, nodes/relationships → their properties; recursive. */
export function toPlain(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  // Most values are strings and numbers: return them before the six temporal type checks.
  if (typeof value !== 'object') return value;
  if (neo4j.isInt(value)) return (value as { toNumber(): number }).toNumber();
  if (isDateTime(value as never) || isDate(value as never) || isLocalDateTime(value as never) || isTime(value as never) || isLocalTime(value as never) || isDuration(value as never)) {
    return new Date(String(value)).toISOString();
  }
  if (Array.isArray(value)) return value.map(toPlain);
  if (typeof value === 'object') {
    const v = value as { properties?: object; labels?: unknown; type?: unknown; elementId?: unknown };
    if (v.properties && v.elementId !== undefined) return toPlain(v.properties);
    return Object.fromEntries(Object.entries(value).map(([k, x]) => [k, toPlain(x)]));
  }
  return value;
}

export function toRow(record: Neo4jRecord): Row {
  const row: Row = {};
  for (const key of record.keys) row[String(key)] = toPlain(record.get(key));
  return row;
}

import neo4j, { isDate, isDateTime, isDuration, isLocalDateTime, isLocalTime, isTime, type Record as Neo4jRecord } from 'neo4j-driver';

/** A result row with neo4j values turned into plain JS (numbers, strings, arrays, objects). */
export type Row = Record<string, unknown>;

/**
 * Integer → number, temporal → ISO string, nodes/relationships → their properties; recursive.
 * The driver's lists and maps are fresh per result, so they are converted in place (no copies).
 */
export function toPlain(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  // Most values are strings and numbers, then lists and maps: all before the class checks.
  if (typeof value !== 'object') return value;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) value[i] = toPlain(value[i]);
    return value;
  }
  if (Object.getPrototypeOf(value) === Object.prototype) {
    const map = value as Record<string, unknown>;
    for (const key of Object.keys(map)) map[key] = toPlain(map[key]);
    return map;
  }
  if (neo4j.isInt(value)) return (value as { toNumber(): number }).toNumber();
  if (isDateTime(value as never) || isDate(value as never) || isLocalDateTime(value as never) || isTime(value as never) || isLocalTime(value as never) || isDuration(value as never)) {
    return new Date(String(value)).toISOString();
  }
  const v = value as { properties?: object; elementId?: unknown };
  if (v.properties && v.elementId !== undefined) return toPlain({ ...v.properties });
  return Object.fromEntries(Object.entries(value).map(([k, x]) => [k, toPlain(x)]));
}

export function toRow(record: Neo4jRecord): Row {
  const row: Row = {};
  for (const key of record.keys) row[String(key)] = toPlain(record.get(key));
  return row;
}

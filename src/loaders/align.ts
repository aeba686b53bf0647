/** result[i] is the value whose key is keys[i], or null: the order and length DataLoader requires. */
export function alignOne<K, V>(keys: readonly K[], values: readonly V[], keyOf: (value: V) => K): (V | null)[] {
  const byKey = new Map<K, V>();
  for (const value of values) if (!byKey.has(keyOf(value))) byKey.set(keyOf(value), value);
  return keys.map((key) => byKey.get(key) ?? null);
}

/** result[i] holds every value whose key is keys[i], in their original order, or []. */
export function alignMany<K, V>(keys: readonly K[], values: readonly V[], keyOf: (value: V) => K): V[][] {
  const byKey = new Map<K, V[]>();
  for (const value of values) {
    const list = byKey.get(keyOf(value));
    if (list) list.push(value);
    else byKey.set(keyOf(value), [value]);
  }
  return keys.map((key) => byKey.get(key) ?? []);
}

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

/** One loader per page size, made on first use: a page of 5 and a page of 20 must not share cache entries. */
export function perLimit<L>(make: (limit: number) => L): (limit: number) => L {
  const loaders = new Map<number, L>();
  return (limit) => {
    let loader = loaders.get(limit);
    if (!loader) {
      loader = make(limit);
      loaders.set(limit, loader);
    }
    return loader;
  };
}

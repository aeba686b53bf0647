import type { Entity } from '../domain/graph';
import { nameKey } from '../domain/names';

/** How `ask` finds entities: the API's own name lookup and full-text search. */
export interface EntityLookup {
  /** By id or by name/alias, variant-insensitive (what `entity(name:)` does). */
  byName(name: string): Promise<Entity | null>;
  /** Entities whose names, aliases, descriptions or evidence match the words (what `search` does). */
  search(text: string, limit: number): Promise<Entity[]>;
}

/** NAME: the name lookup found it; FUZZY: a close spelling of a name or alias found through search. */
export type EntityMatch = 'NAME' | 'FUZZY';

export type Resolution = { entity: Entity; match: EntityMatch } | { entity: null /** Entities with similar names, best first, for "did you mean". */; candidates: Entity[] };

/** Optimal string alignment distance (Levenshtein plus transpositions of neighbours). */
export function editDistance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j += 1) d[0]![j] = j;
  for (let i = 1; i <= a.length; i += 1) {
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, d[i - 2]![j - 2]! + 1);
      d[i]![j] = v;
    }
  }
  return d[a.length]![b.length]!;
}

/** The closest of an entity's name and aliases to `key`, as an edit distance between name keys. */
function distance(key: string, entity: Entity): number {
  return Math.min(...[entity.name, ...entity.aliases].map((n) => editDistance(key, nameKey(n))));
}

/** Typos allowed in a name: about one per four characters, none in names under four. */
export const allowedTypos = (key: string) => Math.floor(key.length / 4);

/**
 * The entity a name written in a question means: the exact lookup first, then the closest spelling among the
 * search hits for its words and for their first three letters (so "Arbitum" and "frad proofs" still resolve).
 */
export async function resolveEntityName(text: string, lookup: EntityLookup): Promise<Resolution> {
  const exact = await lookup.byName(text);
  if (exact) return { entity: exact, match: 'NAME' };
  const key = nameKey(text);
  if (key === '') return { entity: null, candidates: [] };
  const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  const prefixes = words.map((w) => w.slice(0, 3)).join(' ');
  const batches = await Promise.all([lookup.search(text, 20), prefixes !== words.join(' ') ? lookup.search(prefixes, 50) : Promise.resolve([])]);
  const seen = new Map<string, { entity: Entity; distance: number; rank: number }>();
  batches.flat().forEach((entity, rank) => {
    if (!seen.has(entity.id)) seen.set(entity.id, { entity, distance: distance(key, entity), rank });
  });
  const ranked = [...seen.values()].sort((a, b) => a.distance - b.distance || Number(a.entity.discovered) - Number(b.entity.discovered) || a.rank - b.rank);
  const best = ranked[0];
  if (best && best.distance <= allowedTypos(key)) return { entity: best.entity, match: 'FUZZY' };
  return { entity: null, candidates: ranked.slice(0, 3).map((r) => r.entity) };
}

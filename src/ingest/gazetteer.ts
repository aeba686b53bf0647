import { nameKey, singular } from '../domain/names';
import type { EntityType } from '../domain/vocabulary';
import { joinsName, tokenize, type Token } from './text/tokenize';

export interface CatalogEntity {
  id: string;
  name: string;
  type: EntityType;
  aliases: string[];
  description: string | null;
  /** Match only the exact case of the name and aliases ("Base", "Scroll"). */
  matchCase: boolean;
}

interface Entry {
  entity: CatalogEntity;
  /** Case-sensitive forms (words joined), when the name must match its case. */
  exact: Set<string> | null;
}

/** Catalog names keyed by `nameKey`, plus every prefix of every key so a scan stops early. */
export interface Gazetteer {
  entries: ReadonlyMap<string, readonly Entry[]>;
  prefixes: ReadonlySet<string>;
  maxWords: number;
}

export interface GazetteerMatch {
  /** Index of the token after the match. */
  endToken: number;
  key: string;
  entities: CatalogEntity[];
}

const ACRONYM = /^[\p{Lu}\p{N}.]{2,7}s?$/u;

export function buildGazetteer(entities: readonly CatalogEntity[]): Gazetteer {
  const entries = new Map<string, Entry[]>();
  const prefixes = new Set<string>();
  let maxWords = 1;
  for (const entity of entities) {
    for (const name of new Set([entity.name, ...entity.aliases])) {
      const key = nameKey(name);
      if (key === '') continue;
      const words = tokenize(name);
      maxWords = Math.max(maxWords, words.length);
      const caseSensitive = entity.matchCase || ACRONYM.test(name);
      const list = entries.get(key) ?? [];
      let entry = list.find((e) => e.entity.id === entity.id);
      if (!entry) {
        entry = { entity, exact: caseSensitive ? new Set() : null };
        list.push(entry);
      } else if (!caseSensitive) {
        entry.exact = null;
      }
      entry.exact?.add(words.map((w) => w.text).join(' '));
      entries.set(key, list);
      for (let i = 1; i <= key.length; i += 1) prefixes.add(key.slice(0, i));
    }
  }
  return { entries, prefixes, maxWords };
}

/**
 * The longest catalog name starting at `tokens[i]`, or null. Words of one name may be joined by
 * spaces or hyphens only; the last word may be plural.
 */
export function matchAt(gazetteer: Gazetteer, tokens: readonly Token[], i: number, text: string, offset: number): GazetteerMatch | null {
  let raw = '';
  let best: GazetteerMatch | null = null;
  const surface: string[] = [];
  for (let j = i; j < tokens.length && j - i < gazetteer.maxWords; j += 1) {
    const tok = tokens[j] as Token;
    if (j > i) {
      const prev = tokens[j - 1] as Token;
      if (!joinsName(text.slice(prev.end - offset, tok.start - offset))) break;
    }
    const key = raw + singular(tok.lower);
    raw += tok.lower;
    surface.push(tok.text);
    const found = gazetteer.entries.get(key);
    if (found) {
      const entities = found.filter((e) => e.exact === null || e.exact.has(withoutPlural(surface))).map((e) => e.entity);
      if (entities.length > 0) best = { endToken: j + 1, key, entities };
    }
    if (!gazetteer.prefixes.has(raw)) break;
  }
  return best;
}

function withoutPlural(words: string[]): string {
  const joined = words.join(' ');
  return /\p{Lu}s$/u.test(joined) ? joined.slice(0, -1) : joined;
}

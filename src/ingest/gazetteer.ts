import { nameKey } from '../domain/names';
import { acronymSingular, singular } from './text/english';
import type { EntityType } from '../domain/vocabulary';
import { joinsNameAt, tokenize, type Token } from './text/tokenize';

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
      // Stored as `withoutPlural` reads the text: "SNARKs" is kept as "SNARK".
      entry.exact?.add(acronymSingular(words.map((w) => w.text).join(' ')));
      // ("Near Protocol" for "NEAR Protocol": a name of several words may spell its capitalised word in title case.)
      if (words.length > 1) entry.exact?.add(acronymSingular(words.map((w) => (/^\p{Lu}{3,}$/u.test(w.text) ? w.text[0] + w.text.slice(1).toLowerCase() : w.text)).join(' ')));
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
  for (let j = i; j < tokens.length && j - i < gazetteer.maxWords; j += 1) {
    const tok = tokens[j] as Token;
    if (j > i && !joinsNameAt(text, (tokens[j - 1] as Token).end - offset, tok.start - offset)) break;
    const key = raw + singular(tok.lower);
    raw += tok.lower;
    const found = gazetteer.entries.get(key);
    if (found) {
      const entities: CatalogEntity[] = [];
      let surface: string | null = null;
      for (const e of found) {
        if (e.exact !== null) surface ??= withoutPlural(tokens, i, j + 1);
        if (e.exact === null || e.exact.has(surface as string)) entities.push(e.entity);
      }
      if (entities.length > 0) best = { endToken: j + 1, key, entities };
    }
    if (!gazetteer.prefixes.has(raw)) break;
  }
  return best;
}

/** The words of tokens [from, to) joined by spaces, without a plural "s" after a capital ("ZKPs"). */
function withoutPlural(tokens: readonly Token[], from: number, to: number): string {
  let joined = (tokens[from] as Token).text;
  for (let k = from + 1; k < to; k += 1) joined += ` ${(tokens[k] as Token).text}`;
  return acronymSingular(joined);
}

import { nameKey } from '../../../domain/names';
import { matchAt, type Gazetteer } from '../../gazetteer';
import type { Lexicon } from '../../lexicon';
import { singular } from '../../text/english';
import { tokenize, type Token } from '../../text/tokenize';
import type { Sentence } from '../../types';
import type { Found } from '../discover';

/**
 * "payment and state channels", "optimistic or zk rollups": a modifier joined by "and"/"or" to a catalog term of two
 * words or more shares that term's head; when the modifier with that head is a catalog name too ("payment channels"),
 * the modifier's word names it. Returns those names (the caller replaces a name found at the same word).
 */
export function sharedHeads(s: Sentence, toks: readonly Token[], found: readonly Found[], gazetteer: Gazetteer, lexicon: Lexicon): Found[] {
  const out: Found[] = [];
  for (const term of found) {
    if (term.nested || term.discovered || !/^\p{Ll}[\p{Ll}-]*(?:\s+\p{Ll}[\p{Ll}-]*)+$/u.test(s.text.slice(term.start - s.start, term.end - s.start))) continue;
    const first = toks.findIndex((t) => t.start === term.start);
    const connector = toks[first - 1];
    const modifier = toks[first - 2];
    if (!connector || !modifier || !['and', 'or'].includes(connector.lower)) continue;
    if (!/^\p{Ll}[\p{Ll}-]*$/u.test(modifier.text) || lexicon.stopwords.has(modifier.lower) || singular(modifier.lower) !== modifier.lower) continue;
    if (s.text.slice(modifier.end - s.start, term.start - s.start).trim() !== connector.text) continue;
    // (The head is the term's words after its first: "state channels" → "channels".)
    const second = toks[first + 1];
    if (!second || second.start >= term.end) continue;
    const head = s.text.slice(second.start - s.start, term.end - s.start);
    // (Looked up as the catalog scan reads text, so a name that must match its case is not matched in lower case.)
    const joined = `${modifier.text} ${head}`;
    const words = tokenize(joined);
    const match = matchAt(gazetteer, words, 0, joined, 0);
    const entity = match?.endToken === words.length ? match.entities[0] : undefined;
    if (!entity || entity.id === term.entityId) continue;
    out.push({
      start: modifier.start,
      end: modifier.end,
      key: nameKey(entity.name),
      entityId: entity.id,
      name: entity.name,
      type: entity.type,
      discovered: false,
      confidence: 1,
      rule: 'catalog:shared-head',
      alias: null,
      nested: false,
    });
  }
  return out;
}

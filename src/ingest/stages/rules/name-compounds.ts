import type { Lexicon } from '../../lexicon';
import { singular, TERM_TYPES } from '../../text/english';
import type { Token } from '../../text/tokenize';
import type { Sentence } from '../../types';
import { discovered, type Found } from '../discover';

const MAX_TAIL = 2;

/**
 * "Sybil attacks", "KZG polynomial commitments", "Schnorr signatures": a discovered name followed by
 * one or two lower-case nouns, the last of which the lexicon types as a technique, challenge or use
 * case, names that term as a whole. Returns the compounds; the caller nests the names inside them.
 * Catalog names are left alone ("EigenLayer restaking" is EigenLayer's restaking).
 */
export function nameCompounds(s: Sentence, toks: readonly Token[], found: readonly Found[], lexicon: Lexicon): Found[] {
  const out: Found[] = [];
  for (const f of found) {
    if (f.nested || !f.discovered || !/^\p{Lu}/u.test(s.text.slice(f.start - s.start))) continue;
    const after = toks.findIndex((t) => t.start >= f.end);
    if (after < 0 || s.text.slice(f.end - s.start, (toks[after] as Token).start - s.start) !== ' ') continue;
    let end = after;
    while (
      end < toks.length &&
      end - after < MAX_TAIL &&
      isLowerNoun(toks[end] as Token, lexicon) &&
      (end === after || s.text.slice((toks[end - 1] as Token).end - s.start, (toks[end] as Token).start - s.start) === ' ')
    )
      end += 1;
    // The tail must end the noun phrase: "Sybil attack vectors" is no "Sybil attack".
    if (end === after || (toks[end] !== undefined && isLowerNoun(toks[end] as Token, lexicon) && s.text.slice((toks[end - 1] as Token).end - s.start, (toks[end] as Token).start - s.start) === ' '))
      continue;
    // A modifier is singular ("proof aggregation"): a plural before the last noun is a verb ("the Quill Prover aggregates proofs").
    if (toks.slice(after, end - 1).some((t) => singular(t.lower) !== t.lower)) continue;
    const last = toks[end - 1] as Token;
    const type = lexicon.typeByWord.get(last.lower);
    // ("polynomial commitments" found alone as a lower-case term is taken into the compound.)
    const clash = (o: Found) => o !== f && !o.nested && o.start < last.end && (toks[after] as Token).start < o.end && !(o.rule === 'discover:lower-term' && o.end <= last.end);
    if (type === undefined || !TERM_TYPES.has(type) || found.some(clash)) continue;
    // ("the Incremental Merkle Tree algorithm": a name of several words before one noun of its kind is also called by itself.)
    const base = s.text.slice(f.start - s.start, f.end - s.start);
    const alias = end === after + 1 && lexicon.instanceKinds.has(singular(last.lower)) && /\s/.test(base) ? base : null;
    out.push(discovered(f.start, last.end, s.text.slice(f.start - s.start, last.end - s.start), type, 'discover:name-compound', lexicon, alias));
  }
  return out;
}

function isLowerNoun(t: Token, lexicon: Lexicon): boolean {
  return t.pos === 'NOUN' && /^\p{Ll}/u.test(t.text) && !lexicon.stopwords.has(t.lower) && !lexicon.cuesByFirstWord.has(t.lower);
}

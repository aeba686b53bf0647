import { isFiniteVerb } from '../text/english';
import { findCues } from '../text/phrases';
import type { Token } from '../text/tokenize';
import type { Block, Mention, Sentence } from '../types';
import { antecedent } from './antecedents';
import { add, between, inParentheses, type Context } from './relation-context';

/**
 * "Unlike Acme, Quill settles on X", "Unlike Acme, which …, it settles on X": a sentence that opens by setting a name
 * apart (lexicon `alternativeOpeners`) states that its subject is an alternative to that name. The names set apart are
 * the first one after the opener and those a list joins to it; after a broad class ("other ledger designs, such as
 * A and B") its examples (any cue of examples in the lexicon). The subject is the first name, or pronoun, after a comma that its verb follows.
 */
export function contrastedAlternatives(ctx: Context, block: Block, s: Sentence): void {
  const toks = ctx.tokens[s.index] ?? [];
  const [opener] = toks;
  if (!opener || !ctx.lexicon.alternativeOpeners.has(opener.lower) || !/^[\s*_"“]*$/.test(s.text.slice(0, opener.start - s.start))) return;
  const mentions = (ctx.bySentence[s.index] ?? []).filter((m) => !inParentheses(s, m));
  const subject = clauseSubject(ctx, block, s, mentions);
  if (!subject) return;
  const fronted = mentions.filter((m) => m.end <= subject.commaAt);
  const [first] = fronted;
  if (!first) return;
  // ("Unlike X, which relies on Y, Z …": what the aside names is not set apart.)
  const aside = toks.find((t) => t.start >= first.end && t.end <= subject.commaAt && ctx.lexicon.relativePronouns.has(t.lower) && /,\s*$/.test(s.text.slice(0, t.start - s.start)));
  const limit = aside?.start ?? subject.commaAt;
  const listed = [first];
  for (const m of fronted.slice(1)) {
    const prev = listed.at(-1) as Mention;
    if (m.start > limit || !/^\s*(?:,\s*(?:and\s+|or\s+)?|and\s+|or\s+)$/.test(s.text.slice(prev.end - s.start, m.start - s.start))) break;
    listed.push(m);
  }
  // ("Unlike other ledger designs, such as A and B, …": a class the sentence calls "other" stands for its examples.)
  const example = findCues(toks, ctx.lexicon).find((h) => h.cue.hyponym && h.start >= first.end && h.end <= limit && /^[\s,]*$/.test(s.text.slice(first.end - s.start, h.start - s.start)));
  const examples = example ? fronted.filter((m) => m.start >= example.end && m.end <= limit) : [];
  const others = /\bother\s+$/i.test(s.text.slice(0, first.start - s.start));
  const broad = others && examples.length > 0;
  // ("Unlike other sidechains, Quorrel …": set apart from the others of its own class, the subject is one of them; other-class.ts.)
  if (others && !broad) return;
  const setApart = broad ? examples : listed;
  for (const other of setApart) add(ctx, subject.mention, 'ALTERNATIVE_TO', other, s.index, `cue:${opener.lower}`, ctx.lexicon.data.confidence.cue);
}

/** The clause's subject after the fronted phrase: a name or a pronoun right after a comma, its verb next. */
function clauseSubject(ctx: Context, block: Block, s: Sentence, mentions: readonly Mention[]): { mention: Mention; commaAt: number } | undefined {
  const toks = ctx.tokens[s.index] ?? [];
  // (The search ends at the clause's end: "…; rather, Acme adopts X" is another clause.)
  const clauseEnd = s.text.search(/[;:]/);
  for (let at = s.text.indexOf(','); at >= 0 && (clauseEnd < 0 || at < clauseEnd); at = s.text.indexOf(',', at + 1)) {
    const commaAt = s.start + at;
    const word = toks.find((t) => t.start > commaAt);
    if (!word) return undefined;
    const pronoun = personalPronoun(ctx, word) ? word : undefined;
    // ("Unlike X, we …": a pronoun that stands for no named thing opens the clause all the same; "Unlike X, which …, Y":
    // a relative pronoun opens an aside on X.)
    if (word.pos === 'PRON' && !pronoun && !ctx.lexicon.relativePronouns.has(word.lower)) return undefined;
    // ("Unlike X, a Y …", "Unlike X, the Y …": a determiner may stand before the subject's name.)
    const named = mentions.find((m) => m.start > commaAt && between(ctx, s, commaAt + 1, m.start).words.every((w) => ctx.lexicon.determiners.has(w.lower)));
    const end = named?.end ?? pronoun?.end;
    const verb = end === undefined ? undefined : toks.find((t) => t.start >= end);
    // ("…, a ledger that cannot produce proofs cannot finalize": a restrictive clause may stand before the verb.)
    const finite = verb !== undefined && (verb.pos === 'AUX' || isFiniteVerb(verb) || ctx.lexicon.relativePronouns.has(verb.lower));
    if (named && finite) return { mention: named, commaAt };
    if (pronoun && finite) {
      const referent = antecedent(ctx, block, s, pronoun);
      return referent ? { mention: referent, commaAt } : undefined;
    }
  }
  return undefined;
}

/** "it", "they": a personal pronoun that can be a clause's subject (not "its", "their"). */
function personalPronoun(ctx: Context, word: Token): boolean {
  return ctx.lexicon.personalPronouns.has(word.lower) && !ctx.lexicon.data.possessive.pronouns.includes(word.lower);
}

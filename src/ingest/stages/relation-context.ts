import { namesMostOf } from '../../domain/names';
import type { EntityType, RelationType } from '../../domain/vocabulary';
import type { Lexicon } from '../lexicon';
import { NAMED_TYPES } from '../text/english';
import { isCommonPlural, isEnglishWord } from '../text/pos';
import type { CueHit } from '../text/phrases';
import type { Token } from '../text/tokenize';
import type { Block, Mention, RelationCandidate, Segmentation, Sentence } from '../types';

/** What the relation rules share while one article is read. */
export interface Context {
  seg: Segmentation;
  lexicon: Lexicon;
  tokens: Token[][];
  /** Mentions of each sentence that can take part in a relation (nested ones excluded). */
  bySentence: Mention[][];
  /** Sentences of each block, in order. */
  byBlock: Sentence[][];
  out: RelationCandidate[];
}

export function add(ctx: Context, subject: Mention | undefined, type: RelationType, object: Mention, sentence: number, rule: string, confidence: number): void {
  if (!subject || subject.key === object.key || (subject.entityId !== null && subject.entityId === object.entityId)) return;
  const c = confidence * Math.min(subject.confidence, object.confidence);
  ctx.out.push({ subject: subject.index, type, object: object.index, sentence, rule, confidence: Math.round(c * 1000) / 1000 });
}

/** The entity a heading is about: its one mention, when that mention is most of the heading. */
export function headingSubject(ctx: Context, headingIndex: number, question = false): Mention | undefined {
  const sentence = ctx.byBlock[headingIndex]?.[0];
  if (!sentence) return undefined;
  // "Quillnet (sidechain)": a parenthesised word after the name only tells which Quillnet is meant.
  // ("Rollups (e.g. Quillnet, Tessbar)": nor are the names of an aside.)
  const asides = [...sentence.text.matchAll(/\([^()]*\)/g)].map((a) => [sentence.start + (a.index ?? 0), sentence.start + (a.index ?? 0) + a[0].length]);
  const mentions = (ctx.bySentence[sentence.index] ?? []).filter((m) => !asides.some(([from, to]) => (from as number) < m.start && m.end < (to as number)));
  // ("**Paper:** https://…" set as its own line: a bold field label and its value are about no one thing; a bold heading that
  // ends in its colon, "### **Quillnet**:", is only emphasised.)
  if (isBoldLabel(sentence.text) && !BOLD_LABEL_ONLY.test(sentence.text)) return undefined;
  // ("FedQuill: Federated Optimization in Sparse Networks": a name before a title's colon is what the title is about; not a
  // class in the plural, "Shared Sequencers: Frequently Asked Questions", whose page is about the kind.)
  const titled = TITLE_NAME.exec(sentence.text);
  // ("Model Card: Marram-7B": nor a phrase of dictionary words, which names a kind of page; a name is cased or coined.)
  const coined = titled !== null && (titled[1] as string).split(/\s+/).some((w) => /\p{Ll}\p{Lu}|\p{N}/u.test(w) || !isEnglishWord(w.toLowerCase()));
  const last = (titled?.[1] as string | undefined)?.split(/\s+/).at(-1) ?? '';
  const plural = isCommonPlural(last.toLowerCase()) || /^\p{Lu}\p{Ll}+[^su]s$/u.test(last);
  if (titled && (!coined || plural)) return undefined;
  const named = titled ? mentions.find((m) => m.text === titled[1] && m.start - sentence.start === titled[0].indexOf(titled[1] as string)) : undefined;
  if (named) return named;
  const [only] = mentions;
  // ("Quorrel - Quick Ordered Rollup Relay": a name and its long form are one name.)
  if (!only || mentions.some((m) => (m.entityId ?? m.key) !== (only.entityId ?? only.key))) return undefined;
  // A question heading ("What problems do they solve?") is about its one name, however long the question.
  const asks = question && sentence.text.trimEnd().endsWith('?');
  return asks ||
    namesMostOf(
      sentence.text,
      mentions.map((m) => m.text),
    )
    ? only
    : undefined;
}

/** "**Paper:** …", "**Authors**: …": text that opens with a bold field label. */
export function isBoldLabel(text: string): boolean {
  return /^\*\*[^*\n]{1,40}?(?::\*\*|\*\*\s*:)/.test(text);
}

/** "**Quillnet**:": a bold label and its colon with nothing after them. */
const BOLD_LABEL_ONLY = /^\*\*[^*\n]{1,40}?(?::\*\*|\*\*\s*:)\s*$/;

const TITLE_NAME = /^\s*([\p{Lu}\p{N}][\p{L}\p{N}.-]{1,30}(?:\s[\p{L}\p{N}.-]{1,30}){0,3}):\s+\p{Lu}/u;

/** What a section is about: the subject of the nearest heading above that has one, else the named thing the title opens with. */
export function sectionTopic(ctx: Context, block: Block): Mention | undefined {
  for (let heading = block.heading; heading >= 0; heading = ctx.seg.blocks[heading]?.heading ?? -1) {
    const topic = headingSubject(ctx, heading, true);
    if (topic) return topic;
    const top = ctx.seg.blocks[heading];
    const first = top?.kind === 'title' ? ctx.byBlock[heading]?.[0] : undefined;
    const opening = first ? (ctx.bySentence[first.index] ?? [])[0] : undefined;
    if (first && opening && opening.start === first.start && NAMED_TYPES.has(opening.type)) return opening;
  }
  return undefined;
}

export function termMentions(ctx: Context, block: Block, first: Sentence): Mention[] {
  const mentions = ctx.bySentence[first.index] ?? [];
  if (block.term) {
    const paren = block.term.text.indexOf('(');
    const end = paren > 0 ? block.term.start + paren : block.term.end;
    return mentions.filter((m) => m.start >= block.term!.start && m.end <= end);
  }
  const lead = mentions[0];
  // ("- **Quillnet** settles to X", "1. The Gateway, which …": emphasis or an article may open the item.)
  return lead && lead.start >= block.start && /^[*_`]*(?:(?:the|an?)\s+[*_`]*)?$/i.test(first.text.slice(0, lead.start - first.start)) ? [lead] : [];
}

/** The name right before a cue; before its comma too when the cue is appositive ("rollups, such as X"). */
export function mentionBefore(ctx: Context, s: Sentence, hit: CueHit): Mention | undefined {
  const m = (ctx.bySentence[s.index] ?? []).filter((x) => x.end <= hit.start).pop();
  // ("privacy-enhancing technologies (PETs) including", "shared sequencing projects such as": an acronym in
  // parentheses, or one plain noun that heads the class term, may stand between.)
  const gap = m
    ? s.text
        .slice(m.end - s.start, hit.start - s.start)
        .replace(/\([^()]*\)|^\)/g, '')
        .trim()
    : undefined;
  const words = m ? between(ctx, s, m.end, hit.start, true).words : [];
  // (Only a noun of instances, "projects", "protocols": "privacy measures such as X" are measures, no kind of privacy.)
  const head = gap !== undefined && /^\p{Ll}+,?$/u.test(gap) && words.length === 1 && words[0]?.pos === 'NOUN' && isInstanceKind(ctx, words[0].lower);
  // ("rollups (e.g. A, B)": or the parenthesis that opens the examples.)
  return gap === '' || gap === '(' || head || (gap === ',' && hit.cue.appositive) ? m : undefined;
}

/** Words and punctuation between two offsets of a sentence, optionally without "(...)" asides. */
export function between(ctx: Context, s: Sentence, from: number, to: number, skipAsides = false): { words: Token[]; text: string } {
  const raw = s.text.slice(from - s.start, to - s.start);
  const text = skipAsides ? raw.replace(/\s*\([^()]*\)/g, '') : raw;
  const asides = skipAsides ? [...raw.matchAll(/\([^()]*\)/g)].map((m) => [from + (m.index ?? 0), from + (m.index ?? 0) + m[0].length]) : [];
  const words = (ctx.tokens[s.index] ?? []).filter((t) => t.start >= from && t.end <= to && !asides.some(([a, b]) => t.start >= (a as number) && t.end <= (b as number)));
  return { words, text };
}

export function inParentheses(s: Sentence, m: Mention): boolean {
  return /\(\s*$/.test(s.text.slice(0, m.start - s.start)) && /^\s*\)/.test(s.text.slice(m.end - s.start));
}

/** "blockchain-based": a name fused to a following word by a hyphen only modifies it. */
export function isModifier(s: Sentence, m: Mention): boolean {
  return /^-\p{L}/u.test(s.text.slice(m.end - s.start, m.end - s.start + 2));
}

/** "blockchain projects are ...": a common noun before a typing noun is not the subject, the noun is. */
/**
 * "Halo2-based circuits", "a Quill SDK based chain": a lexicon `basisSuffixes` word right after the name (fused by a hyphen
 * or after a space) makes the noun that follows rest on the name. Not "Quill based on X", where the name is the subject.
 */
export function basisAfter(ctx: Context, s: Sentence, m: Mention): boolean {
  const after = /^(?:-|\s+)(\p{L}+)(\s+\p{L}+)?/u.exec(s.text.slice(m.end - s.start));
  const word = after?.[1]?.toLowerCase();
  return word !== undefined && ctx.lexicon.basisSuffixes.has(word) && !/^\s+(?:on|upon)$/i.test(after?.[2] ?? '');
}

export function isNounModifier(ctx: Context, s: Sentence, m: Mention): boolean {
  const next = (ctx.tokens[s.index] ?? []).find((t) => t.start >= m.end);
  // "the Kestrel light client is built on ...", "Meridian's lending markets are deployed on ...":
  // a name followed by a lower-case common noun only modifies it ("a scalability alternative to X": so does one after an
  // article before a cue's noun).
  const indefinite = /(?:^|\s)an?\s+$/i.test(s.text.slice(0, m.start - s.start));
  const headNoun =
    next !== undefined &&
    next.pos === 'NOUN' &&
    /^\p{Ll}/u.test(next.text) &&
    /^\s+$/.test(s.text.slice(m.end - s.start, next.start - s.start)) &&
    (!ctx.lexicon.cuesByFirstWord.has(next.lower) || indefinite) &&
    !ctx.lexicon.typeByWord.has(next.lower) &&
    !ctx.lexicon.stopwords.has(next.lower) &&
    !verbBeforeObject(ctx, s, m, next);
  return headNoun || basisAfter(ctx, s, m) || otherKind(ctx, s, m) || (/^\p{Ll}/u.test(m.text) && modifiesNoun(ctx, s, m));
}

/**
 * "Quorrel stores data off-chain", "Quorrel batches the transactions": a word in "-s" the tagger takes for a plural noun is
 * the opening name's verb when an object (an article, an adjective, a lower-case noun or a number) follows it right away.
 */
function verbBeforeObject(ctx: Context, s: Sentence, m: Mention, next: Token): boolean {
  const toks = ctx.tokens[s.index] ?? [];
  const after = toks[toks.indexOf(next) + 1];
  const opens = s.text.slice(0, m.start - s.start).replace(/[\s*_"“]/g, '') === '';
  return (
    opens &&
    /[^s]s$/.test(next.lower) &&
    next.lemma !== undefined &&
    next.lemma !== next.lower &&
    after !== undefined &&
    s.text.slice(next.end - s.start, after.start - s.start) === ' ' &&
    /^\p{Ll}|^\p{N}/u.test(after.text) &&
    ['DET', 'NOUN', 'ADJ', 'NUM'].includes(after.pos ?? '')
  );
}

/**
 * "the Marrowchain restaking protocol", "the Quillnet light client": a name before lower-case words that end in a noun
 * typing another kind of thing (a project after a network) only modifies that thing; "the Quillnet network" is Quillnet.
 */
export function otherKind(ctx: Context, s: Sentence, m: Mention): boolean {
  const toks = ctx.tokens[s.index] ?? [];
  let i = toks.findIndex((t) => t.start >= m.end);
  if (i < 0 || !/^\s+$/.test(s.text.slice(m.end - s.start, (toks[i] as Token).start - s.start))) return false;
  for (let n = 0; n < 3 && i < toks.length; n += 1, i += 1) {
    const t = toks[i] as Token;
    if (!/^\p{Ll}/u.test(t.text) || (t.pos !== 'NOUN' && t.pos !== 'ADJ') || ctx.lexicon.stopwords.has(t.lower) || ctx.lexicon.cuesByFirstWord.has(t.lower)) return false;
    const type = ctx.lexicon.typeByWord.get(t.lower);
    const next = toks[i + 1];
    const last = !next || !/^\s+$/.test(s.text.slice(t.end - s.start, next.start - s.start)) || !/^\p{Ll}/u.test(next.text) || next.pos !== 'NOUN';
    if (type !== undefined && last) return n > 0 && (m.type === 'Network' || m.type === 'Organization') && (type === 'Project' || type === 'Technique');
    if (last) return false;
  }
  return false;
}

/** "a Python library": the name is followed by a lower-case typing noun, which it only modifies. */
export function modifiesNoun(ctx: Context, s: Sentence, m: Mention): boolean {
  const next = (ctx.tokens[s.index] ?? []).find((t) => t.start >= m.end);
  return next !== undefined && /^\s+$/.test(s.text.slice(m.end - s.start, next.start - s.start)) && /^\p{Ll}/u.test(next.text) && ctx.lexicon.typeByWord.has(next.lower);
}

/**
 * "Kleros, a decentralized arbitration protocol", "X is a shared sequencer network": a technique or
 * concept right before the kind noun that ends the phrase ("protocol", "network", the lexicon's
 * `instanceKinds`) is the class the phrase names; the kind noun only says what sort of thing it is.
 * ("a federated learning library" implements a class, and is none of it.)
 */
export function classBeforeKind(ctx: Context, s: Sentence, m: Mention): boolean {
  if (m.type !== 'Technique' && m.type !== 'Concept') return false;
  const toks = ctx.tokens[s.index] ?? [];
  const k = toks.findIndex((t) => t.start >= m.end);
  const kind = toks[k];
  if (!kind || !modifiesNoun(ctx, s, m) || !isInstanceKind(ctx, kind.lower)) return false;
  const after = toks[k + 1];
  const closes =
    after === undefined ||
    !/^\s+$/.test(s.text.slice(kind.end - s.start, after.start - s.start)) ||
    ctx.lexicon.stopwords.has(after.lower) ||
    ctx.lexicon.clauseBreakers.has(after.lower) ||
    ctx.lexicon.cuesByFirstWord.has(after.lower) ||
    after.pos === 'VERB' ||
    after.pos === 'AUX' ||
    after.pos === 'ADP';
  return closes;
}

/** "Acme's X", "Acme Labs' X", "Acme's “X”", "Acme's own X": the gap between an owner and what it owns. */
export function isPossessiveGap(gap: string): boolean {
  return /^['’]s?\s*(?:own\s+)?["“]?$/.test(gap);
}

/** The mention a token belongs to, if any. */
/** A part noun of the lexicon (`partNouns`, plural there) in either number: "module", "modules". */
export function isPartNoun(ctx: Context, word: string): boolean {
  return ctx.lexicon.partNouns.has(word) || ctx.lexicon.partNouns.has(`${word}s`);
}

/** A noun of instances of the lexicon (`instanceKinds`, singular there) in either number: "protocol", "protocols". */
export function isInstanceKind(ctx: Context, word: string): boolean {
  return ctx.lexicon.instanceKinds.has(word) || ctx.lexicon.instanceKinds.has(word.replace(/s$/, ''));
}

/** The text from offset `from` to `to` with the mentions inside it cut out: what stands between and around them. */
export function textOutside(s: Sentence, mentions: readonly Mention[], from = s.start, to = s.end): string {
  return mentions.reduceRight((text, m) => text.slice(0, m.start - from) + text.slice(m.end - from), s.text.slice(from - s.start, to - s.start));
}

export function mentionHolding(mentions: readonly Mention[], t: Token): Mention | undefined {
  return mentions.find((m) => m.start <= t.start && t.end <= m.end);
}

/** The type the lexicon gives the word right after a mention ("group": Organization). */
export function nounTypeAfter(ctx: Context, s: Sentence, m: Mention): EntityType | undefined {
  const next = (ctx.tokens[s.index] ?? []).find((t) => t.start >= m.end);
  return next ? ctx.lexicon.typeByWord.get(next.lower) : undefined;
}

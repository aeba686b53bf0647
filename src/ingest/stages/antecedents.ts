import type { EntityType } from '../../domain/vocabulary';
import { isFiniteVerb, NAMED_TYPES } from '../text/english';
import type { Token } from '../text/tokenize';
import type { Block, Mention, Sentence } from '../types';
import { between, headingSubject, inParentheses, isNounModifier, sectionTopic, termMentions, type Context } from './relation-context';

/**
 * What "it", "this", "its" and "the protocol" refer to: the names a sentence's pronouns and definite
 * nouns stand for, found in the sentences, the item and the section before them.
 */

/** "This", "These platforms": the item's term, an earlier mention of the named type, or the section's subject. */
export function antecedent(ctx: Context, block: Block, s: Sentence, word: Token): Mention | undefined {
  const first = ctx.byBlock[block.index]?.[0];
  if (block.term && first) {
    const [term] = termMentions(ctx, block, first);
    // ("Rhea: Quorrel is the largest pool. It's built on X": a later sentence's opening name is nearer than the item's label.)
    const previous = (ctx.byBlock[block.index] ?? []).filter((x) => x.index < s.index).pop();
    const nearer = previous && previous !== first ? openingMention(ctx, previous) : undefined;
    if (term) return nearer && NAMED_TYPES.has(nearer.type) && nearer.type !== 'Person' ? nearer : term;
  }
  const toks = ctx.tokens[s.index] ?? [];
  // ("These platforms" stand for an earlier platform; "Its contracts" are the owner's, no earlier contract.)
  const owned = ctx.lexicon.data.possessive.pronouns.includes(word.lower);
  const noun = owned ? undefined : toks[toks.indexOf(word) + 1];
  // ("This post was authored by Jane Roe": the document itself stands for no name.)
  if (noun && ctx.lexicon.documentNouns.has(noun.lower)) return undefined;
  const type = noun ? ctx.lexicon.typeByWord.get(noun.lower) : undefined;
  const typeOk = (m: Mention) => type === m.type || (type === 'Project' && m.type === 'Network');
  if (type) {
    const earlier = (ctx.byBlock[block.index] ?? []).filter((x) => x.index < s.index).flatMap((x) => ctx.bySentence[x.index] ?? []);
    const match = earlier.filter(typeOk).pop();
    if (match) return match;
  }
  // "It", "They": the subject that opened the previous sentence (see `previousOpener`).
  const opener = previousOpener(ctx, block, s);
  // ("Jane Roe built Quorrel. It ...": "it" and "its" stand for no person.)
  const neuter = word.lower === 'it' || word.lower === 'its';
  if (!type && opener && ctx.lexicon.personalPronouns.has(word.lower) && !(neuter && opener.type === 'Person')) return opener;
  // ("Jane Roe proposed Quorrel in 2019. It runs on X": after a person, "it" is the thing the person's sentence names.)
  if (!type && opener?.type === 'Person' && neuter) {
    const previous = previousSentence(ctx, block, s);
    const thing = previous
      ? (ctx.bySentence[previous.index] ?? []).find(
          (m) => m.start > opener.start && NAMED_TYPES.has(m.type) && m.type !== 'Person' && m.type !== 'Organization' && !isNounModifier(ctx, previous, m) && !inParentheses(previous, m),
        )
      : undefined;
    if (thing) return thing;
  }
  return block.heading >= 0 ? (headingSubject(ctx, block.heading, true) ?? partOfDocument(ctx, block.heading)) : undefined;
}

/**
 * "## Introduction" under "# Quorrel: …": the subject of the heading above one that only names a part of the document
 * (its words all the lexicon's `junkWords`), which stands for no topic of its own.
 */
function partOfDocument(ctx: Context, headingIndex: number): Mention | undefined {
  const heading = ctx.seg.blocks[headingIndex];
  const sentence = ctx.byBlock[headingIndex]?.[0];
  const words = sentence ? (ctx.tokens[sentence.index] ?? []) : [];
  if (!heading || heading.heading < 0 || words.length === 0 || !words.every((w) => ctx.lexicon.junkWords.has(w.lower) || /^\p{N}+$/u.test(w.text))) return undefined;
  return headingSubject(ctx, heading.heading, true);
}

/**
 * "Quorrel is a rollup. Acme maintains it.", "Quillnet enables payments, and Acme uses it": "it" right after a verb
 * (the token `at`) stands for the name that opened the sentence before when the verb's subject opens this one, or for
 * the name that opened this sentence when the verb's clause follows ", and" (or ";") and the clause before holds no
 * "it" of its own. Never a person.
 */
export function objectReferent(ctx: Context, block: Block, s: Sentence, at: number, subject: Mention): Mention | undefined {
  const toks = ctx.tokens[s.index] ?? [];
  if (toks[at]?.lower !== 'it') return undefined;
  const opening = openingMention(ctx, s);
  if (!opening) return undefined;
  const between = s.text.slice(opening.end - s.start, subject.start - s.start);
  const joined = opening.end <= subject.start && /(?:,\s*(?:and|but)|;)\s/.test(between) && !/\bit\b/i.test(between);
  const referent = opening.key === subject.key ? previousOpener(ctx, block, s) : joined ? opening : undefined;
  return referent && referent.type !== 'Person' && referent.key !== subject.key ? referent : undefined;
}

/** "The protocol" opening a sentence: the previous opener (`previousOpener`), else the section's subject, when it has the noun's type. */
export function definiteAntecedent(ctx: Context, block: Block, s: Sentence, noun: Token): Mention | undefined {
  const type = ctx.lexicon.typeByWord.get(noun.lower);
  // "the protocol", "the network", "the scheme": systems are named as projects, networks or techniques alike.
  const system = (t: EntityType | undefined) => t === 'Project' || t === 'Network' || t === 'Technique';
  const typeOk = (m: Mention | undefined) => m !== undefined && (type === m.type || (system(type) && system(m.type)));
  const opener = previousOpener(ctx, block, s);
  if (typeOk(opener)) return opener;
  const topic = block.heading >= 0 ? headingSubject(ctx, block.heading, true) : undefined;
  if (typeOk(topic)) return topic;
  // ("Based rollup: A rollup … . The design was proposed by X": a noun for any thing stands for the item's term, else as above.)
  if (!ctx.lexicon.referenceNouns.has(noun.lower)) return undefined;
  const first = ctx.byBlock[block.index]?.[0];
  const [term] = block.term && first ? termMentions(ctx, block, first) : [];
  const thing = (m: Mention | undefined) => (m !== undefined && m.type !== 'Person' ? m : undefined);
  return thing(term) ?? thing(opener) ?? thing(topic);
}

/**
 * "Its proof circuits", "their membership proofs": a lower-case term right after a possessive
 * pronoun belongs to the previous opener (`previousOpener`), else the section's subject. Returns
 * that owner, or undefined.
 */
export function possessor(ctx: Context, block: Block, s: Sentence, term: Mention): Mention | undefined {
  if (!/^\p{Ll}/u.test(term.text)) return undefined;
  const toks = ctx.tokens[s.index] ?? [];
  const before = toks.filter((t) => t.end <= term.start).pop();
  if (!before || !ctx.lexicon.data.possessive.pronouns.includes(before.lower) || !/^\s+$/.test(s.text.slice(before.end - s.start, term.start - s.start))) return undefined;
  const opener = previousOpener(ctx, block, s);
  if (opener && NAMED_TYPES.has(opener.type)) return opener;
  const topic = block.heading >= 0 ? headingSubject(ctx, block.heading, true) : undefined;
  return topic && NAMED_TYPES.has(topic.type) ? topic : undefined;
}

/**
 * "Quillnet and Marrow … . Both use X": the first two names the previous sentence (or the paragraph before) joins
 * with "and", which a word for two things ("both") stands for.
 */
export function pairAntecedent(ctx: Context, block: Block, s: Sentence): [Mention, Mention] | undefined {
  const before = ctx.seg.blocks[block.index - 1];
  const previousBlock = before && before.heading === block.heading ? ctx.byBlock[before.index]?.at(-1) : undefined;
  const previous = (ctx.byBlock[block.index] ?? []).filter((x) => x.index < s.index).pop() ?? previousBlock;
  const names = previous ? (ctx.bySentence[previous.index] ?? []) : [];
  for (let i = 0; i + 1 < names.length; i += 1) {
    const [a, b] = [names[i] as Mention, names[i + 1] as Mention];
    if (/^\s+and\s+$/.test((previous as Sentence).text.slice(a.end - (previous as Sentence).start, b.start - (previous as Sentence).start))) return [a, b];
  }
  return undefined;
}

/**
 * The name that opened the paragraph's previous sentence, or at a paragraph's start the one that
 * opened the paragraph before it in the same section: what "it", "its" and "the protocol" refer to.
 */
function previousOpener(ctx: Context, block: Block, s: Sentence): Mention | undefined {
  const previous = previousSentence(ctx, block, s);
  if (!previous) return undefined;
  // ("Unlike Akash, it verifies work. It uses ...": a name a fronted comparison sets apart is not what the sentence is about;
  // the pronoun after the comma still stands for the sentence's subject before.)
  const toks = ctx.tokens[previous.index] ?? [];
  const comma = previous.text.indexOf(',');
  const compared = comma > 0 && toks[0] !== undefined && ctx.lexicon.comparisonOpeners.has(toks[0].lower);
  const afterComma = compared ? toks.find((t) => t.start >= previous.start + comma) : undefined;
  if (afterComma && ctx.lexicon.personalPronouns.has(afterComma.lower))
    return previous.block === block.index || previous.block === block.index - 1 ? previousOpener(ctx, ctx.seg.blocks[previous.block] as Block, previous) : undefined;
  // ("Quorrel is a library. It implements X. It supports Y": a pronoun opening the sentence before stands for the same name.)
  if (!compared && toks[0] && ctx.lexicon.personalPronouns.has(toks[0].lower) && !openingMention(ctx, previous))
    return previous.block === block.index || previous.block === block.index - 1 ? previousOpener(ctx, ctx.seg.blocks[previous.block] as Block, previous) : undefined;
  const opener = compared
    ? (ctx.bySentence[previous.index] ?? []).find((m) => m.start > previous.start + comma && m.start === afterComma?.start)
    : (openingMention(ctx, previous) ?? firstSubject(ctx, previous));
  // ("Quorrel extends X. Its sampling trees let Y. The chain is built with Z": a thing "its" owner has is not what
  // the next sentence goes on about; the owner is.)
  const word = opener && (ctx.tokens[previous.index] ?? []).filter((t) => t.end <= opener.start).at(-1);
  if (word && ctx.lexicon.data.possessive.pronouns.includes(word.lower) && previous.block === block.index) return previousOpener(ctx, block, previous);
  return opener;
}

/**
 * "Quorrel is a rollup. The rollup posts its batches to X": a sentence that opens with "the" and a one-word class the
 * previous opener was just said to be a kind of (an IS_A a rule found) means that name, not the whole class. Returns it.
 */
export function classAntecedent(ctx: Context, block: Block, s: Sentence, m: Mention): Mention | undefined {
  const first = (ctx.tokens[s.index] ?? [])[0];
  if (first?.lower !== 'the' || !/^\p{Ll}[\p{Ll}-]*$/u.test(m.text) || !/^\s+$/.test(s.text.slice(first.end - s.start, m.start - s.start))) return undefined;
  const opener = previousOpener(ctx, block, s);
  if (!opener) return undefined;
  const kindOf = (c: { sentence: number; object: number }) => ctx.bySentence[c.sentence]?.find((k) => k.index === c.object)?.key;
  return ctx.out.some((c) => c.type === 'IS_A' && c.subject === opener.index && kindOf(c) === m.key) ? opener : undefined;
}

/** The paragraph's sentence before `s`, or at a paragraph's start the first sentence of the paragraph before it in the same section. */
function previousSentence(ctx: Context, block: Block, s: Sentence): Sentence | undefined {
  const before = ctx.seg.blocks[block.index - 1];
  const previousParagraph = before && before.kind === 'paragraph' && before.heading === block.heading ? ctx.byBlock[before.index]?.[0] : undefined;
  return (ctx.byBlock[block.index] ?? []).filter((x) => x.index < s.index).pop() ?? previousParagraph;
}

/**
 * "Our current pilot, code-named Quill, trains ...", "Unlike earlier clients, Quill syncs ...": the sentence's first
 * name of a named type before any finite verb, that no preposition governs and that modifies no noun after it.
 */
function firstSubject(ctx: Context, s: Sentence): Mention | undefined {
  const toks = ctx.tokens[s.index] ?? [];
  return (ctx.bySentence[s.index] ?? []).find((m) => {
    if (!NAMED_TYPES.has(m.type) || m.type === 'Person' || isNounModifier(ctx, s, m) || inParentheses(s, m) || /['’]s?$/.test(s.text.slice(m.end - s.start, m.end - s.start + 2))) return false;
    // ("As many readers know, quill is ...": an opening clause closed by a comma stands before the subject's own clause.)
    const clause = s.start + s.text.slice(0, m.start - s.start).lastIndexOf(',') + 1;
    const preceding = toks.filter((t) => t.end <= m.start && t.start >= clause);
    if (preceding.some((t) => t.pos === 'AUX' || t.pos === 'ADP' || isFiniteVerb(t))) return false;
    const before = preceding.at(-1);
    return before === undefined || before.lower === 'the' || (before.pos !== 'DET' && !ctx.lexicon.stopwords.has(before.lower));
  });
}

/** The mention a sentence opens with, when only stop words stand before it. */
export function openingMention(ctx: Context, s: Sentence): Mention | undefined {
  const first = (ctx.bySentence[s.index] ?? [])[0];
  if (!first) return undefined;
  const before = between(ctx, s, s.start, first.start);
  return before.words.every((w) => ctx.lexicon.stopwords.has(w.lower)) && !/[,;:]/.test(before.text) ? first : undefined;
}

/**
 * "It has four main components:", "The network has three modules:": the name a pronoun, or a definite noun of a type
 * right before the verb, stands for when it opens the sentence.
 */
export function referredOpener(ctx: Context, intro: Sentence): Mention | undefined {
  const [first, second, third] = ctx.tokens[intro.index] ?? [];
  const block = ctx.seg.blocks[intro.block] as Block;
  if (!first || !/^[\s*_]*$/.test(intro.text.slice(0, first.start - intro.start))) return undefined;
  // ("They have …": several things, no one whole.)
  if (ctx.lexicon.personalPronouns.has(first.lower) && first.lower !== 'they') return antecedent(ctx, block, intro, first);
  const verb = third?.pos === 'VERB' || third?.pos === 'AUX';
  if (first.lower !== 'the' || !second || !verb || !ctx.lexicon.typeByWord.has(second.lower)) return undefined;
  // ("The network has four main components:" under "## How the pieces fit" of a page about Quillnet: the page's subject.)
  const topic = sectionTopic(ctx, block);
  // ("**Quill Act**: … The Act sorts …": an item's term, or an earlier name of the noun's type in the paragraph, comes first.)
  const type = ctx.lexicon.typeByWord.get(second.lower);
  const earlier = antecedent(ctx, block, intro, first);
  if (earlier && earlier.type === type) return earlier;
  return definiteAntecedent(ctx, block, intro, second) ?? (topic && type === topic.type ? topic : undefined);
}

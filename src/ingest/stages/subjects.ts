import { CLASS_TYPES, INDEFINITE_ARTICLES, isFiniteVerb, isGerund, isPastParticiple, NAMED_TYPES } from '../text/english';
import { isCommonPlural } from '../text/pos';
import { findCues, type CueHit } from '../text/phrases';
import { startsLower, type Token } from '../text/tokenize';
import type { Block, Mention, Sentence } from '../types';
import { antecedent, classAntecedent, definiteAntecedent, openingMention } from './antecedents';
import { between, inParentheses, isModifier, isNounModifier, mentionHolding, modifiesNoun, nounTypeAfter, type Context } from './relation-context';

/**
 * Whom a cue is about: the subject of "uses", "developed by", "is a" in a sentence, found past asides, fronted
 * phrases, relative clauses, pronouns and verbs joined by "and" (`subjectOf`). The cue rules (`cue-relations.ts`)
 * call it once per cue; what they found before in the sentence comes in as `Previous`.
 */

/** The punctuation of a gap between a name and a cue, emphasis and code markers aside. */
function punctuationOf(text: string): string {
  return text.replace(/[\p{L}\p{N}'’\s*_`-]+/gu, '');
}

/** "a Rust library": after an article, a name before a typing noun (of another type, after "the") only describes the thing meant. */
function describesIndefinite(ctx: Context, s: Sentence, m: Mention): boolean {
  const toks = ctx.tokens[s.index] ?? [];
  const before = toks[toks.findIndex((t) => t.start >= m.start) - 1];
  // "the Go implementation maintained by X" is an implementation too; "the Kestrel network" is Kestrel.
  const definiteOther = before !== undefined && ctx.lexicon.determiners.has(before.lower) && nounTypeAfter(ctx, s, m) !== m.type;
  return before !== undefined && (INDEFINITE_ARTICLES.has(before.lower) || definiteOther) && modifiesNoun(ctx, s, m);
}

export interface Previous {
  subject: Mention | undefined;
  hit: CueHit | undefined;
  objects: Mention[];
  /** The subject of the latest cue, even one without objects ("X was drafted by a group and builds on Y"). */
  last: Mention | undefined;
  /** The subject of the latest cue outside an aside ("It is built on Y, the framework developed by Z, and wraps W"). */
  main?: Mention | undefined;
  /** "X is a modular network that uses Y": the subject of a copula whose class names nothing, and where the copula ends. */
  classed?: { subject: Mention; end: number } | undefined;
}

export function subjectOf(ctx: Context, block: Block, s: Sentence, hit: CueHit, all: Mention[], objects: Mention[], prior: Previous, clauseStart: number): Mention | undefined {
  // "Unlike X, Y is a zkEVM", "For A and B, extend the client": names in a fronted phrase are no subject of the clause after its comma.
  const frontedEnd = frontedPhraseEnd(ctx, s);
  // (", operated by X": a participle right after the comma is still about the phrase's name.)
  const afterFront =
    frontedEnd >= 0 && hit.start > frontedEnd && !(isPastParticiple(ctx.tokens[s.index]?.[hit.startToken]) && /^\s*,\s*$/.test(s.text.slice(frontedEnd - s.start, hit.start - s.start)));
  const mentions = afterFront ? all.filter((m) => m.start > frontedEnd) : all;
  const termEnd = afterFront ? Math.max(clauseStart, frontedEnd) : clauseStart;
  const { lexicon } = ctx;
  const { subject: previous, hit: previousHit } = prior;
  // ("The Quill Network on Marrowchain uses X": the network a name is placed on is no subject.)
  const placement = (m: Mention) => mentions.some((p) => (p.type === 'Project' || p.type === 'Network') && /^\s+on\s+(?:the\s+)?$/.test(s.text.slice(p.end - s.start, m.start - s.start)));
  // ("Roe et al. [4] proposed X": a cited first author modifies no noun.)
  const cited = (m: Mention) => CITED.test(s.text.slice(m.end - s.start, hit.start - s.start));
  const left = mentions.filter((m) => m.end <= hit.start && !isModifier(s, m) && (cited(m) || !isNounModifier(ctx, s, m)) && !inParentheses(s, m) && !describesIndefinite(ctx, s, m) && !placement(m));
  // "the CKKS scheme, introduced by X", "the RAPPOR system developed by Y": a name whose one head noun is all that
  // stands before a participle names the thing the participle is about.
  const headed = mentions.filter((m) => m.end <= hit.start).pop();
  const definite = headed !== undefined && /(?:^|\s)the\s+$/i.test(s.text.slice(0, headed.start - s.start)) && /^\p{Lu}/u.test(headed.text);
  // (A head noun that types names, "the CKKS scheme", is one too; not in an aside after another name, "X, the Rust toolkit from
  // Y", which describes X.)
  const headNoun = headed ? ctx.tokens[s.index]?.find((t) => t.start >= headed.end) : undefined;
  const apposed = headed !== undefined && mentions.some((m) => /^[*_`]*\s*,\s*the\s+$/i.test(s.text.slice(m.end - s.start, headed.start - s.start)));
  const headedNoun = headed !== undefined && (isNounModifier(ctx, s, headed) || (ctx.lexicon.typeByWord.has(headNoun?.lower ?? '') && !apposed));
  if (hit.cue.participle && headed && definite && headedNoun && /^\s+[\p{Ll}-]+\s*,?\s*$/u.test(s.text.slice(headed.end - s.start, hit.start - s.start))) return headed;
  const near = left[left.length - 1];
  // ("Quorrel is a rollup. The rollup posts batches to X": the class right before the cue stands for the name said to be one.)
  const kindOpener = near !== undefined && near === mentions[0] && CLASS_TYPES.has(near.type) && near.entityId !== null && /^\s*$/.test(s.text.slice(near.end - s.start, hit.start - s.start));
  const named = kindOpener ? classAntecedent(ctx, block, s, near) : undefined;
  if (named) return named;
  // "Arbiter is deployed as an application-specific rollup on top of Y": the class after "as a" describes the name before it.
  const described = near && /^\p{Ll}/u.test(near.text) && CLASS_TYPES.has(near.type) ? /\bas\s+(?:an?|the)\s+(?:[^\s,;:]+\s+){0,3}$/i.exec(s.text.slice(0, near.start - s.start)) : null;
  const describedName = near && described ? left.filter((m) => m.end <= s.start + described.index).pop() : undefined;
  if (near && describedName && describedName === openingMention(ctx, s) && !/[,;:]/.test(s.text.slice(describedName.end - s.start, near.start - s.start))) return describedName;
  const before = hit.startToken > 0 ? ctx.tokens[s.index]?.[hit.startToken - 1] : undefined;
  // ("Quorrel relies on Vexmoor to scale X", "Quorrel uses sampling across shards to scale X": a purpose cue right after a
  // preposition's object is the purpose of the subject of the sentence's earlier cue.)
  const purposeCue = hit.cue.words[0] === 'to' && near !== undefined && prior.subject !== undefined && prior.hit !== undefined && prior.hit.start >= s.start && prior.hit.end <= near.start;
  const nearToks = ctx.tokens[s.index] ?? [];
  // (Whether a preposition takes the nearest name: "across shards", "an upgrade to X".)
  const nearAfterPreposition = near !== undefined && nearToks[nearToks.findIndex((t) => t.start >= near.start) - 1]?.pos === 'ADP';
  if (purposeCue && nearAfterPreposition && /^\s*$/.test(s.text.slice((near as Mention).end - s.start, hit.start - s.start))) return prior.subject;
  // ("Acme built Quorrel to solve X", "we introduce a framework, Quorrel, to tackle Y": the name right before an infinitive's
  // "to" (a comma between at most) does what the infinitive says.)
  const infinitive = before?.lower === 'to' && nearToks[hit.startToken]?.pos === 'VERB';
  const agent = infinitive ? mentions.filter((m) => m.end <= (before as Token).start).pop() : undefined;
  if (agent && NAMED_TYPES.has(agent.type) && /^[\s,]*$/.test(s.text.slice(agent.end - s.start, (before as Token).start - s.start))) return agent;
  // ("Slashing was designed to solve X", "Y was originally conceived as a method to prevent Z": an infinitive after the
  // subject's own verb group, "as a <noun>" at most besides, says what the subject does; not a name a preposition takes,
  // "an upgrade to X is to use Y".)
  if (infinitive && near && !nearAfterPreposition && verbGroupBetween(ctx, s, near.end, (before as Token).start)) return near;
  // ("..., the framework developed by Z, and wraps W": after the aside's closing comma, the main clause's subject.)
  const afterAside = before !== undefined && /,\s*$/.test(s.text.slice(0, before.start - s.start));
  if (prior.last && before && lexicon.listConnectors.has(before.lower) && before.start >= (near?.end ?? 0)) return (afterAside ? prior.main : undefined) ?? prior.last;
  // "Kestrel chains anchor to X, and they rely on Y": a pronoun right before the cue stands for the sentence's opening name.
  if (before && lexicon.personalPronouns.has(before.lower) && before.start >= (near?.end ?? 0) && near !== undefined) {
    const opening = openingMention(ctx, s);
    if (opening && opening.end <= before.start && /,\s*\S+\s+$/.test(s.text.slice(0, before.start - s.start))) return opening;
    // ("The protocol relies on X, and it addresses Y": the subject an earlier cue of the sentence resolved.)
    if (!opening && /,\s*(?:and|but)\s+$/i.test(s.text.slice(0, before.start - s.start)) && (prior.main ?? prior.last)) return prior.main ?? prior.last;
  }
  // ("X is a modular data network that uses Y": the relative clause after a class that names nothing is about X.)
  const classed = prior.classed;
  // ("X is a networking protocol that allows nodes to use Y": so is one whose verb lets others do what the cue says.)
  const relative = before !== undefined && lexicon.relativePronouns.has(before.lower) ? before : enablingRelative(ctx, s, hit);
  const plainClass = classed !== undefined && relative !== undefined && /^[\s\p{L}\p{N}-]*$/u.test(s.text.slice(classed.end - s.start, relative.start - s.start));
  if (classed && plainClass && !between(ctx, s, classed.end, relative?.start ?? classed.end).words.some((w) => w.pos === 'VERB' || w.pos === 'AUX')) return classed.subject;
  // ("X is an open-source learning framework maintained by Y", "… framework based on Z": so is a participle right after that class's words.)
  const classWords = classed ? between(ctx, s, classed.end, hit.start) : undefined;
  const participleAfterClass =
    classed !== undefined &&
    isPastParticiple(ctx.tokens[s.index]?.[hit.startToken]) &&
    /^[\s\p{L}\p{N}-]+$/u.test(classWords?.text ?? '') &&
    // ("X is a framework for private learning built on Y": a purpose phrase's "for" may stand in the class's words.)
    classWords?.words.every(
      (w, i) => ['NOUN', 'ADJ', 'PROPN', 'DET', 'NUM'].includes(w.pos ?? '') || (w.pos === 'VERB' && /ed$|ing$/.test(w.lower)) || (i > 0 && lexicon.data.classPurposeWords.includes(w.lower)),
    );
  if (classed && participleAfterClass) return classed.subject;
  // "Instead of re-running every job, it uses X", "Built by Acme, a team of former Quill engineers, it is ...": a pronoun
  // after the comma that closes a fronted phrase (no finite verb before it) is the clause's subject.
  const words = ctx.tokens[s.index] ?? [];
  const openingWord = words[0];
  const frontedOpener = openingWord !== undefined && (['ADP', 'SCONJ', 'ADV'].includes(openingWord.pos ?? '') || isPastParticiple(openingWord) || /ing$/.test(openingWord.lower));
  if (
    before &&
    frontedOpener &&
    lexicon.personalPronouns.has(before.lower) &&
    s.text
      .slice(0, before.start - s.start)
      .trimEnd()
      .endsWith(',') &&
    (s.text.indexOf(',') === s.text.slice(0, before.start - s.start).trimEnd().length - 1 || !words.slice(0, words.indexOf(before)).some((t) => t.pos === 'AUX' || isFiniteVerb(t)))
  ) {
    const referent = antecedent(ctx, block, s, before);
    if (referent) return referent;
  }
  // "X links many channels into a graph and runs on top of Y": verbs joined by "and" share the subject that opens the sentence.
  // ("It began as a rollup on Y and relies on Z": when a pronoun opens the sentence, its antecedent.)
  const joinedVerb = before !== undefined && lexicon.listConnectors.has(before.lower) && near !== undefined && near.end <= before.start;
  const opener = joinedVerb ? openingMention(ctx, s) : undefined;
  if (opener && opener.end <= hit.start && !/[;:]/.test(s.text.slice(opener.end - s.start, hit.start - s.start))) return opener;
  const firstToken = ctx.tokens[s.index]?.[0];
  if (joinedVerb && !opener && firstToken && lexicon.personalPronouns.has(firstToken.lower) && firstToken.start === s.start && !/[;:]/.test(s.text.slice(0, hit.start - s.start))) {
    const referent = antecedent(ctx, block, s, firstToken);
    if (referent) return referent;
  }
  // "Eclipse runs the SVM as a rollup, settling to Lumen L1": a participle clause after a comma is about the sentence's subject.
  const ing = ctx.tokens[s.index]?.[hit.startToken];
  if (ing && ing.pos === 'VERB' && /ing$/.test(ing.lower) && /,\s*$/.test(s.text.slice(0, hit.start - s.start))) {
    const opening = openingMention(ctx, s);
    if (opening && opening.end < hit.start) return opening;
  }
  // ("Quorrel scales Tessbar by using sidechains", "Quorrel is a framework for scaling Tessbar by using X": a gerund cue after
  // "by" names the means of the sentence's opening name.)
  if (ing && /\p{L}ing$/u.test(ing.lower) && before?.lower === 'by') {
    const opening = openingMention(ctx, s);
    if (opening && opening.end < before.start) return opening;
  }
  // "Lumeno, a startup founded by former Acme engineers, trains models using X": a gerund cue after the clause's verb
  // is about that verb's subject, across the aside between the name and the verb.
  const governed = ing && ing.pos === 'VERB' && /ing$/.test(ing.lower) ? verbSubject(ctx, s, hit) : undefined;
  if (governed) return governed;
  // ("A newer design, Quill, does this by using X": a gerund after "by" is the clause subject's means.)
  const means = meansSubject(ctx, s, hit);
  if (means) return means;
  // "Quill, which Acme develops, uses X", "Quill, a rollup that Acme maintains, relies on Y": a verb right after the
  // comma that closes an aside on the sentence's opening name is that name's.
  const asideOwner = closedAsideSubject(ctx, s, hit);
  if (asideOwner) return asideOwner;
  // "SP1, a zkVM from Acme", "Base, itself a sidechain run by Acme": the class in
  // apposition only describes the name before it, which is what the cue is about.
  const host = near ? appositiveHost(ctx, s, left, near) : undefined;
  if (host) return host;
  // ("Shared sequencers such as A and B address X": examples with no closing comma restrict the class, which is the subject.)
  const exampled = near ? examplesClass(ctx, s, left, near, hit) : undefined;
  if (exampled) return exampled;
  // ("Keelsig: a scheme for Schnorr signatures, proposed by A": a participle after the "for/of" phrase of a defined thing's
  // class is about the defined thing.)
  const ofClass = near !== undefined && /\b(?:for|of)\s+(?:the\s+)?$/i.test(s.text.slice(0, near.start - s.start)) && /^\s*,\s*$/.test(s.text.slice(near.end - s.start, hit.start - s.start));
  if (hit.cue.participle && ofClass && previousHit?.cue.type === 'IS_A' && previous && previous !== near) return previous;
  const gapBefore = near ? between(ctx, s, near.end, hit.start, true) : undefined;
  // "X leverages Y to enable Z": after a purpose marker the cue is about the sentence's subject;
  // when none is found, an opening anaphor may still name it (below).
  // ("… to call contracts deployed on L1": a participle right after the noun it qualifies is no purpose of the subject.)
  const toksHere = ctx.tokens[s.index] ?? [];
  // ("… to create recognizers leveraging X": nor one in -ing.)
  const qualified =
    (isGerund(toksHere[hit.startToken]) || (hit.cue.participle && isPastParticiple(toksHere[hit.startToken]))) &&
    toksHere[hit.startToken - 1]?.pos === 'NOUN' &&
    !mentions.some((m) => m.end === toksHere[hit.startToken - 1]?.end);
  // ("X uses Y, and it is possible to build Z": a clause with a subject of its own before the marker is no purpose of X.)
  const marker = gapBefore?.words.findIndex((w) => lexicon.purposeMarkers.has(w.lower)) ?? -1;
  const ownClause = gapBefore?.words.slice(0, Math.max(0, marker)).some((w) => w.pos === 'PRON') === true;
  const purpose = marker >= 0 && !qualified && !ownClause;
  const purposeSubject = purpose ? (previous ?? mainSubject(ctx, s, mentions, termEnd, hit)) : undefined;
  if (purposeSubject) return purposeSubject;
  // ("Quillnet is a protocol for private payments, founded by A": a participle after a copula's class phrase is about its subject,
  // whatever names the phrase holds: "a stack for building L2 chains, built by A".)
  const classedOpening = hit.cue.participle ? copulaClassSubject(ctx, s, hit) : undefined;
  if (classedOpening) return classedOpening;
  // ("SHARP is Acme's proof aggregator, which uses X", "Quill is a framework for rollups, which relies on Y": a clause on the
  // class of a copula is about the copula's subject.)
  const relativeOpening = copulaRelativeSubject(ctx, s, hit);
  if (relativeOpening) return relativeOpening;
  const owner = possessiveOwner(ctx, s, hit, mentions);
  if (owner) return owner;
  if (near && gapBefore && !purpose) {
    const gap = gapBefore;
    // "Tillerman et al. [7] designed X": a citation's "et al." and reference stand between the first author and the verb.
    if (cited(near)) return near;
    // "A is a B that uses C": the relative clause is about A as well.
    const [pronoun, ...auxiliaries] = gap.words;
    const relative =
      pronoun !== undefined &&
      lexicon.clauseBreakers.has(pronoun.lower) &&
      // ("..., which itself is a rollup": a reflexive pronoun only stresses the relative's subject.)
      auxiliaries.every((w) => lexicon.auxiliaries.has(w.lower) || REFLEXIVE.test(w.lower)) &&
      (gap.text.trim() === pronoun.text || (lexicon.relativePronouns.has(pronoun.lower) && /^[\s*_`]*,?\s*$/.test(s.text.slice(near.end - s.start, pronoun.start - s.start))));
    // ("the library from Meta that implements X": a restrictive "that" after an agent's phrase is about the thing made.)
    const madeThing = previousHit !== undefined && (previousHit.cue.participle || previousHit.cue.afterNoun) && prior.objects.includes(near) && /^\s+that$/.test(gap.text.trimEnd());
    if (relative) return (previousHit?.cue.type === 'IS_A' || madeThing) && previous ? previous : near;
    // "A is a B maintained by C", "A is part of B and addresses C": the predicate is about A.
    // "A is a Python library originally created by C": the rest of the class phrase may stand between.
    const phrase = gap.words.length <= 3 && gap.text.trim() === gap.words.map((w) => w.text).join(' ') && gap.words.every((w) => startsLower(w.text) && !lexicon.stopwords.has(w.lower));
    if (previous && previousHit?.cue.type === 'IS_A' && prior.objects.includes(near) && phrase) return previous;
    if (previous && gap.words.length === 1 && lexicon.listConnectors.has((gap.words[0] as Token).lower)) return previous;
    // "A, founded by B and C, tackles D": the aside closes, the sentence is about A again.
    // ("Quill (formerly Marrow, maintained by Acme)": or a parenthesis.)
    const asideBefore = previousHit ? /[,(]$/.test(s.text.slice(0, previousHit.start - s.start).trimEnd()) : false;
    // ("Secure aggregation, proposed by Jane Roe and co-authors, uses ...": a plain plural may close the aside's list.)
    // ("Quill, developed by X and launched in 2019, is ...": so may a second participle phrase, up to the comma before the verb.)
    const closesAside = /^\s*(?:(?:and|&)\s+[\p{Ll}-]+\s*)?,/u.test(gap.text) || (/^\s*and\s/.test(gap.text) && /,\s*$/.test(gap.text) && !gap.words.some((w) => w.pos === 'AUX' || isFiniteVerb(w)));
    // ("A, developed by B, and C, maintained by D": a name joined by "and" after the aside opens its own.)
    const joined = /,\s*(?:and|or)\s+(?:the\s+)?$/i.test(s.text.slice(0, near.start - s.start));
    if (joined && punctuationOf(gap.text) === ',' && gap.words.length === 0) return near;
    if (previous && asideBefore && (previousHit?.cue.participle || previousHit?.cue.appositive) && closesAside) return previous;
    // "Snapshot, the off-chain voting platform built by ...": an aside naming its class stands between.
    if (CLASS_ASIDE.test(gap.text) && gap.words.length <= 6) return near;
    // "X was written by A and is maintained by B": a second passive joined by "and" shares the first one's subject, never A.
    const [joiner, ...helpers] = gap.words;
    const secondVerb = joiner !== undefined && lexicon.listConnectors.has(joiner.lower) && helpers.length > 0 && helpers.every((w) => lexicon.auxiliaries.has(w.lower));
    if (hit.cue.participle && secondVerb) return prior.last;
    // (The cue may hold the auxiliary itself: "and is based on".)
    const cueOpensWithAuxiliary = lexicon.auxiliaries.has(ctx.tokens[s.index]?.[hit.startToken]?.lower ?? '');
    // ("The scheme was designed by A and is based on B": whatever the second verb, the agent of the first is not its subject.)
    const agent = (previousHit?.cue.participle === true && prior.objects.includes(near)) || /\bby\s[^,;:()]*$/.test(s.text.slice(0, near.start - s.start));
    if ((secondVerb || (joiner !== undefined && helpers.length === 0 && lexicon.listConnectors.has(joiner.lower) && cueOpensWithAuxiliary)) && agent)
      return prior.last === near ? undefined : prior.last;
    // ("X was built by Acme on top of Y": a prepositional cue right after a passive's agent is about the passive's subject.)
    const prepositional = ['ADP', 'ADV'].includes(ctx.tokens[s.index]?.[hit.startToken]?.pos ?? '');
    if (prepositional && previous && previousHit?.cue.participle && previousHit.cue.words.at(-1) === 'by' && prior.objects.includes(near) && /^\s+$/.test(gap.text)) return previous;
    // Emphasis markers ("**Quarry zkVM**, previously named") are no punctuation.
    const punct = punctuationOf(gap.text);
    const clean = !gap.words.some((w) => lexicon.clauseBreakers.has(w.lower)) && gap.words.length <= lexicon.data.maxGapWords.subject;
    if (clean && punct === '' && !relativeObject(ctx, s, near)) return near;
    if (clean && punct === ',' && hit.cue.appositive) return near;
    // "Kestrel Labs (formerly Adap)": a rename in parentheses right after a name is about that name.
    if (punct === '(' && gap.words.length === 0 && hit.cue.appositive && !hit.cue.hyponym) return near;
    // "The measure, MIP-42, was proposed by ...": the name in apposition is the subject of the verb after it.
    // ("The auditing pipeline, Attestor, uses X", "Acme's second client, Quill, uses X": so is a name in apposition to an
    // opening phrase that names nothing but its owner.)
    const apposed = gap.words.length > 0 || left.every((m) => m === near || m.end > near.start || /^['’]s?\s/.test(s.text.slice(m.end - s.start)));
    if (punct === ',' && apposed && gap.words.every((w) => lexicon.auxiliaries.has(w.lower)) && /,\s*[`*_]*$/.test(s.text.slice(0, near.start - s.start))) return near;
    // "ZK Stack, the framework behind Y, was created by Z": the aside closes, the verb is about the opening name.
    // ("Sidechains, such as Quillnet, proposed by A and B, ...": a participle right after one example is about the example.)
    const example = punct === ',' && hit.cue.participle && gap.words.length === 0 && oneExample(ctx, s, near);
    const opening = punct === ',' && gap.words.every((w) => lexicon.auxiliaries.has(w.lower)) && !example ? openingMention(ctx, s) : undefined;
    if (opening && opening.end < near.start && /^[\s*]*,/.test(s.text.slice(opening.end - s.start))) return opening;
    // ("Render, originally created by OTOY, ...": an adverb before the participle leaves the aside about the name.)
    if (punct === ',' && hit.cue.participle && gap.words.length > 0 && gap.words.every((w) => w.pos === 'ADV') && /,\s*$/.test(s.text.slice(0, (gap.words[0] as Token).start - s.start))) return near;
    if (punct === ',' && gap.words.length === 0) {
      const opener = [...left].reverse().find(
        (m) =>
          m.end < near.start &&
          s.text
            .slice(m.end - s.start)
            .trimStart()
            .startsWith(','),
      );
      if (opener && !example) return opener;
      if (hit.cue.participle) return near;
    }
  }
  const main = mainSubject(ctx, s, mentions, termEnd, hit);
  if (main) return main;
  const firstWord = (ctx.tokens[s.index] ?? []).find((t) => t.start > termEnd);
  if (firstWord && lexicon.anaphors.has(firstWord.lower) && !thatClauseSubject(ctx, s, hit)) return antecedent(ctx, block, s, firstWord);
  // "The protocol relies on X": a definite noun of a type, opening the sentence right before the cue, refers back.
  const toks = ctx.tokens[s.index] ?? [];
  const noun = firstWord ? toks[toks.indexOf(firstWord) + 1] : undefined;
  if (firstWord?.lower === 'the' && noun && (lexicon.typeByWord.has(noun.lower) || lexicon.referenceNouns.has(noun.lower)) && hit.startToken <= toks.indexOf(noun) + 2)
    return definiteAntecedent(ctx, block, s, noun);
  // "By leveraging A, X provides ...", "Built by Acme, X uses ...": the subject follows the fronted clause.
  // ("Using Kubernetes, Quorrel deploys …": so does a cue's present participle opening the sentence.)
  const fronted = firstWord !== undefined && (lexicon.frontedMarkers.has(firstWord.lower) || ((hit.cue.participle || /\p{L}ing$/u.test(firstWord.lower)) && firstWord.start === hit.start));
  if (firstWord && fronted && objects.length > 0) {
    const last = objects[objects.length - 1] as Mention;
    const first = s.text.indexOf(',', last.end - s.start);
    // ("Built by Acme, a team of former Quill engineers, it is ...": the aside about the agent closes first.)
    const aside = first < 0 ? null : /^,\s*(?:an?|the|another)\s[^,;:]*,/i.exec(s.text.slice(first));
    const comma = aside ? first + aside[0].length - 1 : first;
    if (comma < 0) return undefined;
    // "Built on top of X, it submits ...": the pronoun after the comma stands for the block's topic.
    // ("Built by X, it is a validium": the name after the pronoun and its verb is no subject.)
    const pronoun = (ctx.tokens[s.index] ?? []).find((t) => t.start > s.start + comma);
    if (pronoun && lexicon.personalPronouns.has(pronoun.lower)) return antecedent(ctx, block, s, pronoun);
    // ("Developed by Acme, the network is a zkEVM": so does a definite noun of a type.)
    const definite = pronoun?.lower === 'the' ? toks[toks.indexOf(pronoun) + 1] : undefined;
    if (definite && lexicon.typeByWord.has(definite.lower) && !mentions.some((m) => m.start <= definite.start && definite.end <= m.end)) return definiteAntecedent(ctx, block, s, definite);
    const after = mentions.find((m) => m.start > s.start + comma);
    if (after && between(ctx, s, s.start + comma, after.start).words.every((w) => lexicon.stopwords.has(w.lower))) return after;
  }
  return undefined;
}

/**
 * The sentence's opening name when the cue is the main verb after one aside on it: "<Name>, which/that/a/the ...,
 * <verb>". The aside opens with a relative pronoun, a determiner or a participle, or is a possessive phrase, and
 * holds no other comma.
 */
function closedAsideSubject(ctx: Context, s: Sentence, hit: CueHit): Mention | undefined {
  const toks = ctx.tokens[s.index] ?? [];
  const verb = toks[hit.startToken];
  if (!verb || hit.cue.appositive || hit.cue.hyponym || !(verb.pos === 'AUX' || isFiniteVerb(verb))) return undefined;
  const opening = openingMention(ctx, s);
  if (!opening || opening.end >= hit.start) return undefined;
  const aside = s.text.slice(opening.end - s.start, hit.start - s.start);
  if (!/^[\s*_]*,[^,;:()]+,\s*$/.test(aside)) return undefined;
  const first = toks.find((t) => t.start >= opening.end);
  const { lexicon } = ctx;
  // ("Quill, Acme's scaling engine, settles to X": a possessive phrase is an aside too.)
  const possessive = /^[\s*_]*,\s*(?:the\s+)?\p{Lu}[^,]*?['’]s?\s+\p{Ll}[^,]*,\s*$/u.test(aside);
  return first && (lexicon.relativePronouns.has(first.lower) || lexicon.determiners.has(first.lower) || isPastParticiple(first) || possessive) ? opening : undefined;
}

/** The subject of the finite verb a few words before the cue, with no punctuation or clause word between them. */
function verbSubject(ctx: Context, s: Sentence, hit: CueHit): Mention | undefined {
  const toks = ctx.tokens[s.index] ?? [];
  const mentions = ctx.bySentence[s.index] ?? [];
  let verb = -1;
  for (let k = hit.startToken - 1; k >= 0 && k >= hit.startToken - 5; k -= 1) {
    const t = toks[k] as Token;
    if (/[,;:()]/.test(s.text.slice(t.end - s.start, (toks[k + 1] as Token).start - s.start))) return undefined;
    if (ctx.lexicon.clauseBreakers.has(t.lower) || mentionHolding(mentions, t)) return undefined;
    if (isFiniteVerb(t)) {
      verb = k;
      break;
    }
  }
  const before = toks[verb - 1];
  if (verb < 1 || !before) return undefined;
  const gap = s.text.slice(before.end - s.start, (toks[verb] as Token).start - s.start);
  const named = mentions.find((m) => m.end === before.end);
  if (/^\s+$/.test(gap)) return named && !isModifier(s, named) ? named : undefined;
  // ("Lumeno, a startup ..., trains": the aside after the opening name closes right before the verb.)
  const opening = /^\s*,\s*$/.test(gap) ? openingMention(ctx, s) : undefined;
  return opening && opening.end < before.start && /^[\s*_]*,/.test(s.text.slice(opening.end - s.start)) ? opening : undefined;
}

/** "Students who prefer Rust may use X": a name that is the object of a relative clause on a common noun is no subject. */
function relativeObject(ctx: Context, s: Sentence, m: Mention): boolean {
  const toks = ctx.tokens[s.index] ?? [];
  const at = toks.findIndex((t) => t.start >= m.start);
  const [noun, pronoun, verb] = [toks[at - 3], toks[at - 2], toks[at - 1]];
  return (
    (noun?.pos === 'NOUN' || noun?.pos === 'PROPN') &&
    pronoun !== undefined &&
    ctx.lexicon.relativePronouns.has(pronoun.lower) &&
    verb?.pos === 'VERB' &&
    !mentionHolding(ctx.bySentence[s.index] ?? [], noun)
  );
}

/** Where a phrase the sentence opens with a preposition or a conjunction ends ("Unlike X, ..."): its comma's offset, or -1. */
export function frontedPhraseEnd(ctx: Context, s: Sentence): number {
  const contrast = contrastEnd(ctx, s);
  if (contrast >= 0) return contrast;
  const opener = ctx.tokens[s.index]?.[0];
  const comma = s.text.indexOf(',');
  if (!opener || comma < 0 || !(opener.pos === 'ADP' || opener.pos === 'SCONJ') || !/^[\s*_"“]*$/.test(s.text.slice(0, opener.start - s.start))) return -1;
  // (A phrase with a verb of its own is a clause ("For the summary I used X, a ..."); "Unlike X, which ..." goes on past the comma.)
  const inside = (ctx.tokens[s.index] ?? []).filter((t) => t.end <= s.start + comma);
  const next = (ctx.tokens[s.index] ?? []).find((t) => t.start > s.start + comma);
  if (/:/.test(s.text.slice(0, comma)) || inside.some((t) => t.pos === 'AUX' || (t.pos === 'VERB' && !/ing$/.test(t.lower))) || (next && ctx.lexicon.relativePronouns.has(next.lower))) return -1;
  return s.start + comma;
}

function appositiveHost(ctx: Context, s: Sentence, left: readonly Mention[], near: Mention): Mention | undefined {
  const host = left[left.indexOf(near) - 1];
  if (!host) return undefined;
  const between = s.text.slice(host.end - s.start, near.start - s.start);
  // "revm, a Rust implementation of the EVM maintained by Paradigm": a name inside the aside's "of" phrase is no subject.
  if (APPOSITION_OF.test(between)) return host;
  // ("Foundry, the Rust toolkit from Paradigm": a name before the aside's kind noun only modifies it.)
  const modifier = nounTypeAfter(ctx, s, near) !== undefined && /^\s+\S/.test(s.text.slice(near.end - s.start));
  if (!CLASS_TYPES.has(near.type) && !/^\p{Ll}/u.test(near.text) && !modifier) return undefined;
  return APPOSITION.test(between) ? host : undefined;
}

const REFLEXIVE = /^(?:it|them)sel(?:f|ves)$/;

const CITED = /^\s+et\s+al\.?(?:\s*(?:\[[^\]]*\]|\((?:19|20)\d\d[a-z]?\)))?\s*$/;

/**
 * The sentence's opening name when a copula and its class phrase, up to a comma, stand between it and the cue. Not across a
 * clause inside the phrase ("a protocol that chains use, built by A"); the tagger may take a noun of the phrase for a verb
 * ("a development stack"), so a clause is known by its opening word.
 */
function copulaClassSubject(ctx: Context, s: Sentence, hit: CueHit): Mention | undefined {
  const opening = openingMention(ctx, s);
  if (!opening || opening.end > hit.start) return undefined;
  // ("Marrowd is the client for the Quillchain rollup, maintained by X": a name closing the phrase, alone or with a singular
  // class noun after it, is the nearer thing the participle may be about; the rules for the nearest name decide. A plural
  // after it is a kind, no one thing: "a stack for building Tessbar chains, built by X".)
  const last = (ctx.bySentence[s.index] ?? []).filter((m) => m.end <= hit.start && /^\p{Lu}/u.test(m.text)).pop();
  const closing = last ? /^\s*(?:([\p{Ll}-]+)\s*)?,\s*$/u.exec(s.text.slice(last.end - s.start, hit.start - s.start)) : null;
  if (last && last !== opening && closing && !isCommonPlural(closing[1] ?? '')) return undefined;
  const gap = between(ctx, s, opening.end, hit.start, true);
  return COPULA_CLASS.test(gap.text) && !gap.words.slice(2).some((w) => w.pos === 'AUX' || ctx.lexicon.clauseBreakers.has(w.lower)) ? opening : undefined;
}

const COPULA_CLASS = /^\s+(?:is|was|are|were)\s+(?:an?|the)\s[^,;:()]*,\s*$/;

/**
 * The sentence's opening name when the cue opens a non-restrictive relative clause ("…, which uses") on the class phrase of
 * its copula: "X is a/the/Acme's <class phrase>, which …". No other proper name may stand in the phrase but its owner.
 */
function copulaRelativeSubject(ctx: Context, s: Sentence, hit: CueHit): Mention | undefined {
  const opening = openingMention(ctx, s);
  if (!opening || opening.end > hit.start) return undefined;
  const gap = COPULA_RELATIVE.exec(s.text.slice(opening.end - s.start, hit.start - s.start));
  if (!gap) return undefined;
  const owner = gap[1] ?? '';
  const inside = (ctx.bySentence[s.index] ?? []).filter((m) => m.start >= opening.end && m.end <= hit.start);
  return inside.every((m) => /^\p{Ll}/u.test(m.text) || m.text === owner) &&
    findCues(ctx.tokens[s.index]?.filter((t) => t.start >= opening.end && t.end <= hit.start) ?? [], ctx.lexicon).every((h) => h.cue.type === 'IS_A')
    ? opening
    : undefined;
}

/**
 * "This layer ensures that only authorized parties can use X": a cue inside a "that" clause after a verb, with a common
 * noun of its own before it, has that noun for its subject, not what the sentence's opening "this" stands for.
 */
function thatClauseSubject(ctx: Context, s: Sentence, hit: CueHit): boolean {
  const toks = ctx.tokens[s.index] ?? [];
  const mentions = ctx.bySentence[s.index] ?? [];
  for (let k = hit.startToken - 1; k > 0; k -= 1) {
    if ((toks[k] as Token).lower !== 'that') continue;
    const verb = toks[k - 1] as Token;
    return (verb.pos === 'VERB' || verb.pos === 'AUX') && toks.slice(k + 1, hit.startToken).some((w) => w.pos === 'NOUN' && !mentionHolding(mentions, w));
  }
  return false;
}

/** The relative pronoun of "that allows nodes to <cue>": an enabling verb (lexicon `enablingVerbs`), one to three lower-case words and "to" after it. */
export function enablingRelative(ctx: Context, s: Sentence, hit: CueHit): Token | undefined {
  const toks = ctx.tokens[s.index] ?? [];
  if (toks[hit.startToken - 1]?.lower !== 'to') return undefined;
  for (let k = hit.startToken - 3; k >= Math.max(0, hit.startToken - 5); k -= 1) {
    const [pronoun, verb] = [toks[k - 1], toks[k]];
    if (!pronoun || !verb || !ctx.lexicon.relativePronouns.has(pronoun.lower) || !ctx.lexicon.enablingVerbs.has(verb.lower)) continue;
    const agents = toks.slice(k + 1, hit.startToken - 1);
    return agents.every((w) => /^\p{Ll}+$/u.test(w.text) && !ctx.lexicon.stopwords.has(w.lower)) && /^[\p{L}\s]*$/u.test(s.text.slice(pronoun.start - s.start, hit.start - s.start))
      ? pronoun
      : undefined;
  }
  return undefined;
}

/** "'s prover ", "'s light client ": a possessive and one to three lower-case words. */
const POSSESSED = /^['’]s\s+(?:\p{Ll}[\p{L}\p{N}-]*\s+){1,3}$/u;
const COPULA_RELATIVE = /^[*_`]*\s+(?:is|was)\s+(?:(?:an?|the)\s|([\p{L}\p{N}. -]+?)['’]s?\s)[^,;:()]*,\s*(?:which|who)\s+(?:(?:also|now|still|then|in turn)\s+)?$/u;

export const CLASS_ASIDE = /^\s*,\s*(?:the|an?|another)\s+[\p{L}\p{N}\s-]+,?\s*$/u;

// ("SGX (a trusted execution environment developed by Intel)": or a parenthesis.)
const APPOSITION = /^[*_]*\s*[,(]\s*(?:itself\s+)?(?:an?|the)\s+[\p{L}\p{N}\s-]*$/u;

const APPOSITION_OF = /^[*_]*\s*[,(]\s*(?:itself\s+)?(?:an?|the)\s+[\p{L}\p{N}\s-]*\s(?:of|for)\s+(?:the\s+|an?\s+)?$/u;

const DATELINE = /^\p{Lu}[\p{Lu}\s.'-]+(?:,[^—–]{0,40})?\s[—–]\s/u;

/** The sentence's first mention when only stop words stand before it (and it precedes the cue). */
function mainSubject(ctx: Context, s: Sentence, mentions: Mention[], termEnd: number, hit: CueHit): Mention | undefined {
  const first = mentions[0];
  if (!first || first.end > hit.start || isModifier(s, first) || isNounModifier(ctx, s, first)) return undefined;
  // A news dateline ("GENEVA, 10 February 2025 — ") stands before the sentence, not in it.
  const from = Math.max(s.start + (DATELINE.exec(s.text)?.[0].length ?? 0), termEnd);
  const gap = between(ctx, s, from, first.start);
  const after = between(ctx, s, first.end, hit.start, true);
  const cleanAfter = after.words.length <= ctx.lexicon.data.maxGapWords.subject + 4 && !/[,;()]/.test(after.text) && !after.words.some((w) => ctx.lexicon.clauseBreakers.has(w.lower));
  return cleanAfter && gap.words.every((w) => ctx.lexicon.stopwords.has(w.lower)) && !/[,;]/.test(gap.text.replace(/^[\s:]+/, '')) ? first : undefined;
}

/**
 * "Instead of every rollup running its own sequencer, ...", "Rather than X, ...": the body offset of the first comma of a
 * sentence that opens with a contrast (lexicon `contrastOpeners`), or -1. What stands before it is no fact of the text.
 * ("Unlike X, which is a Y, ..." is not one: what its aside states is still stated.)
 */
export function contrastEnd(ctx: Context, s: Sentence): number {
  const toks = ctx.tokens[s.index] ?? [];
  const comma = s.text.indexOf(',');
  if (comma < 0 || toks.length === 0 || !/^[\s*_"“]*$/.test(s.text.slice(0, (toks[0] as Token).start - s.start))) return -1;
  for (const words of [3, 2, 1]) {
    const opening = toks.slice(0, words);
    if (opening.length === words && opening.every((t) => t.end <= s.start + comma) && ctx.lexicon.contrastOpeners.has(opening.map((t) => t.lower).join(' '))) return s.start + comma;
  }
  return -1;
}

/** The last example cue ("such as", "including": a hyponym cue) that ends before a name. */
function exampleCueBefore(ctx: Context, s: Sentence, m: Mention): CueHit | undefined {
  return findCues(ctx.tokens[s.index] ?? [], ctx.lexicon)
    .filter((h) => h.cue.hyponym && h.end <= m.start)
    .at(-1);
}

/** "such as Quillnet": the name is the one example a hyponym cue right before it gives. */
function oneExample(ctx: Context, s: Sentence, m: Mention): boolean {
  const cue = exampleCueBefore(ctx, s, m);
  return cue !== undefined && /^\s*$/.test(s.text.slice(cue.end - s.start, m.start - s.start));
}

/**
 * "Shared sequencers such as A and B address X": the class before examples that run, joined only by commas and "and/or",
 * right up to the verb; undefined otherwise.
 */
function examplesClass(ctx: Context, s: Sentence, left: readonly Mention[], near: Mention, hit: CueHit): Mention | undefined {
  if (!/^\s+$/.test(s.text.slice(near.end - s.start, hit.start - s.start))) return undefined;
  const example = exampleCueBefore(ctx, s, near);
  if (!example) return undefined;
  const cls = left.filter((m) => m.end <= example.start).at(-1);
  if (!cls || !CLASS_TYPES.has(cls.type) || !/^\s+$/.test(s.text.slice(cls.end - s.start, example.start - s.start))) return undefined;
  let rest = s.text.slice(example.end - s.start, near.start - s.start);
  for (const m of left.filter((x) => x.start >= example.end && x.end <= near.start)) rest = rest.replace(m.text, ' ');
  const words = rest.split(/[\s,]+/).filter((w) => w !== '');
  return words.every((w) => ctx.lexicon.listConnectors.has(w.toLowerCase())) ? cls : undefined;
}

/**
 * "Quorrel's prover uses X", "Tessbar's sequencer relies on Y": a named owner, "'s" and a few lower-case words right before
 * the cue; what the owner's part does, the owner does.
 */
function possessiveOwner(ctx: Context, s: Sentence, hit: CueHit, mentions: readonly Mention[]): Mention | undefined {
  const owner = mentions.filter((m) => m.end <= hit.start && NAMED_TYPES.has(m.type) && /^['’]s\s/.test(s.text.slice(m.end - s.start))).pop();
  if (!owner || !POSSESSED.test(s.text.slice(owner.end - s.start, hit.start - s.start))) return undefined;
  const words = between(ctx, s, owner.end, hit.start).words.slice(1);
  return words.length > 0 && words.every((w) => w.pos === 'NOUN' || w.pos === 'ADJ') ? owner : undefined;
}

/**
 * "Quorrel does the same without a challenge period, by using X", "A newer design, Quorrel, does this by using X": a
 * gerund after "by" says how the clause's subject acts; that subject opens the sentence (after an article's phrase in
 * apposition, if any), and no other clause stands between it and the "by".
 */
function meansSubject(ctx: Context, s: Sentence, hit: CueHit): Mention | undefined {
  const toks = ctx.tokens[s.index] ?? [];
  if (!isGerund(toks[hit.startToken]) || toks[hit.startToken - 1]?.lower !== 'by') return undefined;
  const mentions = ctx.bySentence[s.index] ?? [];
  const apposed = mentions.find((m) => /^[\s*_]*(?:an?|the)\s[^,;:()]*,\s*$/i.test(s.text.slice(0, m.start - s.start)) && /^\s*,/.test(s.text.slice(m.end - s.start)));
  const subject = openingMention(ctx, s) ?? apposed;
  if (!subject || subject.end > hit.start) return undefined;
  const rest = between(ctx, s, subject.end, hit.start);
  const clause = /[;:]/.test(rest.text) || rest.words.some((w) => ctx.lexicon.clauseBreakers.has(w.lower) || ctx.lexicon.relativePronouns.has(w.lower));
  const verb = rest.words.some((w) => isFiniteVerb(w) || w.pos === 'AUX');
  return !clause && verb ? subject : undefined;
}

/** "was designed", "is originally conceived as a method": only a verb group (auxiliaries, verbs, adverbs), an "as" phrase at most at its end, stands between. */
function verbGroupBetween(ctx: Context, s: Sentence, from: number, to: number): boolean {
  const gap = between(ctx, s, from, to);
  if (gap.words.length === 0 || /[,;:()]/.test(gap.text)) return false;
  const as = gap.words.findIndex((w) => w.lower === 'as');
  const verbs = as >= 0 ? gap.words.slice(0, as) : gap.words;
  const phrase = as >= 0 ? gap.words.slice(as + 1) : [];
  const verbGroup = verbs.length > 0 && verbs.every((w) => w.pos === 'AUX' || w.pos === 'VERB' || w.pos === 'ADV' || w.pos === 'PART') && verbs.some((w) => w.pos === 'VERB' || w.pos === 'AUX');
  const asPhrase = phrase.length <= 4 && phrase.every((w) => w.pos === 'DET' || w.pos === 'ADJ' || w.pos === 'NOUN') && (phrase.length === 0 || phrase.at(-1)?.pos === 'NOUN');
  return verbGroup && asPhrase && (as < 0 || phrase.length > 0);
}

import type { EntityType } from '../../domain/vocabulary';
import { normalizeLabel, type Cue, type Lexicon } from '../lexicon';
import { AGENT_TYPES, CLASS_TYPES, INDEFINITE_ARTICLES, NAMED_TYPES, isFiniteVerb, isLowerCaseTerm, isPastParticiple, isPresentVerb, nounKey, singular } from '../text/english';
import { findCues, type CueHit } from '../text/phrases';
import { startsLower, type Token } from '../text/tokenize';
import type { Block, Mention, Sentence } from '../types';
import { isDefinitionFragment, isTermHeading } from './rules/document-names';
import { colonListObjects } from './example-lists';
import { frontedPlace } from './fronted-place';
import { objectReferent, pairAntecedent, possessor } from './antecedents';
import {
  affiliations,
  apposedPossessives,
  roleBefore,
  builtOnModifier,
  clausePossessives,
  nameOnNetwork,
  ownedDescription,
  partOfModifier,
  placedOn,
  possessives,
  pronounParts,
} from './owner-relations';
import { CLASS_ASIDE, contrastEnd, enablingRelative, frontedPhraseEnd, subjectOf, type Previous } from './subjects';
import {
  add,
  basisAfter,
  between,
  classBeforeKind,
  headingSubject,
  inParentheses,
  isModifier,
  isNounModifier,
  isPartNoun,
  otherKind,
  sectionTopic,
  isPossessiveGap,
  mentionBefore,
  mentionHolding,
  modifiesNoun,
  termMentions,
  type Context,
} from './relation-context';

/** Relations a sentence states with cue phrases ("A uses B", "C, developed by D"). */
export function cues(ctx: Context, block: Block, s: Sentence): void {
  const { lexicon } = ctx;
  const toks = ctx.tokens[s.index] ?? [];
  const termEnd = block.term && block.term.start >= s.start && block.term.end <= s.end ? block.term.end : -1;
  const mentions = (ctx.bySentence[s.index] ?? []).filter((m) => m.start > termEnd);
  // "Stewardship: now stewarded by X", "Depends on: ...": a field label names no subject.
  const label = block.term ? ctx.lexicon.fields.has(normalizeLabel(block.term.text)) : false;
  // ("Quillnet" over an indented "A privacy sidechain that ... . Developed by Acme.": a fragment indented under a term defines it.)
  const heading = ctx.byBlock[block.heading]?.[0];
  const defines =
    termEnd < 0 &&
    block.kind === 'paragraph' &&
    block.indented === true &&
    heading !== undefined &&
    block.index === block.heading + 1 &&
    isTermHeading(heading, ctx.tokens[heading.index] ?? [], lexicon) &&
    isDefinitionFragment(toks, lexicon);
  const term = termEnd >= 0 && !label ? termMentions(ctx, block, s)[0] : defines ? headingSubject(ctx, block.heading) : undefined;
  const prior: Previous = { subject: undefined, hit: undefined, objects: [], last: undefined };
  // "X: an open-source zkVM built with ..." reads "X is a zkVM built with ...", and so
  // does the aside in "X, a rollup developed by C, uses ...".
  let defined = term;
  let definition = term ? (defines ? definitionHead(ctx, s, s.start, mentions[0], FRAGMENT_LEAD) : definitionHead(ctx, s, termEnd, mentions[0], ITEM_LEAD)) : undefined;
  // ("For a game, a validium is fine", "In Quorum, the budget is ...": a name inside a fronted phrase hosts no aside; nor
  // does one inside a fronted contrast, "Instead of posting X as Y, a Z is used".)
  const opener = toks[0];
  const frontedUntil = (opener && (opener.pos === 'ADP' || opener.pos === 'PART' || opener.pos === 'SCONJ')) || contrastEnd(ctx, s) >= 0 ? s.text.indexOf(',') : -1;
  for (let i = 0; !term && !definition && i + 1 < mentions.length; i += 1) {
    const end = (mentions[i] as Mention).end - s.start;
    if (!APPOSITIVE_START.test(s.text.slice(end, end + 18)) || end <= frontedUntil) continue;
    if (/^[*_]*\s*\(/.test(s.text.slice(end)) && !/^\p{Lu}/u.test((mentions[i] as Mention).text)) continue;
    definition = definitionHead(ctx, s, (mentions[i] as Mention).end, mentions[i + 1], APPOSITIVE_LEAD);
    defined = mentions[i];
  }
  // "QDK, the Quillon Development Kit": a name its acronym spells out is the same thing, no class.
  if (defined && definition && !spellsOut(defined.text, definition.text)) {
    // ("A and B, the two largest rollups, ...": the aside describes every name the list joins.)
    // (Not after "a/an": "between A and B, an application rollup" describes B alone.)
    const singular = /^[*_]*\s*[,(]\s*(?:itself\s+)?an?\s/i.test(s.text.slice(defined.end - s.start));
    const named = term || singular ? [defined] : coordinated(ctx, s, defined, mentions, new Set());
    for (const d of named) add(ctx, d, 'IS_A', definition, s.index, 'structure:definition', lexicon.data.confidence.structure);
    Object.assign(prior, { subject: defined, hit: definitionHit(defined.end), objects: [definition] });
  }
  const taken = new Set<Mention>();
  const firstWord = toks.findIndex((t) => t.start > termEnd);
  let fallback = term;
  const hits = findCues(toks, lexicon);
  const contrast = contrastEnd(ctx, s);
  for (const [h, found] of hits.entries()) {
    // "A with B: Using A to ...": an item that opens with the cue has no subject to lend.
    // ("**X**, maintained by Y": a participle after the term's comma is about the term.)
    const participle = found.cue.participle || isPastParticiple(toks[found.startToken]);
    // ("**Quorrel**: Uses X to ...": a present verb of the third person opening the item is the term's.)
    const termVerb = term !== undefined && isPresentVerb(toks[found.startToken]);
    if (found.startToken === firstWord && !termVerb && !(participle && /^[\s*]*,\s*$/.test(s.text.slice(termEnd - s.start, found.start - s.start)))) fallback = undefined;
    // ("using submarine swaps": a cue word inside a name is a word of the name.)
    if (mentions.some((m) => m.start <= found.start && found.end <= m.end)) continue;
    // "does not rely on X", "never used X", "no longer uses X": the sentence denies the relation.
    if (negated(toks, s, found, lexicon)) continue;
    // ("Instead of every rollup running its own sequencer, ...": nor does a fronted contrast.)
    if (found.end <= contrast) continue;
    // "every account is a smart contract", "every account on X is ...": a copula right after a common noun, or after
    // a name that only places a quantified noun, is about that noun.
    if (found.cue.type === 'IS_A' && !found.cue.hyponym && copulaOfCommonNoun(s, toks[found.startToken - 1], mentions, lexicon)) continue;
    // ("In rollups like X there is a challenge period": an existential copula says what exists, not what X is.)
    if (found.cue.type === 'IS_A' && !found.cue.hyponym && lexicon.existentialWords.has(toks[found.startToken - 1]?.lower ?? '')) continue;
    // ("containers and GPUs rather than X": an alternative right after a common noun is that noun's.)
    const wordBefore = toks[found.startToken - 1];
    const prepositional = ['ADV', 'ADP'].includes(toks[found.startToken]?.pos ?? '');
    const commonBefore = wordBefore !== undefined && (wordBefore.pos === 'NOUN' || wordBefore.pos === 'PROPN') && !mentionHolding(mentions, wordBefore);
    if (found.cue.type === 'ALTERNATIVE_TO' && prepositional && commonBefore) continue;
    // "drafted by a working group chaired by X": a participle right after a common noun phrase that a cue's object
    // position holds is about that phrase, which names nothing.
    if (participle && commonObjectBefore(ctx, s, hits[h - 1], found, mentions)) continue;
    // ("X makes signing simple: wallets built on Y can sign": so is one after a generic plural that opens a clause.)
    if (participle && commonClauseSubject(s, toks, found.startToken, mentions)) continue;
    // ("the list of batches produced by X", "the logs of nodes integrated with X": nor one right after a plural
    // common noun a preposition takes: it only says which of them.)
    if (participle && pluralAfterPreposition(s, toks, found.startToken, mentions)) continue;
    // "X is a paradigm introduced by Y": a later verb cue before the object takes it.
    const next = hits[h + 1];
    // ("X is a combination of A and B": so does a cue right after a copula, which then says nothing; not a cue word inside
    // a name, "merge-mining". "X uses a combination of A and B" still uses both.)
    const nextInName = next !== undefined && mentions.some((m) => m.start <= next.start && next.end <= m.end);
    const copula = found.cue.type === 'IS_A' && !found.cue.hyponym;
    // ("developed by a group of hackers from Acme": a "from" after the agent's noun says whom the agent stands for; it ends nothing.)
    const agentFrom = next !== undefined && next.cue.afterNoun === true && found.cue.words.at(-1) === 'by';
    // ("done using a clever combination of A and B": a combination the cue's object phrase names is what is used, as right after the cue.)
    const combined = next !== undefined && next.cue.type === 'COMBINES' && toks.slice(found.endToken, next.startToken).every((t) => t.pos === 'DET' || t.pos === 'ADJ' || t.pos === 'ADV');
    const blocker = next && !next.cue.hyponym && !nextInName && !agentFrom && !combined && (next.startToken > found.endToken || (copula && next.startToken === found.endToken)) ? next.start : Infinity;
    // "... written in Noir, and membership proofs rely on X": the name right before the next verb cue is that verb's subject.
    const finite = next !== undefined && !next.cue.hyponym && isFiniteVerb(toks[next.startToken]);
    const nextSubject = next && finite ? mentions.find((m) => m.end <= next.start && m.start > found.end && /^\s*$/.test(s.text.slice(m.end - s.start, next.start - s.start))) : undefined;
    // ("A sidechain such as Quill runs ...": an example may be the next verb's subject too.)
    const usable = (blocker === Infinity ? mentions : mentions.filter((m) => m.start < blocker || m.start < found.end)).filter((m) => m !== nextSubject || found.cue.hyponym);
    const candidates = objectsAfter(ctx, s, found, usable);
    const hit = partsCue(ctx, s, partOfCue(ctx, s, chooseCue(found, candidates[0]), candidates[0]));
    // "developed by Tools for Humanity": the capitalised name the text discovered right after an agent's "by" is the
    // agent, whatever its head noun suggested; the type model retypes it from the role.
    // (Only where an organization may be the agent: "led by" takes a person.)
    const agentive = hit.cue.words.at(-1) === 'by' && (hit.cue.objectTypes?.includes('Organization') ?? true);
    // ("developed by prvnce.ai": a lower-case agent may be a code-shaped name; "by Acme Labs and Borealis Systems",
    // "by Dwork, McSherry and Smith": so is every agent of a list that ends in "and", but not one after ", and", which may open a clause.)
    const enumerated = agentive && enumerates(s, candidates);
    // (Another cue spelled alike may take an object this one does not: "supports Groth16 and private payments".)
    // (Only an object whose type the catalog or a head noun settled: a guessed one goes with the list it stands in.)
    const alike = (o: Mention) => !o.weakType && hit.cues.includes(hit.cue) && hit.cues.some((c) => c !== hit.cue && (!c.objectTypes || c.objectTypes.includes(guessedType(o))));
    const typed = candidates.filter(
      (o, i) =>
        !hit.cue.objectTypes ||
        hit.cue.objectTypes.includes(guessedType(o)) ||
        alike(o) ||
        (agentive && (i === 0 || (o.weakType === true && enumerated)) && o.discovered && (!startsLower(o.text) || /[.\d]/.test(o.text))) ||
        // ("developed by Quillnet": a catalog project or network right after the agent's "by" stands for the team behind it;
        // "by Quillnet's SDK" names something else.)
        (agentive && i === 0 && !o.discovered && (o.type === 'Project' || o.type === 'Network') && !/^['’]s\b/.test(s.text.slice(o.end - s.start))),
    );
    // "A is a Python library": the class is the noun, not the name that modifies it.
    // ("instead of Quillnet blobs": the alternative is the noun the name modifies, not the name.)
    const expletive = toks[hit.startToken - 2]?.lower === 'it' && toks[hit.startToken - 1]?.lemma === 'be';
    const objects =
      hit.cue.type === 'IS_A'
        ? // ("is a project of the Acme Foundation": nothing is a kind of an organization or a person.)
          typed.filter((o) => (classBeforeKind(ctx, s, o) || (!modifiesNoun(ctx, s, o) && !isNounModifier(ctx, s, o))) && !genericClass(ctx, o) && (hit.cue.hyponym || !AGENT_TYPES.has(o.type)))
        : hit.cue.type === 'ALTERNATIVE_TO'
          ? typed.filter((o) => !isNounModifier(ctx, s, o))
          : // ("enables Quill to scale", "lets light nodes check": who is enabled to do a thing is no thing enabled.)
            // ("It is necessary for Quill adopters to check X": nor, after an expletive "it", is who must do a thing what needs it.)
            typed.filter((o) => !otherKind(ctx, s, o) && !(hit.cue.type === 'ENABLES' && enabledAgent(toks, o)) && !(expletive && hit.cue.words.at(-1) === 'for' && enabledAgent(toks, o, 2)));
    const adjacent = prior.hit !== undefined && prior.hit.endToken === hit.startToken && !prior.hit.cue.hyponym;
    // An item's cue without a subject of its own is about the item's term ("X: a network launched by C").
    // "decentralized networks like X": a broad lower-case class only introduces its examples.
    // ("Quillnet networks such as Tessnet", "Quill-Strategy such as QuillAvg": nothing is a kind of a named network, project
    // or party.)
    const before = hit.cue.hyponym ? mentionBefore(ctx, s, hit) : undefined;
    const beforeIsName = before !== undefined && NAMED_TYPES.has(before.type) && before.weakType !== true && !startsLower(before.text);
    // ("rollups on Quorrel, including A and B": a class placed on a network is the class; its examples are built on the network.)
    const placed = beforeIsName ? placedClass(s, mentions, before) : undefined;
    const classBefore = beforeIsName ? placed : before;
    // ("almost every rollup today, including X", "any EVM network, including Y": a quantified class is as broad.)
    const quantified = classBefore !== undefined && QUANTIFIED.test(s.text.slice(0, classBefore.start - s.start));
    // ("proving schemes that do not need a trusted setup, such as A or B": after the comma that closes a relative clause, the
    // examples are of the noun the clause is on.)
    const broad =
      (classBefore?.discovered === true && /^\p{Ll}/u.test(classBefore.text)) ||
      quantified ||
      (classBefore !== undefined && /^[\s*_]*,\s*$/.test(s.text.slice(classBefore.end - s.start, hit.start - s.start)) && inRelativeClause(ctx, s, classBefore));
    // "[Flower](…) - FL framework developed by Flower Labs that supports X": in an item whose text opens with a
    // description (no verb before its first cue), a participle or a "that"/"which" clause is about the term.
    const relative = lexicon.relativePronouns.has(toks[found.startToken - 1]?.lower ?? '');
    // ("**X**: a linter for Noir, the language developed by Y": a participle after a name's own class aside is that name's.)
    const nameBefore = mentions.filter((m) => m.end <= found.start).pop();
    const ownAside = nameBefore !== undefined && CLASS_ASIDE.test(s.text.slice(nameBefore.end - s.start, found.start - s.start));
    const described =
      term !== undefined &&
      (participle || relative) &&
      !ownAside &&
      hits[0] !== undefined &&
      !toks.slice(firstWord, hits[0].startToken).some((t) => t.pos === 'AUX' || isFiniteVerb(t)) &&
      // ("**Fuzzing:** Our CI now runs X, the fuzzer built by Y": an item that is a whole sentence, its verb with a subject of its own, describes nothing.)
      !(isFiniteVerb(toks[hits[0].startToken]) && toks[firstWord]?.pos === 'PRON' && firstWord < hits[0].startToken);
    // ("- Switched to X", "- Adds support for Y" in release notes: a list item that opens with a verb in the past or the third
    // person, no subject of its own, is about the section's topic; not an instruction's bare verb, "- Use X".)
    const opener = toks[found.startToken];
    const subjectless =
      (block.kind === 'item' || block.kind === 'bullet') &&
      !block.term &&
      found.startToken === 0 &&
      s.start === block.start &&
      (isPresentVerb(opener) || (isPastParticiple(opener) && /ed$/.test(opener?.lower ?? '')));
    // ("Quorrel is a rollup. Developed by Harbor Labs for over a year.": so is a sentence of prose that opens with a cue's
    // participle and has no verb of its own.)
    const fragment = block.kind === 'paragraph' && found.startToken === 0 && isPastParticiple(opener) && isDefinitionFragment(toks, lexicon);
    const direct = hit.cue.hyponym
      ? broad
        ? undefined
        : classBefore
      : adjacent
        ? prior.subject
        : described
          ? term
          : (subjectOf(ctx, block, s, hit, mentions, objects, prior, termEnd) ?? fallback ?? (subjectless || fragment ? sectionTopic(ctx, block) : undefined));
    // "Its proof circuits are written in Noir": what a pronoun's owner has, the owner uses.
    const owner = direct && !hit.cue.hyponym && hit.cue.type === 'USES' ? possessor(ctx, block, s, direct) : undefined;
    const stated = owner ?? direct;
    const named = stated && hit.cue.namedSubject && (isCommonPhrase(stated) || describedClass(s, stated)) ? (term ?? namedBefore(ctx, s, mentions, stated) ?? stated) : stated;
    const renamed = hit.cue.type === 'FORMERLY_KNOWN_AS';
    const subject = renamed ? (apposedName(ctx, s, mentions, hit) ?? (named && renamedName(s, mentions, named))) : named;
    // ("Acme uses it": a pronoun object stands for a name before; "enables it to scale" makes it the subject of what follows.)
    // (Only for a subject the sentence names, by a name, before a verb: "it mitigates it", "chain owners enable it",
    // "a validium built with it" leave the pronoun to a reader.)
    const infinitive = hit.cue.type === 'ENABLES' && toks[hit.endToken + 1]?.lower === 'to';
    // ("X was built on it": a participle after an auxiliary is the clause's verb.)
    const clauseVerb = !hit.cue.participle || toks[hit.startToken - 1]?.pos === 'AUX' || lexicon.auxiliaries.has(hit.cue.words[0] ?? '');
    const pronounObject = subject !== undefined && subject.sentence === s.index && !isCommonPhrase(subject) && clauseVerb && !hit.cue.hyponym && hit.cue.type !== 'IS_A' && !infinitive;
    const referent = objects.length === 0 && pronounObject ? objectReferent(ctx, block, s, hit.endToken, subject) : undefined;
    if (
      referent &&
      subject &&
      (hit.cue.inverse || !hit.cue.objectTypes || hit.cue.objectTypes.includes(guessedType(referent))) &&
      (!hit.cue.subjectTypes || hit.cue.subjectTypes.includes(subject.type))
    ) {
      add(ctx, hit.cue.inverse ? referent : subject, hit.cue.type, hit.cue.inverse ? subject : referent, s.index, `cue:${hit.cue.phrase}`, lexicon.data.confidence.cue);
      continue;
    }
    if (objects.length === 0) {
      // "Quill, which Acme maintains", "Harbor, the platform that Acme uses": the name the clause follows is the verb's object.
      const head = subject && !hit.cue.hyponym ? relativeHead(ctx, s, mentions, subject) : undefined;
      const fits = head !== undefined && (hit.cue.inverse || objectGap(ctx, s, hit, head));
      // (The relative clause's subject is no subject of the verbs after it: "..., which Acme maintains, and use X".)
      // ("In Quorrel, validity proofs are used": the place a fronted phrase names is the agent of a passive with none.)
      const place = subject && !head ? frontedPlace(ctx, s, hit, subject) : undefined;
      if (head && fits && subject && (!hit.cue.subjectTypes || hit.cue.subjectTypes.includes(subject.type)))
        add(ctx, hit.cue.inverse ? head : subject, hit.cue.type, hit.cue.inverse ? subject : head, s.index, `cue:${hit.cue.phrase}`, lexicon.data.confidence.cue);
      else if (place && subject) add(ctx, place, hit.cue.type, subject, s.index, `cue:${hit.cue.phrase}`, lexicon.data.confidence.cue);
      else if (subject && !hit.cue.hyponym)
        Object.assign(
          prior,
          typed.length > 0 ? { subject, hit, objects: typed, last: subject } : { last: subject },
          mainClause(s, toks, hit, participle) ? { main: subject } : {},
          hit.cue.type === 'IS_A' ? { classed: { subject, end: hit.end } } : {},
        );
      continue;
    }
    const replacement = hit.cue.exchange ? nameAfterWith(s, objects, mentions) : undefined;
    if (replacement) {
      for (const o of objects) add(ctx, replacement, hit.cue.type, o, s.index, `cue:${hit.cue.phrase}`, lexicon.data.confidence.cue);
      continue;
    }
    // "A and B … . Both use X": a sentence opening with a word for two things is about the pair the one before joins.
    const pair = subject ? undefined : pairOpening(ctx, block, s, hit);
    if (pair) for (const o of objects) for (const p of pair) add(ctx, hit.cue.inverse ? o : p, hit.cue.type, hit.cue.inverse ? p : o, s.index, `cue:${hit.cue.phrase}`, lexicon.data.confidence.cue);
    // ("supports secure computation of various algorithms, including A and B": examples of a plain noun phrase the cue before
    // governs, with no class named, are what that cue relates.)
    const governing = !subject && hit.cue.hyponym && hit.cue.appositive && prior.hit && !prior.hit.cue.hyponym ? prior.hit : undefined;
    if (governing && prior.subject && nounPhraseOnly(ctx, s, governing.end, hit.start)) {
      for (const o of objects) {
        if (governing.cue.objectTypes && !governing.cue.inverse && !governing.cue.objectTypes.includes(guessedType(o))) continue;
        if (governing.cue.inverse) add(ctx, o, governing.cue.type, prior.subject, s.index, `cue:${governing.cue.phrase}`, lexicon.data.confidence.cue);
        else add(ctx, prior.subject, governing.cue.type, o, s.index, `cue:${governing.cue.phrase}`, lexicon.data.confidence.cue);
      }
    }
    if (!subject || (hit.cue.subjectTypes && !hit.cue.subjectTypes.includes(subject.type))) continue;
    // ("X is not exposed to replay via Y": so does a negator farther back, between the subject and the cue.)
    if (negatedBetween(toks, s, subject, hit, lexicon)) continue;
    if (hit.cue.afterNoun && !ownsCue(ctx, toks, hit.startToken - 1, s, subject)) continue;
    // ("A, B (formerly C) and D": a cue in a parenthesis right after a name is about that name alone.)
    const parenthesised = /^[\s*_]*\($/.test(s.text.slice(subject.end - s.start, hit.start - s.start).trimEnd());
    // (A rename is of one thing.)
    const subjects = hit.cue.hyponym || renamed || subject.end > hit.start || parenthesised ? [subject] : coordinated(ctx, s, subject, mentions, taken);
    // ("Quill enables developers to use X", "lets teams run Y": a technique a thing lets others use, it enables.)
    const enabler = hit.cue.inverse || hit.cue.hyponym ? undefined : enablingVerb(ctx, s, subject, hit);
    for (const o of objects) {
      taken.add(o);
      // ("supports two schemes: Tessbar and Vorn Masking": of the cues spelled alike, each object takes the one typed for it.)
      const own = hit.cues.includes(hit.cue) && !o.weakType ? chooseCue(hit, o) : hit;
      for (const subj of subjects) {
        const fits = !own.cue.subjectTypes || own.cue.subjectTypes.includes(subj.type);
        const cue = cueForSubject(fits ? own : hit, subj, o);
        // (What an enabled action acts on is not enabled: a tool it works with is used, its object left alone.)
        const acted = cue.type === 'ENABLES' && !cue.inverse ? gerundObject(ctx, s, hit, o) : undefined;
        if (enabler && CLASS_TYPES.has(guessedType(o))) add(ctx, subj, 'ENABLES', o, s.index, `cue:${enabler}`, lexicon.data.confidence.cue);
        else if (acted === 'tool') add(ctx, subj, 'USES', o, s.index, `cue:${cue.phrase}`, lexicon.data.confidence.cue);
        else if (acted === 'object') continue;
        else if (cue.inverse || cue.hyponym) add(ctx, o, cue.type, subj, s.index, `cue:${cue.phrase}`, lexicon.data.confidence.cue);
        else add(ctx, subj, cue.type, o, s.index, `cue:${cue.phrase}`, lexicon.data.confidence.cue);
      }
      // (A name, not a term: "techniques on Quorrel, including tessbar proofs" places no technique.)
      if (placed && before && subject === placed && !startsLower(o.text) && (o.discovered || NAMED_TYPES.has(o.type)))
        add(ctx, o, 'BUILT_ON', before, s.index, `cue:${hit.cue.phrase}`, lexicon.data.confidence.cue);
    }
    // "supports several federated learning algorithms, including A and B": what the examples are kinds of, the cue before
    // relates to its subject, and so it relates the examples. ("like" may only compare: "uses rollups, like X" is left alone.)
    // ("runs language models like Quorrel-7B": so does "like" right after the class, with no comma to make it a comparison, before
    // names; "uses validity proofs like a ZK rollup" compares with another class.)
    const examples = hit.cue.appositive || /^[\s*_]+$/.test(s.text.slice(subject.end - s.start, hit.start - s.start));
    const including = hit.cue.hyponym && examples && prior.objects.includes(subject) ? prior.hit?.cue : undefined;
    const holder = prior.subject;
    for (const o of including && holder ? objects.filter((x) => hit.cue.appositive || (!startsLower(x.text) && (x.entityId === null || NAMED_TYPES.has(x.type)))) : []) {
      if (!including || !holder || (including.objectTypes && !including.inverse && !including.objectTypes.includes(guessedType(o)))) continue;
      if (including.inverse) add(ctx, o, including.type, holder, s.index, `cue:${including.phrase}`, lexicon.data.confidence.cue);
      else add(ctx, holder, including.type, o, s.index, `cue:${including.phrase}`, lexicon.data.confidence.cue);
    }
    const agent = passiveAgent(ctx, s, hit, objects, mentions);
    if (agent) add(ctx, subject, agent.cue.type, agent.mention, s.index, `cue:${agent.cue.phrase}`, lexicon.data.confidence.cue);
    if (!hit.cue.hyponym) Object.assign(prior, { subject, hit, objects, last: subject }, mainClause(s, toks, hit, participle) ? { main: subject } : {});
  }
  // ("**X**: A rollup on Quillnet": an item's term is what its description places.)
  placedOn(ctx, s, term && termEnd >= 0 ? [term, ...mentions] : mentions);
  builtOnModifier(ctx, s, mentions);
  partOfModifier(ctx, s, mentions);
  nameOnNetwork(ctx, s, mentions);
  possessives(ctx, s, mentions);
  apposedPossessives(ctx, s, mentions);
  pronounParts(ctx, block, s, mentions);
  clausePossessives(ctx, s, mentions);
  // ("- **Jane Roe**, CEO of Acme": an item's defined person has the role its text gives.)
  affiliations(ctx, s, term ? [term, ...mentions] : mentions);
  if (term) ownedDescription(ctx, s, term, termEnd, mentions);
}

/**
 * "enables training Marrowtorch models", "enables bridging Quillnet": a named thing after the gerund an enabling cue takes is
 * what the enabled action acts on, not what is enabled; one that modifies the noun the action acts on ("Marrowtorch models")
 * is a tool the subject works with (`tool`), another the action's own object (`object`). Undefined otherwise.
 */
function gerundObject(ctx: Context, s: Sentence, hit: CueHit, o: Mention): 'tool' | 'object' | undefined {
  const gap = between(ctx, s, hit.end, o.start).words;
  if (gap.length !== 1 || !/^\p{Ll}{2,}ing$/u.test((gap[0] as Token).text) || CLASS_TYPES.has(guessedType(o))) return undefined;
  const next = (ctx.tokens[s.index] ?? []).find((t) => t.start >= o.end);
  const modifies = next !== undefined && next.pos === 'NOUN' && startsLower(next.text) && s.text.slice(o.end - s.start, next.start - s.start) === ' ';
  return modifies ? 'tool' : 'object';
}

/**
 * "Quill enables developers to use", "lets teams run": the enabling verb (lexicon `enablingVerbs`) between a subject and
 * its cue, with the one to three words of whom it enables (no name among them) and an optional "to".
 */
function enablingVerb(ctx: Context, s: Sentence, subject: Mention, hit: CueHit): string | undefined {
  if (subject.end > hit.start) return undefined;
  // ("X is a protocol that allows nodes to use Y": the relative clause after the subject's class says what it enables.)
  const relative = enablingRelative(ctx, s, hit);
  const gap = between(ctx, s, relative !== undefined && relative.start >= subject.end ? relative.end : subject.end, hit.start);
  const [verb, ...rest] = gap.words;
  const agents = rest.at(-1)?.lower === 'to' ? rest.slice(0, -1) : rest;
  if (!verb || !ctx.lexicon.enablingVerbs.has(verb.lower) || agents.length === 0 || agents.length > 3 || /[,;:()]/.test(gap.text)) return undefined;
  return agents.every((w) => /^\p{Ll}/u.test(w.text)) ? verb.lower : undefined;
}

/**
 * "SP1, a zkVM from Succinct", "Acme's Quill from Harbor": a cue read after a noun ("from") is about the
 * name that noun ends, or the name the noun's phrase stands in apposition to; "uses the accountant
 * from Quillguard" says where the accountant comes from, nothing of the subject.
 */
function ownsCue(ctx: Context, toks: readonly Token[], at: number, s: Sentence, subject: Mention): boolean {
  const noun = toks[at];
  // ("X, an author from Acme": people of an organization come from it; the name before them made nothing there.)
  if (!noun || ctx.lexicon.data.agentGroups.nouns.includes(nounKey(noun.lower))) return false;
  if (subject.start <= noun.start && subject.end >= noun.end) return true;
  // (Or the phrase the subject is: "X is a browser extension from Y", "**Loop** — a service from Y", "[X](url) - FL library from Y".)
  const between = s.text
    .slice(subject.end - s.start, noun.end - s.start)
    .replace(/^\]/, '')
    .replace(/[*_]/g, '');
  if (subject.end > noun.start) return false;
  // ("the Quill zkVM from Y": a name that heads the phrase before its kind noun is the phrase, unless the
  // phrase is an aside about the name before it: "Quillguard, the Marrowtorch library from Y"; a plural before the kind noun is
  // the sentence's verb: "the Quill Prover aggregates proofs from Y".)
  const modifiers = toks.slice(0, at).filter((t) => t.start >= subject.end);
  const headed =
    /(?:^|[^,]\s)the\s+$/i.test(s.text.slice(0, subject.start - s.start)) && /^\s+[\p{L}\p{N}-]+(?:\s+[\p{L}\p{N}-]+)?$/u.test(between) && modifiers.every((t) => singular(t.lower) === t.lower);
  return headed || /^\s*(?:,|\s(?:is|was|are)|[-—–:])\s*(?:itself\s+)?(?:(?:an?|the)\s)?[^,;:]*$/i.test(between);
}

/**
 * Whether a cue is the verb of the sentence's main clause: a verb ("relies on", "is built on"), not
 * a preposition ("rather than") nor a participle inside an aside a comma opened ("…, the framework developed by Z").
 */
function mainClause(s: Sentence, toks: readonly Token[], hit: CueHit, participle: boolean): boolean {
  const first = toks[hit.startToken];
  const verb = first !== undefined && (first.pos === 'VERB' || first.pos === 'AUX');
  return verb && !(participle && /,[^,]*$/.test(s.text.slice(0, hit.start - s.start)));
}

function copulaOfCommonNoun(s: Sentence, before: Token | undefined, mentions: readonly Mention[], lexicon: Lexicon): boolean {
  if (!before) return false;
  const holder = mentionHolding(mentions, before);
  // ("The Quill protocol is a rollup": a noun of a kind, right after a name, only says what the name is; "Quill wallets are
  // …" are things of Quill.)
  const kindOfName = lexicon.typeByWord.has(before.lower) && singular(before.lower) === before.lower && mentions.some((m) => /^\s+$/.test(s.text.slice(m.end - s.start, before.start - s.start)));
  if (!holder) return before.pos === 'NOUN' && startsLower(before.text) && !kindOfName;
  return /\b(?:every|each|any|all|no)\s+[\p{L}-]+\s+(?:on|of|in|at|for)\s+(?:the\s+)?$/iu.test(s.text.slice(0, holder.start - s.start));
}

/** The two names "Both" (a lexicon `pairAnaphors` word opening the sentence, before the cue) stands for. */
function pairOpening(ctx: Context, block: Block, s: Sentence, hit: CueHit): [Mention, Mention] | undefined {
  const first = ctx.tokens[s.index]?.[0];
  if (!first || !ctx.lexicon.pairAnaphors.has(first.lower) || hit.start <= first.start || (ctx.bySentence[s.index] ?? []).some((m) => m.end <= hit.start)) return undefined;
  const pair = pairAntecedent(ctx, block, s);
  // ("PLONK, by Jane Roe and John Doe, ... . Both rely on X": two people belong to things; they use no technique.)
  return pair?.some((m) => m.type === 'Person') && hit.cue.type !== 'PART_OF' ? undefined : pair;
}

/**
 * A bare plural of lower-case common nouns and adjectives (no determiner: "wallets", "mobile apps") right before token
 * `at`, opening the sentence or a clause after a colon or semicolon: a generic subject of its own clause.
 */
function commonClauseSubject(s: Sentence, toks: readonly Token[], at: number, mentions: readonly Mention[]): boolean {
  const noun = toks[at - 1];
  if (noun?.pos !== 'NOUN' || !startsLower(noun.text) || noun.lemma === undefined || noun.lemma === noun.lower || mentionHolding(mentions, noun)) return false;
  let k = at - 1;
  while (
    k > 0 &&
    ['NOUN', 'ADJ'].includes((toks[k - 1] as Token).pos ?? '') &&
    !mentionHolding(mentions, toks[k - 1] as Token) &&
    /^\s+$/.test(s.text.slice((toks[k - 1] as Token).end - s.start, (toks[k] as Token).start - s.start))
  )
    k -= 1;
  return /(?:^|[:;])[\s*_"“]*$/.test(s.text.slice(0, (toks[k] as Token).start - s.start));
}

/** A past participle right after a plural common noun phrase (no name in it) that a preposition opens: "of batches produced by". */
function pluralAfterPreposition(s: Sentence, toks: readonly Token[], at: number, mentions: readonly Mention[]): boolean {
  const noun = toks[at - 1];
  if (!/(?:ed|en|wn)$/.test(toks[at]?.lower ?? '')) return false;
  if (noun?.pos !== 'NOUN' || !startsLower(noun.text) || noun.lemma === undefined || noun.lemma === noun.lower || mentionHolding(mentions, noun)) return false;
  if (!/^\s+$/.test(s.text.slice(noun.end - s.start, (toks[at] as Token).start - s.start))) return false;
  let k = at - 1;
  while (k > 0 && ['NOUN', 'ADJ'].includes((toks[k - 1] as Token).pos ?? '') && !mentionHolding(mentions, toks[k - 1] as Token)) k -= 1;
  const before = toks[k - 1];
  const opener = before !== undefined && (before.pos === 'DET' || before.pos === 'NUM') ? toks[k - 2] : before;
  return opener?.pos === 'ADP';
}

/** A determiner and lower-case words, no name and no punctuation, between the end of one cue and the start of the next. */
function commonObjectBefore(ctx: Context, s: Sentence, previous: CueHit | undefined, hit: CueHit, mentions: readonly Mention[]): boolean {
  if (!previous || previous.endToken >= hit.startToken) return false;
  const words = (ctx.tokens[s.index] ?? []).slice(previous.endToken, hit.startToken);
  const [det, ...rest] = words;
  return (
    det !== undefined &&
    ctx.lexicon.determiners.has(det.lower) &&
    rest.length > 0 &&
    rest.length <= 3 &&
    rest.every((w) => startsLower(w.text) && !ctx.lexicon.stopwords.has(w.lower)) &&
    !/[,;:()]/.test(s.text.slice(previous.end - s.start, hit.start - s.start)) &&
    !mentions.some((m) => m.start >= previous.end && m.end <= hit.start)
  );
}

/** "A, B and C", "A and B": names joined by commas and one final "and" (or "or"), none by ", and". */
function enumerates(s: Sentence, names: readonly Mention[]): boolean {
  const gaps = names.slice(1).map((m, i) => s.text.slice((names[i] as Mention).end - s.start, m.start - s.start));
  return gaps.length > 0 && gaps.every((g) => /^\s*(?:,|and|or)\s*$/i.test(g)) && /^\s+(?:and|or)\s+$/i.test(gaps.at(-1) ?? '');
}

/** "replaced the PowPeg with a BitVM2 bridge": the name right after "with" (and an article) following the last object. */
function nameAfterWith(s: Sentence, objects: readonly Mention[], mentions: readonly Mention[]): Mention | undefined {
  const last = objects[objects.length - 1];
  const next = last ? mentions.find((m) => m.start >= last.end) : undefined;
  return last && next && /^\s+with\s+(?:(?:the|an?)\s+)?(?:[\p{Ll}-]+\s+)?$/u.test(s.text.slice(last.end - s.start, next.start - s.start)) ? next : undefined;
}

/**
 * "Nitro, which Offchain Labs maintains", "the AI Act, which the Commission proposed": a verb whose
 * subject opens a relative clause has the name before ", which" as its object. Returns that name.
 */
function relativeHead(ctx: Context, s: Sentence, mentions: readonly Mention[], subject: Mention): Mention | undefined {
  const head = mentions.filter((m) => m.end <= subject.start).pop();
  if (!head) return undefined;
  // ("Quill, the toolkit that Acme uses": an aside may describe the head first.)
  const gap = s.text.slice(head.end - s.start, subject.start - s.start);
  const clause =
    /^[\s*_]*(?:\p{Ll}[\p{Ll}-]*[\s*_]*)?,\s*(?:which|that|whom)\s+(?:the\s+)?$/iu.test(gap) || /^[\s*_]*,\s*(?:the|an?)\s+(?:[\p{Ll}-]+\s+){1,6}(?:which|that|whom)\s+(?:the\s+)?$/u.test(gap);
  return clause ? head : undefined;
}

/**
 * "Harbor, the platform that Acme uses, ...", "Quillnet, which Quill is built on,": a verb in a relative clause that
 * leaves its object out (punctuation or another preposition right after the cue) has the clause's head as that object.
 * Not "the service that Acme launched on mainnet" (the cue's preposition has its own object) nor "attacks on X, which
 * Acme mitigates" (the head of a prepositional phrase may not be what the clause is about).
 */
function objectGap(ctx: Context, s: Sentence, hit: CueHit, head: Mention): boolean {
  const toks = ctx.tokens[s.index] ?? [];
  const after = toks[hit.endToken];
  const stranded = /^\s*(?:[,;:.)]|$)/.test(s.text.slice(hit.end - s.start)) || after?.pos === 'ADP';
  const governed = toks.filter((t) => t.end <= head.start).at(-1)?.pos === 'ADP';
  return stranded && !governed && (!hit.cue.objectTypes || hit.cue.objectTypes.includes(guessedType(head)));
}

/**
 * "written in Go by Acme Labs": "by" and a name after the cue's object complete the participle
 * when the lexicon knows "<participle> by" as a cue ("written by": DEVELOPED_BY).
 */
function passiveAgent(ctx: Context, s: Sentence, hit: CueHit, objects: readonly Mention[], mentions: readonly Mention[]): { cue: Cue; mention: Mention } | undefined {
  const last = objects[objects.length - 1];
  const participle = hit.cue.words[0];
  if (!last || participle === undefined || hit.cue.words[1] === 'by') return undefined;
  const cue = ctx.lexicon.cuesByFirstWord.get(participle)?.find((c) => c.words.length === 2 && c.words[1] === 'by');
  const mention = mentions.find((m) => m.start >= last.end);
  if (!cue || !mention || !/^\s+by\s+(?:the\s+)?$/i.test(s.text.slice(last.end - s.start, mention.start - s.start))) return undefined;
  return !cue.objectTypes || cue.objectTypes.includes(mention.type) ? { cue, mention } : undefined;
}

/** Do the initials of `long`'s words spell the acronym `short` ("QDK", "Quillon Development Kit")? */
function spellsOut(short: string, long: string): boolean {
  const initials = long
    .split(/[\s-]+/)
    .filter((w) => /^\p{Lu}/u.test(w))
    .map((w) => w[0])
    .join('');
  return /^\p{Lu}{2,}$/u.test(short) && initials === short;
}

/** A discovered phrase of lower-case words ("light node", "drift monitoring"): a common noun, no name. */
function isCommonPhrase(m: Mention): boolean {
  return m.entityId === null && /\s/.test(m.text) && !/\p{Lu}/u.test(m.text);
}

/**
 * "a data marketplace developed by X", "the Ferrite rollup, maintained by X": a lower-case class word
 * of the catalog heading a phrase an article opens describes a thing; it names none ("conviction
 * voting, a technique developed by X" names one).
 */
function describedClass(s: Sentence, m: Mention): boolean {
  return m.entityId !== null && CLASS_TYPES.has(m.type) && /^\p{Ll}/u.test(m.text) && /(?:^|\s)(?:an?|the)\s+(?:[^\s,;:]+\s+){0,5}$/i.test(s.text.slice(0, m.start - s.start));
}

/** "the DAO's Safe multisig (formerly Gnosis Safe)": a lower-case class word is never renamed; the name right before it is. */
function renamedName(s: Sentence, mentions: readonly Mention[], subject: Mention): Mention {
  if (!CLASS_TYPES.has(subject.type) || !startsLower(subject.text)) return subject;
  return mentions.find((m) => m.end < subject.start && /^ +$/.test(s.text.slice(m.end - s.start, subject.start - s.start))) ?? subject;
}

/**
 * "launched by the Acme Company, formerly known as ...", "Harbor Research (HR), an Acme Foundation team formerly known
 * as ...", "the company behind Quill, which was formerly called ...": a rename in an aside is of the name the aside
 * follows, whatever the clause's subject. Undefined when no name stands right before it.
 */
function apposedName(ctx: Context, s: Sentence, mentions: readonly Mention[], hit: CueHit): Mention | undefined {
  if (!hit.cue.appositive) return undefined;
  const apposed = (name: Mention) => {
    const gap = s.text.slice(name.end - s.start, hit.start - s.start).replace(/^\s*\([^()]*\)/, '');
    const verb = (ctx.tokens[s.index] ?? []).some((t) => t.start >= name.end && t.end <= hit.start && t.pos === 'VERB');
    const aside = /^\s*,\s*(?:(?:the|an?)\s+[^,;:()]*)?$/i.test(gap) && !verb;
    return aside || /^\s*,\s*(?:which|who|that)\s+(?:(?:was|is|were|are|has been|have been|had been)\s+)?$/i.test(gap);
  };
  // (The aside's own words may hold a name: "an Acme Foundation team formerly known as ...". A class word before
  // the aside, "a model registry, formerly known as ...", leaves the rename to the clause's subject.)
  const name = mentions
    .filter((m) => m.end <= hit.start && m.type !== 'Person' && !inParentheses(s, m))
    .slice(-2)
    .reverse()
    .find(apposed);
  return name && NAMED_TYPES.has(name.type) ? name : undefined;
}

/** "Lumina, a Rust implementation of a light node developed by X": the name the phrase describes, before it in the clause. */
function namedBefore(ctx: Context, s: Sentence, mentions: readonly Mention[], phrase: Mention): Mention | undefined {
  // A name right before the phrase only modifies it ("a Celestia light node").
  // ("the Ferrite rollup" is Ferrite: after "the", the name names the thing.)
  const adjacent = (m: Mention) => /^\s*$/.test(s.text.slice(m.end - s.start, phrase.start - s.start)) && !/(?:^|\s)the\s+$/i.test(s.text.slice(0, m.start - s.start));
  const named = mentions.filter(
    (m) => m.end <= phrase.start && !adjacent(m) && !isCommonPhrase(m) && !isModifier(s, m) && (!isNounModifier(ctx, s, m) || m.end === phrase.start - 1) && !inParentheses(s, m),
  );
  const last = named[named.length - 1];
  return last && !/[;:]/.test(s.text.slice(last.end - s.start, phrase.start - s.start)) ? last : undefined;
}

/** Between two offsets, lower-case words of a noun phrase only (no verb, no clause word; up to 14 words, for two phrases an "and" joins), closed by a comma. */
function nounPhraseOnly(ctx: Context, s: Sentence, from: number, to: number): boolean {
  const gap = between(ctx, s, from, to);
  return (
    /,\s*$/.test(gap.text) &&
    !/[;:()]/.test(gap.text) &&
    gap.words.length <= 14 &&
    gap.words.every((w) => /^\p{Ll}/u.test(w.text) && !isFiniteVerb(w) && !isPastParticiple(w) && w.pos !== 'AUX' && !ctx.lexicon.clauseBreakers.has(w.lower))
  );
}

/** A negator among the three words before the cue, with no punctuation between it and the cue. */
function negated(toks: readonly Token[], s: Sentence, hit: CueHit, lexicon: Context['lexicon']): boolean {
  // ("Sidechains are not a layer 2": a negator right after the cue, a copula, denies it; "not only" does not.)
  const [next, after] = [toks[hit.endToken], toks[hit.endToken + 1]];
  if (next && lexicon.negators.has(next.lower) && /^\s+$/.test(s.text.slice(hit.end - s.start, next.start - s.start)) && !lexicon.negatorOpeners.has(after?.lower ?? '')) return true;
  for (let k = hit.startToken - 1; k >= 0 && k >= hit.startToken - 3; k -= 1) {
    const tok = toks[k] as Token;
    if (/[,;:.()]/.test(s.text.slice(tok.end - s.start, hit.start - s.start))) return false;
    if (lexicon.negators.has(tok.lower)) return true;
  }
  return false;
}

/** The class a network is placed on right before a hyponym cue ("rollups on Quorrel, including …"), or undefined. */
function placedClass(s: Sentence, mentions: readonly Mention[], network: Mention): Mention | undefined {
  if (network.type !== 'Network') return undefined;
  const cls = mentions.filter((m) => m.end <= network.start).pop();
  if (!cls || !CLASS_TYPES.has(cls.type) || cls.weakType === true) return undefined;
  return /^\s+on\s+(?:the\s+)?$/i.test(s.text.slice(cls.end - s.start, network.start - s.start)) ? cls : undefined;
}

/** A negator between the subject and the cue, with no punctuation or list connector between it and the cue ("not only" aside). */
function negatedBetween(toks: readonly Token[], s: Sentence, subject: Mention, hit: CueHit, lexicon: Context['lexicon']): boolean {
  for (let k = hit.startToken - 1; k >= 0; k -= 1) {
    const tok = toks[k] as Token;
    // ("X does not rely on Y and uses Z": a negator before a joined verb denies only its own.)
    if (tok.start < subject.end || /[,;:.()]/.test(s.text.slice(tok.end - s.start, hit.start - s.start)) || lexicon.listConnectors.has(tok.lower) || tok.lower === 'but') return false;
    if (lexicon.negators.has(tok.lower) && !lexicon.negatorOpeners.has(toks[k + 1]?.lower ?? '')) return true;
  }
  return false;
}

/**
 * "Data minimisation is a core principle of the Act", "Quill is a key module of Harbor": after a copula, a part noun
 * (lexicon `partNouns`) before "of" makes the subject a part of the object, not a kind of it.
 */
function partOfCue(ctx: Context, s: Sentence, hit: CueHit, object: Mention | undefined): CueHit {
  if (hit.cue.type !== 'IS_A' || hit.cue.hyponym || !object) return hit;
  const noun = /^[\s\p{L}-]*?([\p{L}-]+)\s+of\s+(?:the\s+)?$/u.exec(s.text.slice(hit.end - s.start, object.start - s.start))?.[1]?.toLowerCase();
  return noun !== undefined && isPartNoun(ctx, noun) ? { ...hit, cue: { ...hit.cue, type: 'PART_OF' } } : hit;
}

/**
 * "The Quill SDK includes Tessbar and Marrow": a verb of examples ("includes") right after a name of a thing, not of a
 * class, lists its parts; each name after it is a part of that thing.
 */
function partsCue(ctx: Context, s: Sentence, hit: CueHit): CueHit {
  const verb = ctx.tokens[s.index]?.[hit.startToken];
  if (!hit.cue.hyponym || hit.cue.appositive || verb?.pos !== 'VERB') return hit;
  const whole = mentionBefore(ctx, s, hit);
  // (The name opens the sentence: "Apps built on Quillnet include Tessbar" says what is built on it.)
  const opens = whole !== undefined && /^[\s*_]*(?:the\s+)?$/i.test(s.text.slice(0, whole.start - s.start));
  if (!whole || !opens || !NAMED_TYPES.has(whole.type) || AGENT_TYPES.has(whole.type) || startsLower(whole.text)) return hit;
  return { ...hit, cue: { ...hit.cue, type: 'PART_OF', hyponym: false, inverse: true } };
}

/** "supports Marrowtorch": a capitalised name guessed to be a technique or use case is read as the named project it most likely is. */
function guessedType(m: Mention): EntityType {
  return m.weakType && CLASS_TYPES.has(m.type) && /^\p{Lu}/u.test(m.text) ? 'Project' : m.type;
}

/** Of the cues spelled alike, the one typed for the object's type, else the untyped one. */
export function chooseCue(hit: CueHit, object: Mention | undefined): CueHit {
  if (hit.cues.length < 2) return hit;
  const type = object ? guessedType(object) : undefined;
  const cue = (type && hit.cues.find((c) => c.objectTypes?.includes(type))) ?? hit.cues.find((c) => !c.objectTypes) ?? hit.cue;
  return cue === hit.cue ? hit : { ...hit, cue };
}

/**
 * "Nous Research runs Psyche": among the cues spelled alike, one said of the subject's type ("runs" by an
 * organization: DEVELOPED_BY, inverse) wins over the one chosen by the object alone ("runs": USES),
 * unless the object is a technique or concept.
 */
function cueForSubject(hit: CueHit, subject: Mention, object: Mention): Cue {
  // (Not for a technique: "labs run red teams" use them.)
  const type = guessedType(object);
  if (hit.cues.length < 2 || subject.weakType || hit.cue.subjectTypes?.includes(subject.type) || CLASS_TYPES.has(type)) return hit.cue;
  return hit.cues.find((c) => c !== hit.cue && c.subjectTypes?.includes(subject.type) && (!c.objectTypes || c.objectTypes.includes(type))) ?? hit.cue;
}

/** "A and the B announced C": mentions of the subject's type listed just before it share its role. */
function coordinated(ctx: Context, s: Sentence, subject: Mention, mentions: Mention[], taken: ReadonlySet<Mention>): Mention[] {
  const { lexicon } = ctx;
  const out = [subject];
  // ("Unlike A, B is ...": a fronted phrase's name joins no list with the subject after its comma.)
  const frontedEnd = frontedPhraseEnd(ctx, s);
  // (Two capitalised names the text found, one typed only by a guess, join: "Marrow and Tessbar are examples of X".)
  const guessed = (x: Mention) => x.discovered === true && /^\p{Lu}/u.test(x.text) && !AGENT_TYPES.has(x.type);
  for (let k = mentions.indexOf(subject) - 1; k >= 0; k -= 1) {
    const m = mentions[k] as Mention;
    const next = out[out.length - 1] as Mention;
    const sameKind = m.type === subject.type || (guessed(m) && guessed(subject) && (m.weakType === true || subject.weakType === true));
    if (taken.has(m) || !sameKind || isModifier(s, m) || (m.end <= frontedEnd && subject.start > frontedEnd)) break;
    const g = between(ctx, s, m.end, next.start);
    const joined = /^[\s,]*$/.test(g.text.replace(/[\p{L}\p{N}]+/gu, '')) && g.words.length <= 2 && g.words.every((w) => lexicon.listConnectors.has(w.lower) || lexicon.determiners.has(w.lower));
    if (!joined || !(g.text.includes(',') || g.words.some((w) => lexicon.listConnectors.has(w.lower)))) break;
    out.push(m);
  }
  return out;
}

/**
 * The class an item's definition names: "**X**: an open-source zkVM built with ..." gives
 * zkVM. A determiner and at most three plain words stand before it, and nothing extends it after.
 */
function definitionHead(ctx: Context, s: Sentence, termEnd: number, first: Mention | undefined, lead: RegExp): Mention | undefined {
  const { lexicon } = ctx;
  // ("Rootstock, an EVM-compatible sidechain": a name fused to the next word only modifies the class after it.)
  let head = first;
  while (head && isModifier(s, head)) head = (ctx.bySentence[s.index] ?? []).find((m) => m.start >= (head as Mention).end);
  // The class is a technique or concept, a name whose type is only a guess ("SP1, a zkVM from ..."),
  // or a common-noun phrase ("EigenDA, an actively validated service").
  if (!head || !(CLASS_TYPES.has(head.type) || head.weakType || isCommonPhrase(head)) || isModifier(s, head) || /^['’]/.test(s.text.slice(head.end - s.start))) return undefined;
  const gap = between(ctx, s, termEnd, head.start);
  const opening = lead.exec(gap.text);
  if (!opening) return undefined;
  const text = gap.text.slice(opening[0].length);
  const [det, ...words] = gap.words.filter((w) => w.lower !== 'itself');
  // ("Autonomous rollups" over "A type of rollup that …": a kind noun and its "of" after the article leave the class the class.)
  const rest = lexicon.kindNouns.has(words[0]?.lower ?? '') && words[1]?.lower === 'of' ? words.slice(2) : words;
  // ("Taiko or Linea, two other zkEVM rollups": a number word may open the aside too.)
  if (!det || !(lexicon.determiners.has(det.lower) || det.pos === 'NUM') || rest.length > 3 || /[^\p{L}\p{N}\s-]/u.test(text)) return undefined;
  // "an open-source zkVM": a word that only starts some cue phrase ("open-sourced by") is no cue here.
  // ("the two largest rollups": a number word counts the class; "the other zkVMs": an adjective of the stop words describes it.)
  if (rest.some((w) => (lexicon.stopwords.has(w.lower) && w.pos !== 'NUM' && w.pos !== 'ADJ') || lexicon.clauseBreakers.has(w.lower)) || findCues(rest, lexicon).length > 0) return undefined;
  const toks = ctx.tokens[s.index] ?? [];
  const next = toks.find((t) => t.start >= head.end);
  // ("**X**: The attack algorithms are important to …": a class the sentence's own verb follows is that sentence's subject, no definition.)
  if (next?.pos === 'AUX' && /^\s+$/.test(s.text.slice(head.end - s.start, next.start - s.start))) return undefined;
  const extended =
    next !== undefined &&
    /^\s+$/.test(s.text.slice(head.end - s.start, next.start - s.start)) &&
    !lexicon.stopwords.has(next.lower) &&
    !lexicon.clauseBreakers.has(next.lower) &&
    !lexicon.cuesByFirstWord.has(next.lower);
  // ("Quillnet, a gaming rollup": a lower-case term right before another only modifies it; the class is the other.)
  const modified = extended && isLowerCaseTerm(head.text) ? (ctx.bySentence[s.index] ?? []).find((m) => m.start === next.start) : undefined;
  if (modified) return definitionHead(ctx, s, termEnd, modified, lead);
  return extended && !classBeforeKind(ctx, s, head) ? undefined : head;
}

const ITEM_LEAD = /^[*\s]*[:,—–-][*\s]*/;
const FRAGMENT_LEAD = /^[*\s]*/;
const APPOSITIVE_LEAD = /^[*_]*\s*[,(]\s*(?:itself\s+)?/;
// Emphasis markers may close the name first ("**EigenDA**, an actively validated service"); a parenthesis may hold the
// aside after "a/an" ("SGX (a trusted execution environment developed by Intel)"), when a name opens it: after a class, the
// parenthesis names an instance ("a secure element (the ST33K1M5)", "a validity proof (a SNARK or a STARK)").
const APPOSITIVE_START = /^[*_]*(?:,\s*(?:itself\s+)?(?:an?|the|\p{L}+)|\s*\(an?)\s/iu;

function definitionHit(at: number): CueHit {
  const cue: Cue = {
    type: 'IS_A',
    phrases: [':'],
    phrase: ':',
    words: [],
    lemmas: [],
    joiners: [],
    notAfter: [],
    hyponym: false,
    discovers: false,
    appositive: false,
    afterNoun: false,
    participle: false,
    namedSubject: false,
    exchange: false,
    inverse: false,
  };
  return { cue, cues: [cue], startToken: -1, endToken: -1, start: at, end: at };
}

/** Tags of the words that may describe an owned name ("Harrowfen's first-gen Tessbar prover"). */
const MODIFIER_TAGS: ReadonlySet<string> = new Set(['ADJ', 'NOUN', 'PROPN', 'NUM']);

/** Types of parties, which nothing is a kind of. */

/** The first mention after the cue (a few words may stand between), and those listed with it. */
function objectsAfter(ctx: Context, s: Sentence, hit: CueHit, mentions: Mention[]): Mention[] {
  const { lexicon } = ctx;
  const listed = hit.cue.type === 'IS_A' || hit.cue.hyponym ? undefined : colonListObjects(ctx, s, hit.end, mentions);
  if (listed) return listed;
  let first = mentions.find((m) => m.start >= hit.end);
  // ("uses Halo2-based circuits": a name fused to a lexicon `basisSuffixes` word is still what a USES cue takes.)
  if (!first || (isModifier(s, first) && !(hit.cue.type === 'USES' && basisAfter(ctx, s, first)))) return [];
  // ("proposed by researchers in Acme", "maintained by a group of hackers from Quill Labs": people of an organization
  // stand for it, the agent.)
  if (hit.cue.words.at(-1) === 'by' && (first.type === 'Organization' || first.weakType === true)) {
    const gap = between(ctx, s, hit.end, first.start);
    const [people, preposition] = gap.words.slice(-2);
    const agents = lexicon.data.agentGroups;
    if (people && preposition && gap.words.length <= 7 && !/[,;:()]/.test(gap.text) && agents.prepositions.includes(preposition.lower) && agents.nouns.includes(nounKey(people.lower))) return [first];
  }
  // ("led by (former) Tessbar co-founder Jane Roe": the agent is the person the group's name and a role describe.)
  // (The role may hold a word of a later cue, "research lead"; the person is looked for among all the sentence's names.)
  const everyName = ctx.bySentence[s.index] ?? [];
  const described = hit.cue.words.at(-1) === 'by' ? everyName.find((m) => m.start >= (first as Mention).end && m.type === 'Person') : undefined;
  if (described && roleBefore(ctx, s, first, described, true)) first = described;
  // ("founded by former Acme engineers": the agent is the common noun the name modifies.)
  if (hit.cue.words.at(-1) === 'by' && first.type !== 'Person' && /^\p{Lu}/u.test(first.text) && isNounModifier(ctx, s, first)) return [];
  // "built with the Foundation's Explorations group", "built on Acme Labs' Quillnode": the object is the owned name.
  const owned = mentions.find((m) => m.start >= (first as Mention).end);
  if (owned && isPossessiveGap(s.text.slice(first.end - s.start, owned.start - s.start))) first = owned;
  else if (/^['’]s?\s/.test(s.text.slice(first.end - s.start))) {
    // ("uses Harrowfen's first-gen Tessbar prover": the owned name after a few modifiers; "leverages Harrowfen's security":
    // an owned common noun, which names nothing. Either way the owner is no object.)
    const modifiers = owned ? between(ctx, s, first.end, owned.start) : undefined;
    const words = modifiers?.words.filter((w, i) => !(i === 0 && /^['’]?s$/.test(w.text))) ?? [];
    const describes = words.length <= 3 && words.every((w) => MODIFIER_TAGS.has(w.pos ?? ''));
    if (!owned || !describes || /[,;:()]/.test(modifiers?.text ?? '')) return [];
    first = owned;
  }
  // ("relies on recognized frameworks, such as A and B": examples after the class's comma are the cue's objects.)
  const examples = findCues(ctx.tokens[s.index] ?? [], lexicon).find(
    (h) =>
      h.cue.hyponym &&
      h.cue.appositive &&
      h.start > hit.end &&
      h.end <= (first as Mention).start &&
      /\p{L}\s*,\s*$/u.test(s.text.slice(hit.end - s.start, h.start - s.start)) &&
      between(ctx, s, h.end, (first as Mention).start).words.every((w) => lexicon.determiners.has(w.lower)) &&
      classPhrase(between(ctx, s, hit.end, h.start).words),
  );
  const found = examples ? between(ctx, s, hit.end, s.text.lastIndexOf(',', examples.start - s.start) + s.start) : between(ctx, s, hit.end, first.start);
  // ("e.g. A, B", "e.g., A": the dot and comma that close an abbreviated cue are the cue's.)
  const abbreviated = /^\p{L}$/u.test(hit.cue.words.at(-1) ?? '') && /^\.,?/.test(found.text);
  const gap = abbreviated ? { ...found, text: found.text.replace(/^\.,?/, '') } : found;
  // ("published by the U.S. National Institute ...": an abbreviation's dots end no phrase; "supports three proving
  // systems: A, B and C": a colon after the class the cue counts opens its objects.)
  const colonAfter = /^[^,;:.()]*:\s*$/.test(gap.text) && gap.words.every((w) => w.pos !== 'VERB' && w.pos !== 'AUX');
  // ("uses interactive, multi-round dispute proofs": commas between adjectives end no phrase.)
  const adjectives = gap.words.length > 0 && gap.words.every((w) => w.pos === 'ADJ' || w.pos === 'ADV' || /-/.test(s.text.charAt(w.end - s.start) + s.text.charAt(w.start - s.start - 1)));
  const gapText = adjectives && /^[\s\p{L}\p{N},-]*$/u.test(gap.text) ? gap.text.replace(/,/g, ' ') : gap.text;
  // ("relies on a watchtower service known as Tesselguard": a lower-case phrase that introduces the name stands in no way.)
  const introduced =
    /^[\s\p{L}-]+$/u.test(gap.text) &&
    introducesName(
      ctx,
      gap.words.filter((w) => !lexicon.determiners.has(w.lower)),
    );
  // ("is a special kind of X", "are a much broader form of X": describing words and a kind noun's "of" before the class
  // leave it the class.)
  const kindAt = gap.words.findIndex((w, k) => k > 0 && lexicon.kindNouns.has(w.lower) && gap.words[k + 1]?.lower === 'of' && k + 2 === gap.words.length);
  const kindOf =
    hit.cue.type === 'IS_A' &&
    !hit.cue.hyponym &&
    kindAt > 0 &&
    gap.words.slice(0, kindAt).every((w) => lexicon.determiners.has(w.lower) || w.pos === 'ADJ' || w.pos === 'ADV' || (w.pos === 'VERB' && /ed$/.test(w.lower)));
  // ("relies on several pluggable back-end services, including A": the class that examples follow may take a few more words;
  // so may the describing words before a kind noun.)
  const maxGap = lexicon.data.maxGapWords.object + (examples ? 3 : 0) + (kindOf ? 2 : 0);
  if (/[,;:.()]/.test(gapText.replace(ABBREVIATION, '').replace(colonAfter ? /:\s*$/ : /$^/, '')) || (gap.words.length > maxGap && !introduced)) return [];
  // ("uses per-chain proofs", "relies on on-chain data": a word a hyphen glues to the next is part of a modifier, no preposition.)
  const compound = (w: Token) => /^[-‐]\p{L}/u.test(s.text.slice(w.end - s.start, w.end - s.start + 2));
  if (gap.words.some((w) => !compound(w) && (lexicon.clauseBreakers.has(w.lower) || lexicon.purposeMarkers.has(w.lower) || lexicon.objectBarriers.has(w.lower)))) return [];
  // ("ships chain definitions for Base": a name after a common noun's "for" says what the noun serves; it is no object of the cue.
  // Nor is one after its "by": "is part of an overview by Jane Roe" names the overview's author.)
  const [nounBefore, preposition] = gap.words.slice(-2);
  // (What a thing enables "for" a use is still what it enables: "enables more throughput for lending".)
  const served = preposition?.lower === 'for' && hit.cue.type !== 'ENABLES';
  if ((served || preposition?.lower === 'by') && !hit.cue.words.includes(preposition?.lower ?? '') && nounBefore?.pos === 'NOUN') return [];
  // "are setting precedents for X": a verb after a copula makes it an auxiliary; no class follows.
  // ("the best-known X", "a widely-used X": a participle a hyphen glues to the word before is an adjective.)
  const glued = (w: Token) => s.text.charAt(w.start - s.start - 1) === '-';
  if (hit.cue.type === 'IS_A' && !kindOf && gap.words.some((w) => (w.pos === 'VERB' || w.pos === 'AUX') && !glued(w))) return [];
  // ("is the address of a Quill wallet", "is the final form of the Quorrel design": a name after a preposition of the
  // copula's noun phrase is no class of the subject; "a type of", "an example of" are cues of their own, and "a key
  // module of" makes a part, below.)
  const partOf = (k: number) => gap.words[k]?.lower === 'of' && isPartNoun(ctx, gap.words[k - 1]?.lower ?? '');
  if (hit.cue.type === 'IS_A' && !hit.cue.hyponym && !kindOf && gap.words.some((w, k) => w.pos === 'ADP' && !compound(w) && !partOf(k))) return [];
  // ("renamed its SDK: Quill is now Marrow": a name is renamed to the words right after the cue, never past a colon or comma.)
  if (hit.cue.type === 'FORMERLY_KNOWN_AS' && /[,;:()]/.test(gap.text)) return [];
  // ("Acme formerly used Quillnet": a one-word adverb cue before a verb modifies that verb; it names nothing.)
  const cueWord = (ctx.tokens[s.index] ?? [])[hit.startToken];
  if (hit.endToken - hit.startToken === 1 && cueWord?.pos === 'ADV' && gap.words.some((w) => (w.pos === 'VERB' || w.pos === 'AUX') && !glued(w))) return [];
  // ("addresses this with X": a pronoun right after the cue is its object; the name after the preposition is no object.)
  const [firstWord, secondWord] = gap.words;
  if (firstWord?.pos === 'PRON' && lexicon.anaphors.has(firstWord.lower) && secondWord?.pos === 'ADP') return [];
  // ("the company behind the open-source learning toolkit Quill": a lower-case term that only modifies the kind noun
  // before a name gives way to that name.)
  const named = mentions.find((m) => m.start >= (first as Mention).end);
  const kindNoun = named ? between(ctx, s, first.end, named.start) : undefined;
  const kind = kindNoun?.words.length === 1 ? lexicon.typeByWord.has((kindNoun.words[0] as Token).lower) && /^\s+\S+\s+$/.test(kindNoun.text) : false;
  if (named && kind && startsLower(first.text)) first = named;
  // ("uses a consensus mechanism called Marrow Consensus": the name after a naming word is the object the lower-case phrase only introduces.)
  const naming = named ? between(ctx, s, first.end, named.start) : undefined;
  if (named && naming && startsLower(first.text) && /^[\s\p{L}]+$/u.test(naming.text) && introducesName(ctx, naming.words)) first = named;
  // ("is a gaming rollup": a lower-case term right before another term, a space between, only modifies it; the class is the last.)
  // ("is a Vexmoor rollup", "is a Vexmoor Layer 2": so does a network before a class.)
  for (
    let next = named;
    hit.cue.type === 'IS_A' &&
    next &&
    (isLowerCaseTerm(first.text) || (first.type === 'Network' && (isLowerCaseTerm(next.text) || CLASS_TYPES.has(next.type)))) &&
    s.text.slice(first.end - s.start, next.start - s.start) === ' ';
    next = mentions.find((m) => m.start >= (first as Mention).end)
  )
    first = next;
  // ("A, previously called B, and C both run on D": a rename names one name; the list after it is the clause's.)
  if (hit.cue.type === 'FORMERLY_KNOWN_AS') return [first];
  const out = [first];
  let closed = false;
  for (const next of mentions.filter((m) => m.start >= first.end)) {
    if (closed) break;
    const prev = out[out.length - 1] as Mention;
    // ("including Tessbar (a full node), Vexmoor and Harrowfen": an aside in parentheses after an item is no part of the list.)
    const aside = /^\s*\([^()]*\)/.exec(s.text.slice(prev.end - s.start))?.[0].length ?? 0;
    if (next.start < prev.end + aside) continue;
    const between_ = between(ctx, s, prev.end + aside, next.start);
    // ("runs on CometBFT consensus and the Cosmos SDK": the noun a listed name modifies is part of that item.)
    const headed = between_.words[0] !== undefined && /^\s+$/.test(s.text.slice(prev.end - s.start, between_.words[0].start - s.start));
    const nouns = headed ? between_.words.slice(0, 2).findIndex((w) => w.pos !== 'NOUN' || !startsLower(w.text)) : 0;
    const ownNouns = nouns < 0 ? Math.min(2, between_.words.length) : nouns;
    const listedAfter = lexicon.listConnectors.has(between_.words[ownNouns]?.lower ?? '');
    const g = { ...between_, words: between_.words.slice(listedAfter ? ownNouns : 0) };
    const connects = (w: Token) => lexicon.listConnectors.has(w.lower) || hit.cue.joiners.includes(w.lower);
    // ("A as well as B", "A along with the B": a connector of several words.)
    const phrase = g.words
      .filter((w) => !lexicon.determiners.has(w.lower))
      .map((w) => w.lower)
      .join(' ');
    const connector = phrase.includes(' ') && lexicon.listConnectors.has(phrase);
    const plain = /^[\s,]*$/.test(g.text.replace(/[\p{L}\p{N}]+/gu, ''));
    const joined = plain && (connector || g.words.every((w) => connects(w) || lexicon.determiners.has(w.lower)));
    const connected = g.text.includes(',') || connector || g.words.some(connects);
    // ("a consensus layer called A and an execution layer called B": a connector, then a phrase introducing the next name.)
    const [link, ...rest] = g.words;
    const introducedNext =
      link !== undefined &&
      connects(link) &&
      /^[\s\p{L}-]+$/u.test(g.text) &&
      introducesName(
        ctx,
        rest.filter((w) => !lexicon.determiners.has(w.lower)),
      );
    // "deployed on Kestrel One, a data layer": a class after ", a" describes the name before it.
    if (g.words.length === 1 && INDEFINITE_ARTICLES.has((g.words[0] as Token).lower) && g.text.includes(',') && /^\p{Ll}/u.test(next.text)) break;
    // "built on Lumen, a Rust implementation of ...": a name that modifies a noun lists no further object.
    // ("uses proof recursion and the Tessbar prover": after "and", "the" and a name before its kind noun name one item.)
    const namedItem = g.words.some(connects) && g.words.some((w) => w.lower === 'the') && /^\p{Lu}/u.test(next.text);
    // ("led by A and former Quillnet research lead B": after "and", a group's name and a role describe the next agent.)
    const agent = hit.cue.words.at(-1) === 'by' ? everyName.find((m) => m.start >= next.end && m.type === 'Person') : undefined;
    const pastOrConnector = (w: Token) => connects(w) || (lexicon.data.affiliation?.past.includes(w.lower) ?? false);
    if (agent && g.words.some(connects) && g.words.every(pastOrConnector) && roleBefore(ctx, s, next, agent, true)) {
      out.push(agent);
      closed = true;
      continue;
    }
    if (
      (!joined && !introducedNext) ||
      !connected ||
      (g.words.length > 2 && !connector && !introducedNext) ||
      isModifier(s, next) ||
      (!namedItem && (modifiesNoun(ctx, s, next) || isNounModifier(ctx, s, next)))
    )
      break;
    // ("Built on X, Quillchain inherited ...": a name after a bare comma that a finite verb follows opens the main clause.)
    // (Not a participle of an aside: "A, B, built by C".)
    const sentenceToks = ctx.tokens[s.index] ?? [];
    // ("..., and Strike, the payments app led by Jane Roe, uses it": an aside may stand between the name and its verb.)
    const from = next.end + (/^\s*,\s*(?:the|an?)\s[^,;:()]*,/iu.exec(s.text.slice(next.end - s.start))?.[0].length ?? 0);
    const at = sentenceToks.findIndex((t) => t.start >= from);
    const verbAfter = sentenceToks[at];
    const clauseVerb = verbAfter !== undefined && (verbAfter.pos === 'AUX' || (verbAfter.pos === 'VERB' && !/ing$/.test(verbAfter.lower) && sentenceToks[at + 1]?.lower !== 'by'));
    // ("developed by Vexmoor Labs, and the Quorrel Foundation oversees ...": so does one after a comma and "and".)
    if ((g.words.length === 0 || g.text.includes(',')) && clauseVerb && /^\s+$/.test(s.text.slice(from - s.start, (verbAfter as Token).start - s.start))) break;
    closed = connector || g.words.some(connects);
    out.push(next);
  }
  return out;
}

/** "called", "service known as": at most two lower-case nouns or adjectives, then a naming word (lexicon `namingWords`). */
function introducesName(ctx: Context, words: readonly Token[]): boolean {
  return [1, 2].some(
    (n) =>
      words.length >= n &&
      words.length - n <= 2 &&
      ctx.lexicon.namingWords.has(
        words
          .slice(-n)
          .map((w) => w.lower)
          .join(' '),
      ) &&
      words.slice(0, -n).every((w) => (w.pos === 'NOUN' || w.pos === 'ADJ') && startsLower(w.text)),
  );
}

/** Words of a noun phrase: no verb but a participle or gerund before a noun ("recognized risk-management frameworks"). */
function classPhrase(words: readonly Token[]): boolean {
  // ("any machine learning framework": a gerund right before a noun modifies it, like a participle.)
  return words.every((w, k) => w.pos !== 'AUX' && (w.pos !== 'VERB' || ((isPastParticiple(w) || /ing$/.test(w.lower)) && ['NOUN', 'ADJ', 'PROPN'].includes(words[k + 1]?.pos ?? ''))));
}

const QUANTIFIED = /\b(?:every|each|any|all|most)\s+(?:[\p{Ll}-]+\s+)?$/iu;
const ABBREVIATION = /\b(?:\p{L}\.){2,}/gu;

/** "an advanced scaling technique": a discovered lower-case phrase headed by a bare type noun describes; it names no class. */
function genericClass(ctx: Context, m: Mention): boolean {
  const head = m.text.slice(m.text.lastIndexOf(' ') + 1).toLowerCase();
  return m.discovered === true && startsLower(m.text) && m.text.includes(' ') && ctx.lexicon.typeByWord.has(head);
}

/** "Quill to scale": a name right before "to" and a verb, the agent of what a cue enables. */
function enabledAgent(toks: readonly Token[], o: Mention, nouns = 0): boolean {
  let next = toks.findIndex((t) => t.start >= o.end);
  // ("for Quill adopters to check": the nouns the name modifies may stand first.)
  for (let k = 0; k < nouns && next >= 0 && toks[next]?.pos === 'NOUN'; k += 1) next += 1;
  return next >= 0 && toks[next]?.lower === 'to' && toks[next + 1]?.pos === 'VERB';
}

/** A name that closes a restrictive relative clause on a common noun: "schemes that do not require a trusted setup". */
function inRelativeClause(ctx: Context, s: Sentence, m: Mention): boolean {
  const toks = ctx.tokens[s.index] ?? [];
  const at = toks.findIndex((t) => t.start >= m.start);
  for (let k = at - 1; k > 0; k -= 1) {
    const t = toks[k] as Token;
    if (/[,;:()]/.test(s.text.slice(t.end - s.start, (toks[k + 1] as Token).start - s.start))) return false;
    if (!ctx.lexicon.relativePronouns.has(t.lower)) continue;
    const noun = toks[k - 1] as Token;
    return noun.pos === 'NOUN' && !/[,;:]/.test(s.text.slice(noun.end - s.start, t.start - s.start)) && toks.slice(k + 1, at).some((w) => w.pos === 'VERB' || w.pos === 'AUX');
  }
  return false;
}

import type { Mention, RelationCandidate, Sentence, Block } from '../types';
import type { Lexicon } from '../lexicon';
import { findCues } from '../text/phrases';
import type { Token } from '../text/tokenize';
import { AGENT_TYPES, NAMED_TYPES, nounKey } from '../text/english';
import { antecedent, openingMention } from './antecedents';
import { add, basisAfter, isNounModifier, isPossessiveGap, modifiesNoun, nounTypeAfter, type Context } from './relation-context';

/**
 * Relations a sentence states by ownership and membership rather than by a verb: "Acme's Quill",
 * "Its Quillnet testnet", "Jane Roe and colleagues at Acme Labs", "[Quill](…) - Acme's framework", and by
 * description ("Velora, a lending market on Quillnet").
 */

/** "[FATE](…) - Google's open-source framework for ...": an item described as an owner's thing is developed (or proposed) by the owner. */
export function ownedDescription(ctx: Context, s: Sentence, term: Mention, termEnd: number, mentions: readonly Mention[]): void {
  const rule = ctx.lexicon.data.possessive;
  const owner = mentions[0];
  if (!owner || !rule.ownerTypes.includes(owner.type) || !/^\]?[\s*_\-—–:,]*(?:the\s+)?$/i.test(s.text.slice(termEnd - s.start, owner.start - s.start))) return;
  // ("X: Acme Labs' scaling engine", "X: Acme's C implementation": any word after the possessive but another name.)
  const after = /^['’]s?\s+/u.exec(s.text.slice(owner.end - s.start));
  if (!after || (!/s$/.test(owner.text) && !/^['’]s/u.test(after[0]))) return;
  const next = mentions.find((m) => m.start === owner.end + after[0].length);
  if (next && NAMED_TYPES.has(next.type) && /^\p{Lu}/u.test(next.text) && next.text.length > 1) return;
  const type = rule.typeByOwnedType[term.type] ?? rule.type;
  if (type) add(ctx, term, type, owner, s.index, 'structure:possessive', ctx.lexicon.data.confidence.structure);
}

/** "Jane Roe and colleagues at Acme Labs": a person followed by "at" (and companions) and an organization belongs to it. */
export function affiliations(ctx: Context, s: Sentence, mentions: Mention[]): void {
  const rule = ctx.lexicon.data.affiliation;
  if (!rule) return;
  for (let i = 0; i + 1 < mentions.length; i += 1) {
    const member = mentions[i] as Mention;
    const group = mentions[i + 1] as Mention;
    if (!rule.memberTypes.includes(member.type) || !rule.objectTypes.includes(group.type)) continue;
    const gap = s.text
      .slice(member.end - s.start, group.start - s.start)
      .trim()
      .toLowerCase();
    // ("McMahan et al. at Google": the first author stands for the authors, all of the group.)
    const words = (member.type === 'Person' ? gap.replace(/^et\s+al\.?\s+/, '') : gap).split(/\s+/);
    const [first, second, ...rest] = words;
    // ("Justin Roe of the Acme Foundation": "of" ties a person, not a thing, to a group.)
    const preposition = rule.prepositions.includes(first ?? '') || (first === 'of' && member.type === 'Person');
    const plain = words.length <= 2 && preposition && (second === undefined || second === 'the');
    const companion = first === 'and' && rule.companions.includes(second ?? '') && rest.length <= 2 && rule.prepositions.includes(rest[0] ?? '') && (rest[1] === undefined || rest[1] === 'the');
    const organization = rule.objectTypes[0];
    // (A name the text only guessed a type for may be the organization: "colleagues at EPFL".)
    const orgLike = group.type === organization || group.weakType === true;
    // ("A, B and C at Acme": every person the list joins before "at" belongs to it.)
    const listed = plain && member.type === 'Person' ? joinedTo(s, mentions, i, -1, (m) => m.type === 'Person') : [];
    // ("Jane Roe at Quillnet": a person at a project or network works on it.)
    const workplace = orgLike || (member.type === 'Person' && rule.objectTypes.includes(group.type) && group.weakType !== true);
    if ((plain || companion) && workplace) for (const m of [member, ...listed]) add(ctx, m, rule.type, group, s.index, 'structure:affiliation', ctx.lexicon.data.confidence.structure);
    // ("**Jane Roe**, head of research at Acme": emphasis around the name is no part of what follows it.)
    const between = s.text.slice(member.end - s.start, group.start - s.start).replace(/^[*_]+/, '');
    // ("curated by Jane Roe (Acme Labs) and John Doe (Quillworks)": a person's organization in parentheses.)
    if (member.type === 'Person' && orgLike && /^\s*\(\s*$/.test(between) && /^\s*\)/.test(s.text.slice(group.end - s.start)))
      add(ctx, member, rule.type, group, s.index, 'structure:affiliation', ctx.lexicon.data.confidence.structure);
    // "Jane Roe, Chief Scientist at Acme Labs", "Jane Roe, co-founder and chief executive officer of Quillchain": a role in an aside after a person.
    // ("Jane Roe is a staff engineer at Acme", "Jane Roe (co-founder, Acme)": a copula or a parenthesis may hold the role too.)
    const role = /^(?:,|\s+(?:is|was)|\s*\()\s+(?:(?:the|a|an)\s+)?((?:[\p{L}-]+\s+){1,7})(of|at)\s+(?:the\s+)?$/iu.exec(between) ?? /^\s*\(\s*((?:[\p{L}-]+\s+){0,3}[\p{L}-]+),\s*()$/iu.exec(between);
    // ("Jane Roe, a cryptographer at Acme", "Jane Roe, who leads the grants team at Acme": any description of a person "at" a group.)
    const atGroup = role?.[2]?.toLowerCase() === 'at' || /^,\s+who\s+(?:[\p{L}-]+\s+){1,6}at\s+(?:the\s+)?$/iu.test(between);
    const roleWords = (role?.[1] ?? between).trim().toLowerCase().split(/\s+/);
    if (member.type !== 'Person' || !(atGroup || roleWords.some((w) => rule.roles.includes(w))) || roleWords.some((w) => rule.past.includes(w))) continue;
    const partners = [group, ...joinedTo(s, mentions, i + 1, 1)];
    // (A founder made the group and belongs to it: both relations hold.)
    if (rule.founderType !== undefined && roleWords.some((w) => rule.founders.includes(w)))
      for (const g of partners) add(ctx, g, rule.founderType, member, s.index, 'structure:affiliation', ctx.lexicon.data.confidence.structure);
    for (const g of partners) if (rule.objectTypes.includes(g.type) || g.weakType === true) add(ctx, member, rule.type, g, s.index, 'structure:affiliation', ctx.lexicon.data.confidence.structure);
  }
  for (let i = 0; i + 1 < mentions.length; i += 1) {
    const group = mentions[i] as Mention;
    const member = mentions[i + 1] as Mention;
    const roles = roleBefore(ctx, s, group, member);
    if (!roles || !(rule.objectTypes.includes(group.type) || group.weakType === true)) continue;
    // ("Tessbar co-founder Jane Roe": a founder made the group and belongs to it.)
    if (rule.founderType !== undefined && roles.some((w) => rule.founders.includes(w)))
      add(ctx, group, rule.founderType, member, s.index, 'structure:affiliation', ctx.lexicon.data.confidence.structure);
    add(ctx, member, rule.type, group, s.index, 'structure:affiliation', ctx.lexicon.data.confidence.structure);
  }
}

/**
 * "Tessbar co-founder Jane Roe", "Acme researcher Ravi Ostrane": the words between a group's name and a person's when
 * they end in a role (lexicon `affiliation.roles`); undefined when other words stand there or, unless `pastToo`, a past
 * marker comes before the group ("former Acme researcher").
 */
export function roleBefore(ctx: Context, s: Sentence, group: Mention, member: Mention, pastToo = false): string[] | undefined {
  const rule = ctx.lexicon.data.affiliation;
  if (!rule || member.type !== 'Person' || member.weakType === true || group.type === 'Person') return undefined;
  const words = s.text
    .slice(group.end - s.start, member.start - s.start)
    .replace(/[[\]*_`]/g, ' ')
    .trim()
    .toLowerCase()
    .split(/\s+/);
  const past = rule.past.includes(
    s.text
      .slice(0, group.start - s.start)
      .trimEnd()
      .split(/\s+/)
      .pop()
      ?.toLowerCase() ?? '',
  );
  // ("Acme research lead Jane Roe": words of the field may stand before the role.)
  const role = words.length <= 3 && rule.roles.includes(words.at(-1) ?? '') && words.every((w) => /^\p{Ll}[\p{Ll}-]*$/u.test(w));
  return role && (pastToo || !past) ? words : undefined;
}

/**
 * "Acme Labs was founded by Jane Roe", "Jane Roe co-founded Acme": a founding cue read as the organization developed
 * by the person makes the person part of the organization as well, as a founder's role does ("Jane Roe, co-founder of
 * Acme"). A project or network a person founded is only developed by them. Returns new candidates.
 */
export function foundersAsMembers(candidates: readonly RelationCandidate[], mentions: readonly Mention[], lexicon: Lexicon): RelationCandidate[] {
  const rule = lexicon.data.affiliation;
  const organization = rule?.objectTypes[0];
  if (!rule || !organization) return [...candidates];
  return candidates.flatMap((c) => {
    const cue = c.rule.startsWith('cue:') ? c.rule.slice(4) : undefined;
    const founded = c.type === 'DEVELOPED_BY' && cue !== undefined && rule.foundingCues.includes(cue);
    return founded && mentions[c.subject]?.type === organization && mentions[c.object]?.type === 'Person' ? [c, { ...c, subject: c.object, type: rule.type, object: c.subject }] : [c];
  });
}

/**
 * "A, B and C at Acme", "at Acme and Quillworks": the mentions a list joins to mention `i` by commas and a bare "and",
 * walking back (`step` -1) or on (+1), nearest first, while `keep` holds.
 */
function joinedTo(s: Sentence, mentions: readonly Mention[], i: number, step: 1 | -1, keep: (m: Mention) => boolean = () => true): Mention[] {
  const out: Mention[] = [];
  for (let j = i; mentions[j + step] !== undefined; j += step) {
    const next = mentions[j + step] as Mention;
    const [a, b] = step > 0 ? [mentions[j] as Mention, next] : [next, mentions[j] as Mention];
    if (!keep(next) || !/^\s*(?:,|,?\s+and)\s+(?:the\s+)?$/.test(s.text.slice(a.end - s.start, b.start - s.start))) break;
    out.push(next);
  }
  return out;
}

/**
 * "Its sBTC bridge lets ...", "Its delegate, Jane Roe, argued ...": a possessive pronoun opening a
 * sentence owns the proper name right after it (or the person its noun is in apposition to), which
 * is a part of the pronoun's antecedent.
 */
export function pronounParts(ctx: Context, block: Block, s: Sentence, mentions: readonly Mention[]): void {
  const rule = ctx.lexicon.data.possessive;
  const first = ctx.tokens[s.index]?.[0];
  const owned = mentions[0];
  if (!first || !owned || rule.componentType === undefined || !rule.pronouns.includes(first.lower) || !/^[\s*_]*$/.test(s.text.slice(0, first.start - s.start))) return;
  const gap = s.text.slice(first.end - s.start, owned.start - s.start);
  const named = /^\s+(?:[\p{Ll}-]+\s+){0,2}$/u.test(gap) && /\p{Lu}/u.test(owned.text) && owned.type !== 'Person' && !isNounModifier(ctx, s, owned);
  const member = /^\s+[\p{Ll}-]+,\s+$/u.test(gap) && owned.type === 'Person';
  if (!named && !member) return;
  const owner = antecedent(ctx, block, s, first);
  // (As after a name: an organization's thing is developed by it, its member part of it.)
  const type =
    !owner || owner.weakType === true
      ? undefined
      : rule.componentOwnerTypes.includes(owner.type)
        ? rule.componentType
        : rule.ownerTypes.includes(owner.type)
          ? member
            ? rule.memberType
            : (rule.typeByOwnedType[owned.type] ?? rule.type)
          : undefined;
  if (owner && type) add(ctx, owned, type, owner, s.index, 'structure:possessive', ctx.lexicon.data.confidence.structure);
}

/**
 * "Acme opened its Quorrel network to outside teams": a possessive pronoun inside the clause of the sentence's opening
 * organization owns the proper name right after it (a lower-case word or two may stand between), which that
 * organization developed. Only when the opening name is the one name before the pronoun.
 */
export function clausePossessives(ctx: Context, s: Sentence, mentions: readonly Mention[]): void {
  const rule = ctx.lexicon.data.possessive;
  const owner = openingMention(ctx, s);
  if (!owner || owner.weakType === true || !rule.ownerTypes.includes(owner.type)) return;
  const toks = ctx.tokens[s.index] ?? [];
  for (const pronoun of toks.filter((t) => t.start > owner.end && rule.pronouns.includes(t.lower))) {
    if (mentions.some((m) => m !== owner && m.end <= pronoun.start) || /[,;:()]/.test(s.text.slice(owner.end - s.start, pronoun.start - s.start))) return;
    if (!toks.some((t) => t.start > owner.end && t.end <= pronoun.start && t.pos === 'VERB')) return;
    const owned = mentions.find((m) => m.start > pronoun.end);
    if (!owned || owned.type === 'Person' || !/\p{Lu}/u.test(owned.text) || isNounModifier(ctx, s, owned)) return;
    if (!/^\s+(?:[\p{Ll}-]+\s+){0,2}$/u.test(s.text.slice(pronoun.end - s.start, owned.start - s.start))) return;
    add(ctx, owned, rule.typeByOwnedType[owned.type] ?? rule.type, owner, s.index, 'structure:possessive', ctx.lexicon.data.confidence.structure);
    return;
  }
}

/**
 * "the Linux Foundation's Data Pipeline": a name owned by an organization is developed by it (PART_OF when it is one too).
 * "Quill (Acme Labs)": so is a product with its organization in parentheses. "Acme's founder Jane Roe": a person an
 * organization's role names belongs to it (or founded it).
 */
export function possessives(ctx: Context, s: Sentence, mentions: Mention[]): void {
  const rule = ctx.lexicon.data.possessive;
  for (let i = 0; i + 1 < mentions.length; i += 1) {
    const owner = mentions[i] as Mention;
    const owned = mentions[i + 1] as Mention;
    const gap = s.text.slice(owner.end - s.start, owned.start - s.start);
    const sure = (m: Mention) => rule.ownerTypes.includes(m.type) && m.weakType !== true;
    if (/^\s*\(\s*$/.test(gap) && /^\s*\)/.test(s.text.slice(owned.end - s.start)) && sure(owned) && rule.namedTypes.includes(owner.type)) {
      add(ctx, owner, rule.type, owned, s.index, 'structure:possessive', ctx.lexicon.data.confidence.structure);
      continue;
    }
    const role = /^['’]s\s+((?:[\p{Ll}-]+\s+){1,3})$/u.exec(gap)?.[1]?.trim().split(/\s+/) ?? [];
    const affiliation = ctx.lexicon.data.affiliation;
    if (affiliation && owned.type === 'Person' && sure(owner) && role.some((w) => affiliation.roles.includes(w)) && !role.some((w) => affiliation.past.includes(w))) {
      if (affiliation.founderType !== undefined && role.some((w) => affiliation.founders.includes(w)))
        add(ctx, owner, affiliation.founderType, owned, s.index, 'structure:affiliation', ctx.lexicon.data.confidence.structure);
      add(ctx, owned, affiliation.type, owner, s.index, 'structure:affiliation', ctx.lexicon.data.confidence.structure);
      continue;
    }
    // (A part has a proper name, and its owner a sure type: "NVIDIA's H100" is a product of a company.)
    const termPart = rule.termComponentOwnerTypes.includes(owner.type) && /^\p{Ll}/u.test(owned.text) && owned.type !== 'Person' && !rule.ownerTypes.includes(owned.type);
    const component = rule.componentType !== undefined && rule.componentOwnerTypes.includes(owner.type) && owner.weakType !== true && (/\p{Lu}/u.test(owned.text) || termPart);
    if (!(isPossessiveGap(gap) || describedPossession(ctx, s, gap, owner, owned)) || !(rule.ownerTypes.includes(owner.type) || component)) continue;
    // "Acme's sharding toolkit", "the Foundation's Sharding plan": what is owned is the noun the name
    // modifies ("the Foundation's Harbor Research group" names the group's kind, so it is owned; so does
    // a product's name before its kind, "Acme's Quill prover").
    // ("the Foundation's Quill grant" is still the grant's: its noun types it as something else.)
    const kind = nounTypeAfter(ctx, s, owned);
    const named = rule.namedTypes.includes(owned.type) && /\p{Lu}/u.test(owned.text) && (kind === undefined || kind === owned.type);
    // ("Acme Labs' rollup": one lower-case class word is the owner's instance of the class, no relation to the class.)
    if (/^\p{Ll}[\p{L}-]*$/u.test(owned.text) && !owned.discovered && !termPart) continue;
    // ("SHARP is Acme's proof aggregator", "SHARP, Acme's proof aggregator": the class describes the name before, which is owned.)
    const host = mentions[i - 1];
    if (/^\p{Ll}/u.test(owned.text) && host && /^\p{Lu}/u.test(host.text) && /^[*_`]*\s*(?:,|\s(?:is|was))\s*(?:the\s+)?$/i.test(s.text.slice(host.end - s.start, owner.start - s.start))) continue;
    if (!named && !termPart && (isNounModifier(ctx, s, owned) || (modifiesNoun(ctx, s, owned) && kind !== owned.type))) continue;
    // ("Quillnet's Tessbar-inspired model": a name a hyphen glues to a lower-case word only describes what is owned.)
    if (/^\s*-\p{Ll}/u.test(s.text.slice(owned.end - s.start))) continue;
    // ("Acme's Jane Roe" is a member; "Quillchain's Marrow wallet" is built on the chain it belongs to.)
    const member = owned.type === 'Person' || rule.ownerTypes.includes(owned.type);
    const platform = rule.platformTypes.includes(owner.type) && rule.namedTypes.includes(owned.type) && rule.platformType !== undefined;
    const type = platform ? rule.platformType : component ? rule.componentType : member ? rule.memberType : (rule.typeByOwnedType[owned.type] ?? rule.type);
    if (type) add(ctx, owned, type, owner, s.index, 'structure:possessive', ctx.lexicon.data.confidence.structure);
  }
}

/**
 * "Marrow, Acme's scaling engine", "Jane Roe, Acme's co-founder": a possessive phrase in apposition to a
 * name says who owns the name (its developer, the project it is part of, or for a person the organization she
 * belongs to or founded).
 * The phrase is the owner, "'s" and a few lower-case words, closed by punctuation.
 */
export function apposedPossessives(ctx: Context, s: Sentence, mentions: readonly Mention[]): void {
  const rule = ctx.lexicon.data.possessive;
  const affiliation = ctx.lexicon.data.affiliation;
  for (let i = 1; i < mentions.length; i += 1) {
    const host = mentions[i - 1] as Mention;
    const owner = mentions[i] as Mention;
    // ("SHARP is Acme's proof aggregator": so does one after a copula.)
    if (!/^[*_`]*\s*(?:,|\s(?:is|was))\s*(?:the\s+)?$/i.test(s.text.slice(host.end - s.start, owner.start - s.start))) continue;
    // ("Marrowd, Quillnet's interoperability layer": a project, network or law owns a named part.)
    const component = rule.componentType !== undefined && rule.componentOwnerTypes.includes(owner.type);
    // ("Lena Roe, Veritrace's co-founder": a name only guessed at may be the organization a person has a role in.)
    const guessed = owner.weakType === true && host.type === 'Person';
    if (!((rule.ownerTypes.includes(owner.type) || component) && owner.weakType !== true) && !guessed) continue;
    const phrase = ownedPhrase(ctx, s, owner);
    // (A lower-case term may stand inside the phrase, "Quillnet's interoperability layer"; another name may not.)
    const inside = mentions.slice(i + 1).filter((m) => m.start < owner.end + (phrase?.length ?? 0));
    if (!phrase || inside.some((m) => !/^\p{Ll}/u.test(m.text))) continue;
    const { words } = phrase;
    if (host.type === 'Person') {
      if (!affiliation || !words.some((w) => affiliation.roles.includes(w)) || words.some((w) => affiliation.past.includes(w))) continue;
      if (affiliation.founderType !== undefined && words.some((w) => affiliation.founders.includes(w)))
        add(ctx, owner, affiliation.founderType, host, s.index, 'structure:possessive', ctx.lexicon.data.confidence.structure);
      add(ctx, host, affiliation.type, owner, s.index, 'structure:affiliation', ctx.lexicon.data.confidence.structure);
      continue;
    }
    if (/^\p{Ll}/u.test(host.text) && !host.discovered) continue;
    const type = component ? rule.componentType : (rule.typeByOwnedType[host.type] ?? rule.type);
    if (type) add(ctx, host, type, owner, s.index, 'structure:possessive', ctx.lexicon.data.confidence.structure);
  }
}

/**
 * "'s scaling engine," after an owner: "'s" and up to five lower-case words, closed by punctuation or by a preposition or
 * relative pronoun that goes on to describe the thing ("Meta's library for training ...", "Acme's prover that ...").
 * Returns how far the phrase reaches from the owner's end, and its words; or null.
 */
function ownedPhrase(ctx: Context, s: Sentence, owner: Mention): { length: number; words: string[] } | null {
  const rest = s.text.slice(owner.end - s.start);
  const closed = /^['’]s?\s+((?:[\p{Ll}-]+\s+){0,4}[\p{Ll}-]+)\s*(?:[,.;:)]|$)/u.exec(rest);
  if (closed) return { length: closed[0].length, words: (closed[1] as string).split(/\s+/) };
  const open = /^['’]s?\s+((?:[\p{Ll}-]+\s+){0,4}[\p{Ll}-]+)\s+/u.exec(rest);
  if (!open) return null;
  // (The words stop at the first preposition or relative pronoun.)
  const words = (open[1] as string).split(/\s+/);
  const toks = (ctx.tokens[s.index] ?? []).filter((t) => t.start > owner.end);
  const stop = toks.findIndex((t, k) => k > 0 && k <= words.length && (t.pos === 'ADP' || ctx.lexicon.relativePronouns.has(t.lower)));
  if (stop < 1 || toks.slice(0, stop).some((t) => t.pos === 'ADP' || t.pos === 'VERB' || !/^\p{Ll}/u.test(t.text))) return null;
  const last = toks[stop - 1] as Token;
  return { length: last.end - owner.end, words: words.slice(0, stop) };
}

/**
 * "Velora, a lending market on Quillnet One", "X is a mobile wallet for Quillchain", "a bridge between A and B",
 * "**X**: A permissionless rollup on Quillnet", "X, as a rollup for Quillnet,": a description of what a name is that places it
 * on networks says it is built on them.
 */
export function placedOn(ctx: Context, s: Sentence, mentions: readonly Mention[]): void {
  const rule = ctx.lexicon.data.possessive;
  for (const [i, subject] of mentions.entries()) {
    // (A lower-case class is described, not placed: "one of the validity proofs is a proof generated for X". A capitalised
    // name the text discovered is placed whatever type its class lent it: "Quorrel is a rollup on X".)
    const discoveredName = subject.discovered && /^\p{Lu}/u.test(subject.text);
    if (AGENT_TYPES.has(subject.type) || !(NAMED_TYPES.has(subject.type) || discoveredName)) continue;
    const place = mentions.slice(i + 1).find((m) => PLACED.test(s.text.slice(subject.end - s.start, m.start - s.start)));
    if (!place || !rule.platformTypes?.includes(place.type)) continue;
    // (A verb cue between says something else: "X uses Y on Z"; the copula's "is a" is the description's own.)
    const cues = findCues(ctx.tokens[s.index]?.filter((t) => t.start >= subject.end && t.end <= place.start) ?? [], ctx.lexicon);
    if (cues.some((h) => h.cue.type !== 'IS_A' || h.cue.hyponym)) continue;
    const places = [place, ...joinedTo(s, mentions, mentions.indexOf(place), 1, (m) => m.type === place.type)];
    for (const p of places) add(ctx, subject, rule.platformType ?? 'BUILT_ON', p, s.index, 'structure:placed', ctx.lexicon.data.confidence.structure);
  }
}

/**
 * "Zorblax, the Quillnet library from Acme", "Marrowd, a Quillnet chain", "Scanline, the Quillnet-based explorer": a project
 * or network that modifies the lower-case noun of an aside on a named system is what that system is built on.
 */
export function builtOnModifier(ctx: Context, s: Sentence, mentions: readonly Mention[]): void {
  const rule = ctx.lexicon.data.possessive;
  const system = (m: Mention) => m.type === 'Project' || m.type === 'Network';
  for (let i = 1; i < mentions.length; i += 1) {
    const host = mentions[i - 1] as Mention;
    const base = mentions[i] as Mention;
    // (A name the text discovered may be a system whatever the cue before it guessed: "relies on Harborline, the ... client".)
    const hostSystem = system(host) || (host.discovered && host.type !== 'Person' && host.type !== 'Organization');
    // (A catalog name may be spelled in lower case: "a quill-sdk based chain".)
    if (!hostSystem || !system(base) || base.weakType === true || (base.discovered && !/^\p{Lu}/u.test(base.text)) || /^\p{Ll}/u.test(host.text)) continue;
    // ("Quillnet is a Rust library", "Marrowd is a Quillnet chain": so does the class after a copula.)
    if (!/^[*_`]*\s*(?:,|\s(?:is|was|are|were))\s*(?:an?|the)\s+$/i.test(s.text.slice(host.end - s.start, base.start - s.start))) continue;
    // ("Q, the Quill Kit, a Rust library": an aside after an aside describes the first name; this rule reads no chain.)
    if (/,\s*(?:an?|the)\s+$/i.test(s.text.slice(0, host.start - s.start))) continue;
    // (The name is fused to the noun ("-based", "-side") or stands right before it; a possessive or a verb after it is no modifier.)
    const next = ctx.tokens[s.index]?.find((t) => t.start >= base.end);
    const gap = next ? s.text.slice(base.end - s.start, next.start - s.start) : '';
    if (!next || !/^\p{Ll}/u.test(next.text) || !/^(?:-|\s+)$/.test(gap) || (gap !== '-' && next.pos !== 'NOUN' && next.pos !== 'ADJ' && !basisAfter(ctx, s, base))) continue;
    // ("a Rust-like language" is compared to Rust; "the Rust execution client" is written in Rust, which it uses; "a
    // Quillnet module" is a part, below.)
    if ((gap === '-' && ctx.lexicon.likenessSuffixes.has(next.lower)) || ctx.lexicon.componentNouns.has(nounKey(next.lower))) continue;
    const language = ctx.lexicon.languages.has(base.text.toLowerCase());
    add(ctx, host, language ? 'USES' : (rule.platformType ?? 'BUILT_ON'), base, s.index, 'structure:placed', ctx.lexicon.data.confidence.structure);
  }
}

/**
 * "Quill is a Tessnet Layer module", "Tessbar is currently the most widely used Harbor component": a name that modifies a
 * component noun (lexicon `componentNouns`) after a copula is the whole the subject is part of.
 */
export function partOfModifier(ctx: Context, s: Sentence, mentions: readonly Mention[]): void {
  const toks = ctx.tokens[s.index] ?? [];
  for (let i = 1; i < mentions.length; i += 1) {
    const part = mentions[i - 1] as Mention;
    const whole = mentions[i] as Mention;
    if (AGENT_TYPES.has(part.type) || AGENT_TYPES.has(whole.type) || !/^\p{Lu}/u.test(whole.text)) continue;
    const copula = PART_COPULA.exec(s.text.slice(part.end - s.start, whole.start - s.start));
    if (!copula || (copula[2] !== undefined && !ctx.lexicon.componentNouns.has(nounKey(copula[2])))) continue;
    // (The words between the article and the name describe: "a proposed", "the most widely used"; a noun is a class of its own.)
    const describing = toks.filter((t) => t.start >= part.end + (copula[1] as string).length && t.end <= whole.start);
    if (describing.some((t) => t.pos === 'NOUN' || t.pos === 'PROPN')) continue;
    const at = toks.findIndex((t) => t.start >= whole.end);
    const noun = toks[at];
    const after = toks[at + 1];
    if (!noun || s.text.slice(whole.end - s.start, noun.start - s.start) !== ' ' || !ctx.lexicon.componentNouns.has(nounKey(noun.lower))) continue;
    // ("a Harbor module system" is no module.)
    if (after && after.pos === 'NOUN' && s.text.slice(noun.end - s.start, after.start - s.start) === ' ') continue;
    add(ctx, part, 'PART_OF', whole, s.index, 'structure:part-modifier', ctx.lexicon.data.confidence.structure);
  }
}

/** After a name (and its own kind noun, group 2: "the Quill module is ..."): a copula and an article (group 1), then up to three describing words before the next name. */
const PART_COPULA = /^([*_`]*(?:\s+(\p{Ll}+))?\s+(?:is|was|are|were)\s+(?:(?:currently|also|now|still)\s+)?(?:an?|the|one\s+of\s+the)\s+)(?:[\p{Ll}-]+\s+){0,3}$/u;

/** "the Marrow network on Quillnet", "Zorblax on Quillnet": a name followed right away by "on" and a network is deployed on it. */
export function nameOnNetwork(ctx: Context, s: Sentence, mentions: readonly Mention[]): void {
  const rule = ctx.lexicon.data.possessive;
  for (let i = 1; i < mentions.length; i += 1) {
    const name = mentions[i - 1] as Mention;
    const place = mentions[i] as Mention;
    if ((name.type !== 'Project' && name.type !== 'Network') || !/^\p{Lu}/u.test(name.text) || !rule.platformTypes.includes(place.type)) continue;
    if (!/^\s+on\s+(?:the\s+)?$/.test(s.text.slice(name.end - s.start, place.start - s.start))) continue;
    // ("built Quill on Solana", "votes on Snapshot": a verb before the name takes "on" itself.)
    const before = ctx.tokens[s.index]?.filter((t) => t.end <= name.start).pop();
    if (before && (before.pos === 'VERB' || before.pos === 'AUX')) continue;
    add(ctx, name, rule.platformType ?? 'BUILT_ON', place, s.index, 'structure:placed', ctx.lexicon.data.confidence.structure);
  }
}

const PLACED = /^[*_]*(?:\s*[,:]|\s+(?:is|was))\s+(?:as\s+)?(?:[Aa]n?|[Tt]he|one\s+of\s+the)\s+(?:[\p{L}\p{N}-]+\s+){1,5}(?:on|for|between)\s+(?:the\s+)?$/u;

/**
 * "StarkWare's first-gen Stone prover", "Acme's open-source Quill SDK": between an owner's "'s" and a proper name, one or
 * two lower-case words that only describe it (adjectives, hyphenated modifiers) leave the name owned.
 */
function describedPossession(ctx: Context, s: Sentence, gap: string, owner: Mention, owned: Mention): boolean {
  if (!/^['’]s?\s+(?:\p{Ll}[\p{Ll}\p{N}-]*\s+){1,2}$/u.test(gap) || !/^\p{Lu}/u.test(owned.text)) return false;
  const words = (ctx.tokens[s.index] ?? []).filter((t) => t.start > owner.end + 1 && t.end <= owned.start && /^\p{L}/u.test(t.text));
  return words.length > 0 && words.every((w) => w.pos === 'ADJ' || /[-‐]/.test(s.text.slice(w.start - s.start - 1, w.end - s.start + 1)));
}

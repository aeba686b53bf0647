import { nameKey } from '../../domain/names';
import type { EntityType } from '../../domain/vocabulary';
import type { Lexicon } from '../lexicon';
import { GIVEN_NAMES } from '../text/given-names';
import { CLASS_TYPES, COMPLEMENT_OF, CONTENT_TAGS, FUNCTION_TAGS, INDEFINITE_ARTICLES, isFiniteVerb, isGerund, isPresentVerb, NAMED_TYPES, TERM_TYPES } from '../text/english';
import { acronymStart, afterNameModifier, findCues, isPossessiveS, properPhraseEnd, roleAt } from '../text/phrases';
import { isCommonAdjective, isCommonPlural, isEnglishWord } from '../text/pos';
import { isCapitalized, joinsName, startsLower, type Token } from '../text/tokenize';
import type { Mention, Sentence, Span } from '../types';

/** A mention before it is numbered and placed in its sentence. */
export type Found = Omit<Mention, 'index' | 'sentence' | 'text'>;

const SHORT_FORM = /\(([^()\s]{2,10})\)/g;

/** Text before a cue that opens with a name, then one aside between commas: group 1 is the name, up to its comma. */
const ASIDE_BEFORE_CUE = /^([\s*_"“]*[\p{L}\p{N}][\p{L}\p{N} .-]*?)[*_]*\s*,\s*[^,;:()]+,\s*$/u;

/** An item's defined term, unless the catalog already names it or it only lists catalog names. */
export function discoverTerm(term: Span, toks: readonly Token[], found: Found[], lexicon: Lexicon, itemType?: EntityType): Found[] {
  const paren = term.text.indexOf('(');
  const nameEnd = term.start + (paren > 0 ? term.text.slice(0, paren).trimEnd().length : term.text.length);
  const words = toks.filter((t) => t.start >= term.start && t.end <= nameEnd);
  const first = words[0];
  const last = words[words.length - 1];
  if (!first || !last) return [];
  const inside = found.filter((f) => f.start >= first.start && f.end <= last.end);
  const uncovered = words.filter((w) => !inside.some((f) => f.start <= w.start && w.end <= f.end));
  if (uncovered.every((w) => lexicon.listConnectors.has(w.lower))) return [];
  for (const f of inside) f.nested = true;
  const name = term.text.slice(first.start - term.start, last.end - term.start);
  const type = itemType ?? headType(words, lexicon);
  // "**Upgrades**: contract upgrades require ...": a plain common-noun label whose text defines nothing ("a/an ...") is an aspect, no name.
  const next = toks.find((t) => t.start >= term.end);
  // (One word only when it is a common noun: "Celestia: uses sampling" is a name.)
  const common = words.length > 1 || first.pos === 'NOUN' || (first.lemma !== undefined && first.lemma !== first.lower);
  // ("**Harrowfen engine**: …": a first word no dictionary holds is a name's, not a plain label's.)
  const plainLabel = /^\p{Lu}[\p{Ll}-]*(?:\s+[\p{Ll}-]+)*$/u.test(name) && inside.length === 0 && common && isEnglishWord(first.lower);
  if (type === undefined && plainLabel && next !== undefined && !INDEFINITE_ARTICLES.has(next.lower)) return [];
  // ("**Extendable**: Acme's SDK grows with …": a one-word label that is an adjective states a quality, no name.)
  if (words.length === 1 && inside.length === 0 && (isCommonAdjective(first.lower) || /\p{L}(?:able|ible)$/u.test(first.lower))) return [];
  // ("**Self-custodial wallets** (Phoenix, Zeus): …": a plain plural label names a class of things, not one of them.)
  const classLabel = plainLabel && words.length > 1 && isPluralNoun(last) && type !== undefined && NAMED_TYPES.has(type);
  const f = discovered(first.start, last.end, name, classLabel ? 'Concept' : (type ?? 'Concept'), 'discover:term', lexicon);
  // An untyped item name is typed by its relations; one that looks like a name ("LND", "zkSync") leans to a project.
  return [type !== undefined ? f : { ...f, type: words.some((w) => w.pos === 'PROPN' || /\p{Lu}.*\p{Lu}|\p{N}/u.test(w.text)) ? 'Project' : 'Concept', weakType: true }];
}

/** Names the catalog lacks: acronym definitions, names next to cue phrases, listed examples, owners. */
export function discoverInSentence(s: Sentence, toks: readonly Token[], found: Found[], lexicon: Lexicon): Found[] {
  const out: Found[] = [];
  const overlaps = (t: Token) => (f: Found) => !f.nested && f.start < t.end && t.start < f.end;
  const covered = (i: number) => {
    const t = toks[i];
    return t !== undefined && (found.some(overlaps(t)) || out.some(overlaps(t)));
  };
  const add = (from: number, to: number, type: EntityType | undefined, rule: string, alias: string | null = null, headed = false, weak = false, whole = false) => {
    if (to <= from || type === undefined) return;
    const last = toks[to - 1] as Token;
    const heads = found.filter((f) => !f.nested && f.start >= (toks[from] as Token).start && (f.end < last.end || ((headed || whole) && f.end === last.end && f.start > (toks[from] as Token).start)));
    const words = toks.slice(from, to);
    const plain = headed || !words.some((w) => lexicon.minorWords.has(w.lower));
    const head = headType(words, lexicon);
    // ("SingularityNET and Ocean Protocol": "and" between two known names joins two names, not one.)
    const joinsKnown = words.some(
      (w, i) => i > 0 && lexicon.listConnectors.has(w.lower) && heads.some((f) => f.end === (words[i - 1] as Token).end) && heads.some((f) => f.start === (words[i + 1] as Token | undefined)?.start),
    );
    // ("formerly known as ConsenSys zkEVM": a name given as a name is the whole phrase, whatever names it holds.)
    const takesOver = heads.length > 0 && plain && !joinsKnown && NAMED_TYPES.has(type) && ((head !== undefined && NAMED_TYPES.has(head)) || whole);
    for (let k = from; k < to; k += 1) if (covered(k) && !takesOver) return;
    if (takesOver) for (const f of heads) f.nested = true;
    const a = toks[from] as Token;
    const b = toks[to - 1] as Token;
    const f = discovered(a.start, b.end, s.text.slice(a.start - s.start, b.end - s.start), type, rule, lexicon, alias);
    out.push(weak ? { ...f, weakType: true } : f);
  };
  const at = (offset: number) => toks.findIndex((t) => t.start >= offset);
  for (const m of s.text.includes('(') ? s.text.matchAll(SHORT_FORM) : []) {
    const shortForm = m[1] ?? '';
    const open = at(s.start + (m.index ?? 0));
    // ("Frequently Asked Questions (FAQ)": a short form that is itself a word of no name, the lexicon's `junkWords`, names nothing.)
    if (!/\p{Lu}/u.test(shortForm) || open <= 0 || lexicon.junkWords.has(shortForm.toLowerCase())) continue;
    const from = acronymStart(toks.slice(Math.max(0, open - 12), open), shortForm);
    if (from < 0) continue;
    const start = Math.max(0, open - 12) + from;
    const words = toks.slice(start, open);
    const before = out.length;
    add(start, open, headType(words, lexicon) ?? 'Concept', 'discover:acronym', shortForm);
    const short = toks[open];
    // "Federated learning (FL)" where the long form is already a name (of the catalog, say): the short form is that name too.
    const named = out.length === before ? found.find((f) => !f.nested && f.start === (toks[start] as Token).start && f.end === (toks[open - 1] as Token).end) : undefined;
    const long = out[before] ?? named;
    if (long && short && !covered(open)) out.push({ ...long, start: short.start, end: short.end, alias: named ? shortForm : null, rule: named ? 'discover:acronym' : long.rule });
  }
  for (const hit of findCues(toks, lexicon)) {
    const { cue } = hit;
    if (!cue.discovers) continue;
    // ("There is a risk that …": an existential copula says what exists; its noun names no class.)
    if (cue.type === 'IS_A' && !cue.hyponym && lexicon.existentialWords.has(toks[hit.startToken - 1]?.lower ?? '')) continue;
    if (cue.hyponym) {
      const classNoun = toks[hit.startToken - 1];
      const items = listItems(toks, hit.endToken, s, lexicon);
      // ("frameworks such as PyTorch, JAX and Quorrel": examples the catalog knows type the others, before the class noun.)
      const catalogType = (from: number, to: number) => found.find((f) => !f.nested && !f.discovered && f.start === (toks[from] as Token).start && f.end === (toks[to - 1] as Token).end)?.type;
      const type = commonType(items.map(([from, to]) => catalogType(from, to))) ?? (classNoun ? lexicon.typeByWord.get(classNoun.lower) : undefined);
      for (const [from, to] of items) {
        const capital = isCapitalized((toks[from] as Token).text);
        if (capital) add(from, Math.min(to, properPhraseEnd(toks, from, s.text, s.start, lexicon)), type ?? headType(toks.slice(from, to), lexicon) ?? 'Concept', 'discover:example');
        // "challenges such as climate change, healthcare": an example whose own head noun is typed keeps that type.
        // ("including Rayls, developed by Acme, and ...", "a network in which ...": a participle clause or a phrase ending
        // in a preposition is no example.)
        // ("climate change and data leakage remain": a verb after the last example closes it.)
        else if (type !== undefined) {
          let end = to;
          // (Not a part glued by a hyphen: "front-running".)
          while (end > from + 1 && ['VERB', 'AUX'].includes((toks[end - 1] as Token).pos ?? '') && /^\s+$/.test(gap(toks, end - 2, s))) end -= 1;
          if (end - from <= 3 && plainPhrase(toks.slice(from, end), lexicon)) add(from, end, lexicon.typeByWord.get((toks[end - 1] as Token).lower) ?? type, 'discover:example');
        }
      }
      continue;
    }
    const roles = lexicon.data.roleTypes[cue.type];
    const k = hit.startToken - 1;
    // ("So rather than ...": a capitalised adverb or conjunction before the cue is no name.)
    const before = toks[k];
    if (before && !covered(k) && isCapitalized(before.text) && !lexicon.stopwords.has(before.lower) && !isPluralNoun(before) && !FUNCTION_TAGS.has(before.pos ?? '')) {
      let from = k;
      // "Later FL uses ...": a capitalised adverb or function word opening the sentence is no part of the name.
      while (from > 0 && joinsName(gap(toks, from - 1, s)) && isCapitalized((toks[from - 1] as Token).text) && !FUNCTION_TAGS.has((toks[from - 1] as Token).pos ?? '')) from -= 1;
      // ("In November 2025 Acme Labs released ...": a date before the name is no part of it; "Choosing Quorrel instead of ...":
      // nor is a gerund that opens the sentence.)
      while (
        from <= k &&
        (lexicon.stopwords.has((toks[from] as Token).lower) ||
          lexicon.junkWords.has((toks[from] as Token).lower) ||
          /^\p{N}+$/u.test((toks[from] as Token).text) ||
          (from === 0 && from < k && isGerund(toks[from])))
      )
        from += 1;
      const classType = cue.type === 'IS_A' ? classHeadType(toks, hit.endToken, s, lexicon) : undefined;
      const own = headType(toks.slice(from, k + 1), lexicon) ?? classType;
      // A type guessed from the cue's roles is weak: the relations of every mention vote in resolve.
      // ("Experiments ran on ...": one capitalised plural of a common noun is no name.)
      if (from < k || !isCommonPlural(before.lower)) add(from, k + 1, own ?? (cue.inverse ? roles?.object : roles?.subject), 'discover:cue-subject', null, false, own === undefined);
    }
    // ("Quorrel, Acme's rollup framework, relies on X", "Quorrel, which Acme maintains, uses X", "Quorrel, like Tessbar,
    // uses X": a name opening the sentence before one aside that closes right before the cue is the cue's subject.)
    const closedAside = ASIDE_BEFORE_CUE.exec(s.text.slice(0, hit.start - s.start));
    const nameEnd = closedAside ? toks.findIndex((t) => t.start >= s.start + (closedAside[1] as string).length) : -1;
    const asideOpener = toks[nameEnd];
    if (
      nameEnd > 0 &&
      nameEnd <= 4 &&
      asideOpener !== undefined &&
      (lexicon.determiners.has(asideOpener.lower) || lexicon.relativePronouns.has(asideOpener.lower) || lexicon.comparisonOpeners.has(asideOpener.lower) || isCapitalized(asideOpener.text)) &&
      toks.slice(0, nameEnd).every((t, i) => isCapitalized(t.text) && !covered(i) && !lexicon.stopwords.has(t.lower) && !lexicon.junkWords.has(t.lower) && !FUNCTION_TAGS.has(t.pos ?? '')) &&
      (nameEnd > 1 || (toks[0] as Token).pos === 'PROPN' || !isEnglishWord((toks[0] as Token).lower))
    ) {
      const own = headType(toks.slice(0, nameEnd), lexicon);
      add(0, nameEnd, own ?? (cue.inverse ? roles?.object : roles?.subject), 'discover:cue-subject', null, false, own === undefined);
    }
    // "Remote attestation addresses ...": a lower-case noun phrase opening the sentence (capitalised only as its first word) is the cue's subject.
    const opening = toks.slice(0, hit.startToken);
    const head = opening.at(-1);
    if (
      !cue.inverse &&
      opening.length >= 2 &&
      opening.length <= 3 &&
      head &&
      roles?.subject !== undefined &&
      /^[\s*_"“]*$/.test(s.text.slice(0, (opening[0] as Token).start - s.start)) &&
      /^\p{Lu}\p{Ll}+$/u.test((opening[0] as Token).text) &&
      opening.slice(1).every((t) => startsLower(t.text)) &&
      !opening.some((_, i) => covered(i)) &&
      !lexicon.stopwords.has((opening[0] as Token).lower) &&
      // ("Cutting fees using X", "Speeding up proofs with Y": a gerund with its object is an action, no term.)
      !(isGerund(opening[0]) && /^\s+$/.test(gap(toks, 0, s))) &&
      isNounPhrase(opening, lexicon, s)
    ) {
      const own = headType(opening, lexicon);
      add(0, hit.startToken, own ?? (TERM_TYPES.has(roles.subject) ? roles.subject : 'Technique'), 'discover:cue-subject', null, false, own === undefined);
    }
    let j = hit.endToken;
    while (j < toks.length && lexicon.stopwords.has((toks[j] as Token).lower) && j - hit.endToken < 2) j += 1;
    j = afterNameModifier(toks, j, s.text, s.start);
    if (j < toks.length && isCapitalized((toks[j] as Token).text) && (!covered(j) || properPhraseEnd(toks, j, s.text, s.start, lexicon) > j + 1)) {
      // ("between Quillnet and Marrow Chain", Quillnet known: a known name before "and" is a name of its own.)
      const known = catalogNameAt(found, toks[j]);
      const knownEnd = known && known.start === (toks[j] as Token).start ? toks.findIndex((t) => t.start >= known.end) : -1;
      const whole = knownEnd > j && lexicon.listConnectors.has(toks[knownEnd]?.lower ?? '') ? knownEnd : properPhraseEnd(toks, j, s.text, s.start, lexicon);
      // "replaced Zstandard with Brotli", "combines Foo with Bar": the cue's "with" starts another name.
      const cut = cue.exchange || cue.joiners.includes('with') ? toks.slice(j, whole).findIndex((t) => t.lower === 'with') : -1;
      const end = cut > 0 ? j + cut : whole;
      // (An aside's name before an inverse cue is what the object is not: "Acme, the company behind Quill".)
      const subject =
        cue.appositive && !cue.inverse
          ? [...found, ...out]
              .filter((f) => !f.nested && f.end <= hit.start)
              .sort((a, b) => a.end - b.end)
              .pop()
          : undefined;
      // ("led by Tessbar co-founder Jane Roe": a name a role and a person follow is the person's group, no agent.)
      const rest = s.text.slice((toks[end - 1] as Token).end - s.start).trimStart();
      const role = roleAt(rest, lexicon);
      const group = role !== undefined && /^\s+\p{Lu}/u.test(rest.slice(role.length)) ? lexicon.data.affiliation?.objectTypes[0] : undefined;
      const own = subject?.type ?? headType(toks.slice(j, end), lexicon) ?? group;
      add(j, end, own ?? (cue.inverse ? roles?.subject : roles?.object), 'discover:cue-object', null, false, own === undefined, cue.type === 'FORMERLY_KNOWN_AS');
    } else if (j === hit.endToken || toks.slice(hit.endToken, j).every((t) => lexicon.determiners.has(t.lower))) {
      const end = lowerPhraseEnd(toks, j, s, lexicon);
      const type = end > j ? lexicon.typeByWord.get((toks[end - 1] as Token).lower) : undefined;
      const nextCue = lexicon.cuesByFirstWord.get(toks[end]?.lower ?? '')?.some((c) => c.hyponym);
      const longer = lowerPhraseEnd(toks, j, s, lexicon, 4) > end;
      const named = cue.inverse ? roles?.subject : roles?.object;
      // ("rather than manual spreadsheets": a lower-case alternative is a technique, not a named project.)
      const role = named !== undefined && TERM_TYPES.has(named) ? named : cue.type === 'ALTERNATIVE_TO' ? 'Technique' : undefined;
      const before = out.length;
      // "was previously called flwr-dp-examples": a name the cue expects may be a lower-case code name, one word joined by hyphens or dots.
      // A former name may also be one word set off in backticks or quotes, or no English word ("was known as zkhelpers").
      const renamed = cue.type === 'FORMERLY_KNOWN_AS';
      const expectsName = named !== undefined && NAMED_TYPES.has(named) && !hit.cues.some((c) => c.objectTypes?.some((t) => TERM_TYPES.has(t)));
      const joined = end > j + 1 && toks.slice(j + 1, end).every((t, k) => /^[-.]$/.test(gap(toks, j + k, s)));
      const oneWord = renamed && j === hit.endToken && j < toks.length && (/[`"“']$/.test(s.text.slice(0, (toks[j] as Token).start - s.start)) || !isEnglishWord((toks[j] as Token).lower));
      const codeName = expectsName && (joined || oneWord);
      if (codeName) add(j, joined ? end : j + 1, named, 'discover:cue-object', null, false, true, renamed);
      else if (type !== undefined && TERM_TYPES.has(type) && !nextCue && !longer && j === hit.endToken) add(j, end, type, 'discover:cue-object');
      // "relies on model inventories", "employs confidential transactions": a noun phrase of two or more
      // words after a cue is a term of the kind the cue's role names (a technique for "uses"); weakly typed.
      else if (type === undefined && role !== undefined && !nextCue && !longer && isNounPhrase(toks.slice(j, end), lexicon, s) && toks[end]?.lower !== COMPLEMENT_OF)
        add(j, end, role, 'discover:cue-object', null, false, role === named);
      // ("fixed fragmentation", "addresses centralisation": what a thing addresses may be one abstract noun, a challenge.)
      else if (type === undefined && role === 'Challenge' && end === j + 1 && j === hit.endToken && abstractNoun(toks[j] as Token) && toks[end]?.lower !== COMPLEMENT_OF)
        add(j, end, role, 'discover:cue-object', null, false, true);
      // "relies on shared sequencing and threshold signatures": a noun phrase joined to the object is another object.
      const object = out.length > before ? out[out.length - 1] : undefined;
      const k = end + 1;
      if (
        object &&
        role !== undefined &&
        k < toks.length &&
        /^\s*(?:,\s*)?(?:and|or)\s+$/.test(s.text.slice((toks[end - 1] as Token).end - s.start, (toks[k] as Token).start - s.start)) &&
        (toks[end] as Token | undefined)?.pos === 'CCONJ'
      ) {
        const otherEnd = lowerPhraseEnd(toks, k, s, lexicon);
        // ("addresses spam and bribery": one word the lexicon types as a term is a term too.)
        const typedWord =
          otherEnd === k + 1 &&
          (toks[k] as Token).pos === 'NOUN' &&
          (TERM_TYPES.has(lexicon.typeByWord.get((toks[k] as Token).lower) as EntityType) || (object.type === 'Challenge' && abstractNoun(toks[k] as Token)));
        if (otherEnd > k && (typedWord || isNounPhrase(toks.slice(k, otherEnd), lexicon, s)) && lowerPhraseEnd(toks, k, s, lexicon, 4) === otherEnd)
          add(k, otherEnd, object.type, 'discover:cue-object', null, false, object.weakType === true);
      }
    }
    // "combines Chaumian e-cash with federated custody": the joined object is named like the first.
    const joiner = cue.joiners.length > 0 ? toks.findIndex((t, i) => i > hit.endToken && i - hit.endToken <= 6 && cue.joiners.includes(t.lower)) : -1;
    let w = joiner + 1;
    while (joiner > 0 && w < toks.length && lexicon.determiners.has((toks[w] as Token).lower)) w += 1;
    if (joiner > 0 && w < toks.length && startsLower((toks[w] as Token).text)) {
      const end = lowerPhraseEnd(toks, w, s, lexicon);
      const type = end > w ? lexicon.typeByWord.get((toks[end - 1] as Token).lower) : undefined;
      if (type !== undefined && TERM_TYPES.has(type) && lowerPhraseEnd(toks, w, s, lexicon, 4) === end) add(w, end, type, 'discover:cue-object');
    }
  }
  for (let j = 1; j < toks.length; j += 1) {
    const tok = toks[j] as Token;
    const possessive = isPossessiveS(toks, j, s.text, s.start);
    const typed = !possessive && startsLower(tok.text) ? lexicon.typeByWord.get(tok.lower) : undefined;
    if (!possessive && (typed === undefined || !NAMED_TYPES.has(typed))) continue;
    const k = j - 1;
    if (covered(k) || !isCapitalized((toks[k] as Token).text) || !joinsName(possessive ? ' ' : gap(toks, k, s).replace(/["”]/g, ''))) continue;
    let from = k;
    while (
      from > 0 &&
      joinsName(gap(toks, from - 1, s)) &&
      (isCapitalized((toks[from - 1] as Token).text) ||
        // ("Bank of England", but not "March 2022 the Quill": an article joins no name.)
        (from > 1 && lexicon.minorWords.has((toks[from - 1] as Token).lower) && !lexicon.determiners.has((toks[from - 1] as Token).lower) && isCapitalized((toks[from - 2] as Token).text)))
    )
      from -= 1;
    while (from <= k && lexicon.stopwords.has((toks[from] as Token).lower)) from += 1;
    if (from === 0 && k === 0) continue;
    add(from, k + 1, possessive ? headType(toks.slice(from, k + 1), lexicon) : typed, possessive ? 'discover:owner' : 'discover:named');
  }
  // ("the Quill Network on Marrowchain": a name, "on" and a known network place the name; they make no longer one.)
  const placed = (from: number, to: number) =>
    toks
      .slice(from + 1, to - 1)
      .some(
        (t, k) =>
          t.lower === 'on' &&
          found.some((f) => !f.discovered && f.start === (toks[from + k + 2] as Token).start && f.end === (toks[to - 1] as Token).end && lexicon.data.possessive.platformTypes.includes(f.type)),
      );
  for (const [from, to, type] of headedNames(toks, s, found, lexicon)) if (!placed(from, to)) add(from, to, type, 'discover:headed', null, true);
  for (const [from, to, type] of appositiveNames(toks, s, [...found, ...out], lexicon)) add(from, to, type, 'discover:appositive');
  return out;
}

/**
 * Title-case names whose head is a capitalised type noun: "Alan Turing Institute" (head last),
 * "Partnership on AI" (head first, then one minor word and a capitalised run). Determiners never
 * join a name, so "About the Charter" is none; a lone type noun is none either.
 */
function headedNames(toks: readonly Token[], s: Sentence, found: readonly Found[], lexicon: Lexicon): [number, number, EntityType][] {
  const names: [number, number, EntityType][] = [];
  // In a title-case line every run of capitals looks like a name; its names are left to other rules.
  const capitals = toks.filter((t) => isCapitalized(t.text)).length;
  if (capitals * 10 >= toks.length * 7) return names;
  const capital = (i: number) => isCapitalized((toks[i] as Token).text) && !lexicon.stopwords.has((toks[i] as Token).lower);
  const inner = (i: number) => lexicon.minorWords.has((toks[i] as Token).lower) && !lexicon.determiners.has((toks[i] as Token).lower);
  for (let j = 0; j < toks.length; j += 1) {
    const tok = toks[j] as Token;
    const type = isCapitalized(tok.text) ? lexicon.typeByWord.get(tok.lower) : undefined;
    if (type === undefined || !NAMED_TYPES.has(type)) continue;
    let from = j;
    // ("between Quayside and OP Mainnet": "and" joins no name whose next word is an acronym; "Privacy and Scaling Explorations" is one.)
    // ("between Quillnet and Marrow Chain", Quillnet known: nor one after a known name.)
    const known = (t: Token | undefined) => catalogNameAt(found, t) !== undefined;
    const ownName = (i: number) => lexicon.listConnectors.has((toks[i] as Token).lower) && (/^\p{Lu}{2,}$|\p{Ll}\p{Lu}/u.test(toks[i + 1]?.text ?? '') || known(toks[i - 1]) || known(toks[i + 1]));
    // (An inner word joins only when it joins on both sides: "Quillnet One, and Marrow Chain" starts at "Marrow".)
    while (from > 0 && joinsName(gap(toks, from - 1, s)) && (capital(from - 1) || (from > 1 && inner(from - 1) && !ownName(from - 1) && capital(from - 2) && joinsName(gap(toks, from - 2, s)))))
      from -= inner(from - 1) && !capital(from - 1) ? 2 : 1;
    // ("Maria Lopez of Acme Labs", "CEO of Acme Labs", "J. Roe of Acme Labs": a person's name or a title before the minor
    // word is no part of the organization's.)
    // ("Jane Roe and Priya Tillerman of Acme Labs": past each one, in turn.)
    for (;;) {
      const joint = toks.findIndex((t, i) => i > from && i < j && inner(i));
      const before = joint > from ? toks.slice(from, joint) : [];
      const person =
        (GIVEN_NAMES.has((toks[from] as Token).text) && !lexicon.typeByWord.has((toks[joint - 1] as Token | undefined)?.lower ?? '')) ||
        before.every((w) => lexicon.data.affiliation?.roles.includes(w.lower)) ||
        /^\p{Lu}$/u.test((toks[from] as Token).text) ||
        (before.length === 2 && before.every((w) => !lexicon.typeByWord.has(w.lower)));
      if (!(joint > from && joint - from <= 3 && person)) break;
      from = joint + 1;
    }
    let to = j + 1;
    const word = (i: number) => capital(i) && !isDigits((toks[i] as Token).text);
    // ("Hollis Institute of Technology": after a head that closes a longer name too, but "and" joins two names, and "in April" is a date.)
    // ("the Quill Company for Marrowchain", Marrowchain known: a known name after the minor word is a name of its own.)
    // ("Harrowfen Labs with Jane Roe": nor does a person's given name.)
    const linked =
      !lexicon.junkWords.has((toks[to + 1] as Token | undefined)?.lower ?? '') &&
      (from === j || !lexicon.listConnectors.has((toks[to] as Token | undefined)?.lower ?? '')) &&
      !known(toks[to + 1]) &&
      !(GIVEN_NAMES.has((toks[to + 1] as Token | undefined)?.text ?? '') && !lexicon.nameConnectors.has((toks[to] as Token | undefined)?.lower ?? ''));
    if (linked && to + 1 < toks.length && inner(to) && joinsName(gap(toks, j, s)) && joinsName(gap(toks, to, s)) && word(to + 1)) {
      to += 2;
      while (to < toks.length && joinsName(gap(toks, to - 1, s)) && word(to)) to += 1;
    }
    // "Open Ledger Pledge": a later capitalised type noun of the same run is the head.
    let headed = type;
    for (let k = to; k < toks.length && joinsName(gap(toks, k - 1, s)) && word(k); k += 1) {
      const later = lexicon.typeByWord.get((toks[k] as Token).lower);
      if (later !== undefined && NAMED_TYPES.has(later)) [to, headed] = [k + 1, later];
    }
    if (to - from >= 2) names.push([from, to, headed]);
    j = to - 1;
  }
  return names;
}

/**
 * "X, a rollup developed by ..., uses ...": a capitalised name before ", a/an" and at most three
 * words that end in a class (a catalog technique or concept, or a type noun). The aside must close
 * with a comma, or the name must stand inside the sentence, so "Meanwhile, a new protocol" is none.
 */
function appositiveNames(toks: readonly Token[], s: Sentence, found: readonly Found[], lexicon: Lexicon): [number, number, EntityType][] {
  const names: [number, number, EntityType][] = [];
  for (let k = 0; k + 2 < toks.length; k += 1) {
    const article = toks[k + 1] as Token;
    // "Phoenix, the mobile wallet developed by ...": after "the" only a word tagged a proper noun ("Meanwhile, the team" is none).
    const definite = article.lower === 'the' && (toks[k] as Token).pos === 'PROPN';
    if (article.lower !== 'a' && article.lower !== 'an' && !definite) continue;
    if (!/^\s*,\s*$/.test(gap(toks, k, s)) || !isCapitalized((toks[k] as Token).text) || lexicon.stopwords.has((toks[k] as Token).lower)) continue;
    let from = k;
    while (
      from > 0 &&
      joinsName(gap(toks, from - 1, s)) &&
      isCapitalized((toks[from - 1] as Token).text) &&
      !lexicon.stopwords.has((toks[from - 1] as Token).lower) &&
      !FUNCTION_TAGS.has((toks[from - 1] as Token).pos ?? '')
    )
      from -= 1;
    const last = toks[k] as Token;
    if (found.some((f) => !f.nested && f.start < last.end && (toks[from] as Token).start < f.end)) continue;
    let type: EntityType | undefined;
    for (let j = k + 2; j < Math.min(toks.length, k + 6) && type === undefined; j += 1) {
      const t = toks[j] as Token;
      // (A type noun may open a cue too: "the startup behind X" is a startup.)
      const noun = startsLower(t.text) ? lexicon.typeByWord.get(t.lower) : undefined;
      if (noun === undefined && (lexicon.stopwords.has(t.lower) || lexicon.cuesByFirstWord.has(t.lower))) break;
      const cls = found.find((f) => !f.nested && f.start <= t.start && t.end <= f.end && CLASS_TYPES.has(f.type));
      type = cls ? 'Project' : noun;
    }
    const closes = s.text.indexOf(',', article.end - s.start) >= 0;
    if (type !== undefined && (closes || (from > 0 && !definite))) names.push([from, k + 1, type]);
  }
  return names;
}

/** The catalog name (not a discovered one) that covers token `t`, if any. */
function catalogNameAt(found: readonly Found[], t: Token | undefined): Found | undefined {
  return t === undefined ? undefined : found.find((f) => !f.nested && !f.discovered && f.start <= t.start && t.end <= f.end);
}

/** "Disputes": a plural common noun (wink tags it a noun and gives its singular as lemma), never a name. */
export function isPluralNoun(t: Token): boolean {
  return t.pos === 'NOUN' && t.lemma !== undefined && t.lemma !== t.lower;
}

function isDigits(text: string): boolean {
  return /^\p{N}+$/u.test(text);
}

export function discovered(start: number, end: number, surface: string, type: EntityType, rule: string, lexicon: Lexicon, alias: string | null = null): Found {
  const name = surface.replace(/^["“'‘]+|["”'’]+$/g, '').trim();
  return { start, end, key: nameKey(name), entityId: null, name, type, discovered: true, confidence: lexicon.data.confidence.discovered, rule, alias, nested: false };
}

/** The type two or more catalog names share and no other type matches in number, if any. */
export function commonType(types: readonly (EntityType | undefined)[]): EntityType | undefined {
  const counts = new Map<EntityType, number>();
  for (const t of types) if (t !== undefined && NAMED_TYPES.has(t)) counts.set(t, (counts.get(t) ?? 0) + 1);
  const [first, second] = [...counts].sort((a, b) => b[1] - a[1]);
  return first && first[1] >= 2 && (!second || second[1] < first[1]) ? first[0] : undefined;
}

/** The type its head noun gives a name: the last word, else the last before "for"/"of"/"on". */
export function headType(words: readonly Token[], lexicon: Lexicon): EntityType | undefined {
  // "Opinion 28/2024": a number after the head noun only numbers it.
  let n = words.length;
  while (n > 1 && /^\p{N}+$/u.test((words[n - 1] as Token).text)) n -= 1;
  const last = words[n - 1];
  const byLast = last ? lexicon.typeByWord.get(last.lower) : undefined;
  if (byLast !== undefined) return byLast;
  const prep = words.findIndex((w, i) => i > 0 && lexicon.minorWords.has(w.lower));
  const head = prep > 0 ? words[prep - 1] : undefined;
  return head ? lexicon.typeByWord.get(head.lower) : undefined;
}

/**
 * The type the class after "is a" gives its subject: its head noun's ("a lending protocol" is a protocol, not
 * lending), else the last typed word of the noun phrase, else the first typed word of the next six.
 */
function classHeadType(toks: readonly Token[], from: number, s: Sentence, lexicon: Lexicon): EntityType | undefined {
  let i = from;
  while (i < toks.length && (lexicon.determiners.has((toks[i] as Token).lower) || (toks[i] as Token).pos === 'ADV')) i += 1;
  const phrase: Token[] = [];
  for (let j = i; j < toks.length; j += 1) {
    const t = toks[j] as Token;
    const hyphened = j > i && /^[-‐]$/.test(gap(toks, j - 1, s));
    if (j > i && !hyphened && !/^\s+$/.test(gap(toks, j - 1, s))) break;
    if (!hyphened && !['NOUN', 'ADJ', 'PROPN', 'NUM'].includes(t.pos ?? '')) break;
    phrase.push(t);
  }
  const typed = phrase.map((t) => lexicon.typeByWord.get(t.lower));
  const byWord = (t: Token | undefined) => (t ? lexicon.typeByWord.get(t.lower) : undefined);
  return (
    byWord(phrase.at(-1)) ??
    typed.filter((t) => t !== undefined).at(-1) ??
    toks
      .slice(from, from + 6)
      .map(byWord)
      .find((t) => t !== undefined)
  );
}

/** A lower-case phrase that can name a thing: it opens with no verb or cue word and ends in no function word. */
function plainPhrase(words: readonly Token[], lexicon: Lexicon): boolean {
  const first = words[0];
  const last = words.at(-1);
  if (!first || !last) return false;
  return first.pos !== 'VERB' && !lexicon.cuesByFirstWord.has(first.lower) && !['ADP', 'SCONJ', 'PRON', 'DET', 'CCONJ'].includes(last.pos ?? '') && !lexicon.stopwords.has(last.lower);
}

/** One lower-case noun that names a quality or a state: "opacity", "fragmentation", "unfairness". */
function abstractNoun(t: Token): boolean {
  return t.pos === 'NOUN' && /^\p{Ll}+$/u.test(t.text) && t.text.length > 6 && /(?:ity|ness|ism|ance|ence|tion|sion)$/.test(t.lower);
}

function gap(toks: readonly Token[], i: number, s: Sentence): string {
  const a = toks[i];
  const b = toks[i + 1];
  return a && b ? s.text.slice(a.end - s.start, b.start - s.start) : '';
}

/**
 * Two or more lower-case words ending in a noun, with adjectives, nouns or participles before it; a
 * hyphenated compound counts as one word of any tags, and one of three parts or more is enough alone.
 */
function isNounPhrase(words: readonly Token[], lexicon: Lexicon, s: Sentence): boolean {
  // "proof-of-learning", "vendor lock-in": hyphen-joined tokens are one word, whatever their tags.
  const units: Token[][] = [];
  for (const [i, w] of words.entries()) {
    const prev = words[i - 1];
    if (prev && /^[-‐]$/.test(s.text.slice(prev.end - s.start, w.start - s.start))) units[units.length - 1]?.push(w);
    else units.push([w]);
  }
  // ("near-instantaneous" opens with a preposition: it only describes.)
  const compound = (u: readonly Token[] | undefined) => u !== undefined && u.length > 1 && CONTENT_TAGS.has(u[0]?.pos ?? '');
  const lastUnit = units[units.length - 1];
  const before = units[units.length - 2];
  const last = lastUnit?.[lastUnit.length - 1];
  if (!lastUnit || !last || (units.length < 2 && lastUnit.length < 3)) return false;
  // "operator tampering", "data withholding": a gerund after a noun heads the compound.
  const gerundHead = isGerund(last) && (compound(before) || before?.[before.length - 1]?.pos === 'NOUN');
  return (
    (compound(lastUnit) || last.pos === 'NOUN' || gerundHead) &&
    !lexicon.junkWords.has(last.lower) &&
    units.every((u) => compound(u) || u.every((w) => w.pos === 'NOUN' || w.pos === 'ADJ' || (w.pos === 'VERB' && !isPresentVerb(w)) || w.pos === 'PROPN' || w.pos === 'PUNCT'))
  );
}

/** Up to three lower-case words after `j` that are not stop words, joined as one name. */
function lowerPhraseEnd(toks: readonly Token[], j: number, s: Sentence, lexicon: Lexicon, max = 3): number {
  let end = j;
  let words = 0;
  while (end < toks.length) {
    const t = toks[end] as Token;
    // "one-time" is one word of "extractable one-time signatures"; "proof-of-learning" of any words.
    const hyphened = end > j && /^[-‐]$/.test(gap(toks, end - 1, s));
    if (!startsLower(t.text) || (!hyphened && (lexicon.stopwords.has(t.lower) || lexicon.clauseBreakers.has(t.lower)))) break;
    if (end > j && !joinsName(gap(toks, end - 1, s))) break;
    // "model inventories rather than ...": a word that opens a cue phrase ends the term.
    if (end > j && !hyphened && t.pos !== 'NOUN' && lexicon.cuesByFirstWord.has(t.lower)) break;
    if (!hyphened && words === max) break;
    if (!hyphened) words += 1;
    end += 1;
  }
  return end;
}

/** "A, B, and C": token ranges of the items after a cue, up to the end of the clause or the comma after the last item. */
function listItems(toks: readonly Token[], from: number, s: Sentence, lexicon: Lexicon): [number, number][] {
  const items: [number, number][] = [];
  let start = from;
  let last = false;
  for (let i = from; i <= toks.length; i += 1) {
    const t = toks[i];
    const sep = i > from ? gap(toks, i - 1, s) : '';
    const connector = t !== undefined && lexicon.listConnectors.has(t.lower);
    const ends = t === undefined || /[.;:!?()]/.test(sep) || (t !== undefined && lexicon.clauseBreakers.has(t.lower));
    if (ends || sep.includes(',') || connector) {
      let a = start;
      while (a < i && lexicon.stopwords.has((toks[a] as Token).lower)) a += 1;
      // "... such as A and B, post batches": a finite verb is no item; it starts the main clause.
      if (a < i && isFiniteVerb(toks[a] as Token)) break;
      if (a < i) {
        if (i - a > 4) break;
        items.push([a, i]);
      }
      // "rollups, such as A and B, post ...": the item after "and" is the last; its comma closes the list.
      if (ends || (last && sep.includes(','))) break;
      start = connector ? i + 1 : i;
      last = connector;
    }
  }
  return items;
}

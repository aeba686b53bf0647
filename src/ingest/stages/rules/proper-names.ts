import type { EntityType } from '../../../domain/vocabulary';
import type { Lexicon } from '../../lexicon';
import { CLASS_TYPES, FUNCTION_TAGS, INDEFINITE_ARTICLES } from '../../text/english';
import { hasCapital, isCodeSuffix, joinsByAmpersand, joinsNameAt, type Token } from '../../text/tokenize';
import { afterNameModifier, surnameParticlesAt } from '../../text/phrases';
import type { Sentence } from '../../types';
import { GIVEN_NAMES } from '../../text/given-names';
import { isCommonPlural, isEnglishWord } from '../../text/pos';
import { discovered, headType, type Found } from '../discover';

const INNER_CAPITAL = /^\p{Ll}+\p{Lu}|^\p{Lu}+\p{Ll}+\p{Lu}/u;
const LETTERS_AND_DIGITS = /^(?=.*\p{L})(?=.*\p{N})[\p{L}\p{N}]{2,}$/u;
const TITLE_WORD = /^\p{Lu}\p{Ll}+$/u;
const MAX_WORDS = 6;

/**
 * Proper names anywhere in a sentence, whatever stands around them: runs of words wink-nlp tags as
 * proper nouns, CamelCase and digit-bearing words ("zkEVM", "libp2p") and dotted code names
 * ("ethers.js"), joined by spaces, hyphens or a name connector ("Bank for International
 * Settlements"). A lone type noun, a calendar word or a number is none. Headings are left out:
 * in title case every word looks like a name (their names are found where the text repeats them).
 */
export function properNames(s: Sentence, toks: readonly Token[], found: readonly Found[], lexicon: Lexicon): Found[] {
  const out: Found[] = [];
  const covered = (t: Token) => found.some((f) => !f.nested && f.start < t.end && t.start < f.end);
  const nameLike = (t: Token) => !lexicon.stopwords.has(t.lower) && !lexicon.junkWords.has(t.lower) && isNameWord(t);
  // ("the Civic Compute Cooperative", "the lab Redline Evaluations": wink may tag a capitalised word inside a sentence as a
  // verb; next to a name word it is one more word of the name.)
  const capitalisedInside = (k: number) => {
    const t = toks[k] as Token;
    return k > 0 && TITLE_WORD.test(t.text) && !lexicon.stopwords.has(t.lower) && !lexicon.junkWords.has(t.lower) && !/(?:^|[:.!?])[\s"“*_([]*$/.test(s.text.slice(0, t.start - s.start));
  };
  const spaced = (a: Token, b: Token) => s.text.slice(a.end - s.start, b.start - s.start) === ' ';
  const titles = headlines(s, toks, lexicon);
  for (let i = 0; i < toks.length; i += 1) {
    let first = toks[i] as Token;
    const known = extendedCatalogName(s, toks, i, found, lexicon, nameLike);
    if (known) {
      if (!titles.some(([a, b]) => a <= known.found.start && known.found.end <= b)) out.push(known.found);
      i = known.end - 1;
      continue;
    }
    const dotted = toks[i + 1] !== undefined && isCodeSuffix(s.text, first, toks[i + 1] as Token, s.start);
    // "D. R. Halvorsen", "E. Glen Weyl": a name may open with initials.
    const opensWithInitial =
      /^\p{Lu}$/u.test(first.text) && s.text.slice(first.end - s.start, first.end - s.start + 2) === '. ' && toks[i + 1] !== undefined && /^\p{Lu}/u.test((toks[i + 1] as Token).text);
    const second = toks[i + 1];
    const capitalisedBefore = capitalisedInside(i) && second !== undefined && spaced(first, second) && nameLike(second) && hasCapital(second.text) && !covered(second);
    if (covered(first) || !(nameLike(first) || opensWithInitial || capitalisedBefore || (dotted && !lexicon.stopwords.has(first.lower)))) continue;
    if (afterNameModifier(toks, i, s.text, s.start) > i) continue;
    let end = i + 1;
    while (end < toks.length && end - i < MAX_WORDS) {
      const prev = toks[end - 1] as Token;
      const next = toks[end] as Token;
      const gap = s.text.slice(prev.end - s.start, next.start - s.start);
      if (covered(next)) {
        // "Mistral AI", "Credo AI": a catalog acronym closing a name is part of it.
        const acronym = found.find((f) => !f.nested && !f.discovered && f.start === next.start && /^\p{Lu}{2,5}$/u.test(s.text.slice(f.start - s.start, f.end - s.start)));
        // ("Tessbar Sequencer", "Quorrel Prover": a catalog class word capitalised right after a name's word is the name's head.)
        // ("the Incremental Merkle Tree algorithm": so is a catalog class name of several title-case words.)
        const head = found.find((f) => !f.nested && !f.discovered && f.start === next.start && CLASS_TYPES.has(f.type) && titleWords(s.text.slice(f.start - s.start, f.end - s.start)));
        // ("2. Use QVM checklists for audits", QVM a catalog acronym: not after a word that opens a cue, the verb of an instruction.)
        const verb = end === i + 1 && lexicon.cuesByFirstWord.has(prev.lower);
        if ((acronym || (head && TITLE_WORD.test(next.text) && nameLike(prev))) && !verb && gap === ' ' && end - i <= 2 && TITLE_WORD.test(prev.text)) {
          // (Through the head's last word.)
          const after = head ? toks.findIndex((t) => t.start >= head.end) : end + 1;
          end = after < 0 ? toks.length : after;
        }
        break;
      }
      // ("Lattice & Loom", "Lattica Nine": an ampersand joins one name, and so does a spelled number after a title-case word.)
      const ampersand = joinsByAmpersand(s.text, prev, next, s.start) && !lexicon.stopwords.has(next.lower);
      const numberWord = gap === ' ' && next.pos === 'NUM' && TITLE_WORD.test(next.text) && TITLE_WORD.test(prev.text) && !lexicon.junkWords.has(prev.lower);
      // ("Harry Grieve": after a common given name, a title-case word is the surname, whatever wink tags it.)
      const surname = end === i + 1 && gap === ' ' && GIVEN_NAMES.has(first.text) && TITLE_WORD.test(next.text) && !lexicon.stopwords.has(next.lower) && !lexicon.typeByWord.has(next.lower);
      if (ampersand || numberWord || surname) {
        end += 1;
        continue;
      }
      // ("Femke de Vroom", "Ludwig van der Berg": after a given name, lower-case surname particles and a capitalised word; so
      // after a given name and a middle name, "Christian Schroeder de Witt".)
      const particles = (end === i + 1 || end === i + 2) && GIVEN_NAMES.has(first.text) ? surnameParticlesAt(toks, end, s.text, s.start, lexicon) : 0;
      if (particles > 0) {
        end += particles + 1;
        continue;
      }
      if (isCodeSuffix(s.text, prev, next, s.start) && end === i + 1) {
        end += 1; // "ethers.js", "web3.py"
        continue;
      }
      // "EIP-7", "HIP-77", "BIP 340": a number joined by a hyphen (or two digits after an acronym) is part of the name.
      // ("Opinion 28/2024", "Guidelines 02/2025": a numbered document after a capitalised word.)
      const number =
        (gap === '-' && /^\p{N}+$/u.test(next.text)) ||
        (gap === ' ' && /^\p{N}{2,}$/u.test(next.text) && /^\p{Lu}{2,}$/u.test(prev.text)) ||
        (gap === ' ' && /^\p{N}{1,4}$/u.test(next.text) && TITLE_WORD.test(prev.text) && end - i <= 2 && !citedYear(s, toks[i] as Token, next)) ||
        (gap === '/' && /^\p{N}+$/u.test(next.text) && /^\p{N}+$/u.test(prev.text));
      // "Zachary J. Williamson", "D. R. Halvorsen": an initial's full stop joins the name.
      const initial = /^\p{Lu}$/u.test(prev.text) && gap === '. ' && /^\p{Lu}/u.test(next.text);
      const capitalised = gap === ' ' && capitalisedInside(end);
      // ("a Proof Specific Language": a capitalised content word of the stop list, between two words of a name, is one more.)
      const beyond = toks[end + 1];
      const inner =
        gap === ' ' &&
        TITLE_WORD.test(next.text) &&
        lexicon.stopwords.has(next.lower) &&
        !FUNCTION_TAGS.has(next.pos ?? '') &&
        beyond !== undefined &&
        s.text.slice(next.end - s.start, beyond.start - s.start) === ' ' &&
        TITLE_WORD.test(beyond.text) &&
        nameLike(beyond) &&
        !covered(beyond);
      if (inner) {
        end += 2;
        continue;
      }
      if ((joinsNameAt(s.text, prev.end - s.start, next.start - s.start) || initial) && (nameLike(next) || number || capitalised || (initial && /^\p{Lu}$/u.test(next.text)))) {
        end += 1;
        continue;
      }
      const after = toks[end + 1];
      // ("Tianyi Zhou of ETH", "J. K. Roe of Acme", "CEO of Acme": "of" after a person's name or a title ties the person
      // to a group; it joins no longer name.)
      const run = toks.slice(i, end);
      const personOf =
        next.lower === 'of' &&
        (opensWithInitial ||
          run.every((w) => lexicon.data.affiliation?.roles.includes(w.lower)) ||
          (run.length === 2 && run.every((w) => TITLE_WORD.test(w.text) && !lexicon.typeByWord.has(w.lower) && !lexicon.junkWords.has(w.lower))));
      const connects =
        !personOf &&
        lexicon.nameConnectors.has(next.lower) &&
        // (A common word that is also a given name, alone, names no person: "Court of Justice".)
        !(GIVEN_NAMES.has((toks[i] as Token).text) && (end - i >= 2 || !isEnglishWord((toks[i] as Token).lower)) && end - i <= 3 && !lexicon.typeByWord.has(prev.lower)) &&
        after !== undefined &&
        hasCapital(after.text) &&
        // ("the Court of Justice": a capitalised word wink tags a common noun, within a name begun inside the sentence.)
        (nameLike(after) || (capitalisedInside(end + 1) && capitalisedInside(i))) &&
        !covered(after) &&
        joinsNameAt(s.text, prev.end - s.start, next.start - s.start) &&
        joinsNameAt(s.text, next.end - s.start, after.start - s.start) &&
        hasCapital(prev.text);
      if (!connects) break;
      end += 2;
    }
    // ("Commissioner Helena Roe", "Chief Scientist Jane Roe": a title before a person's name is no part of it.)
    let from = i;
    const title = (t: Token) => lexicon.personCues.has(t.lower) || (lexicon.data.affiliation?.roles.includes(t.lower) ?? false);
    while (end - from > 2 && title(toks[from] as Token)) from += 1;
    if (from > i && !isPersonName(toks.slice(from, end), toks, from, end, s, lexicon)) from = i;
    first = toks[from] as Token;
    const words = toks.slice(from, end);
    i = end - 1;
    // A lone title-case word opening a sentence ("Ethical", "Robust") is a name only where the text repeats it mid-sentence.
    // (So is one opening an item's description: "1. [quorrel-net](./quorrel-net)" over "Helpers for the network stack".)
    const afterTerm = found.some((f) => f.rule === 'discover:term' && f.end <= first.start && /^[\s\]\-—–:]*$/.test(s.text.slice(f.end - s.start, first.start - s.start)));
    const opens = afterTerm || /(?:^|[:.!?])[\s"“*_([]*$/.test(s.text.slice(0, first.start - s.start));
    // ("Babylon lets holders stake": a word tagged a proper noun that is the subject of the verb after it is a name.)
    // (Not a plural: "Users must ...".)
    // ("Quorrel [Roe et al. 2019] was ...", "Quorrel (2021) is ...": the verb may follow a bracketed aside.)
    const verb = toks[afterAside(s, toks, end)];
    const subjectName = first.pos === 'PROPN' && !/[^s]s$/.test(first.lower) && (verb?.pos === 'VERB' || verb?.pos === 'AUX') && !/(?:ing|ed)$/.test(verb?.lower ?? '');
    // ("Quillchain and Marrowfield are ...": so is one joined by "and" to another capitalised name.)
    const joinedName = lexicon.listConnectors.has(toks[end]?.lower ?? '') && toks[end + 1] !== undefined && nameLike(toks[end + 1] as Token) && hasCapital((toks[end + 1] as Token).text);
    // ("Tillerman et al. [7] designed ...": nor is a cited first author.)
    const cited = /^\s+et\s+al\b/.test(s.text.slice((toks[end - 1] as Token).end - s.start));
    // ("Quorrel's prover uses ...": so is a coined word that owns what follows it.)
    const owner = /^['’]s\s/.test(s.text.slice(first.end - s.start)) && !isEnglishWord(first.lower);
    if (words.length === 1 && !cited && (isLoneCommonWord(first, lexicon) || (opens && TITLE_WORD.test(first.text) && !subjectName && !joinedName && !owner))) continue;
    if (words.every((w) => lexicon.typeByWord.has(w.lower) || lexicon.nameConnectors.has(w.lower))) continue;
    // "Executive Director", "Chief Scientist": a title of role words names no one.
    if (words.every((w) => lexicon.data.affiliation?.roles.includes(w.lower))) continue;
    const last = words[words.length - 1] as Token;
    const surface = s.text.slice(first.start - s.start, last.end - s.start);
    const byHead = headType(words, lexicon);
    const person = byHead === undefined && isPersonName(words, toks, i - words.length + 1, end, s, lexicon);
    // ("the Synchronizer", "the Batch Scheduler": capitalised common words ending in an agent noun name a role or component,
    // a concept, not a product.)
    const common = words.every((w) => isEnglishWord(w.lower) && !lexicon.stopwords.has(w.lower)) && /(?:er|or)s?$/.test(last.lower);
    const type: EntityType = byHead ?? (person ? 'Person' : common ? 'Concept' : 'Project');
    // ("[Advances and Open Problems in Quorrel Mesh Design](...)": a word of a headline-case title names nothing by itself.)
    if (!person && titles.some(([a, b]) => a <= first.start && last.end <= b)) continue;
    const f = discovered(first.start, last.end, surface, type, person ? 'discover:person' : 'discover:proper', lexicon);
    // "Roe" later in the text is Jane Roe: the surname is an alias the re-scan looks for (all of "Mallory-Quist").
    out.push(person ? { ...f, alias: surface.split(/\s+/).pop() ?? last.text } : byHead === undefined ? { ...f, weakType: true } : f);
  }
  return out;
}

/**
 * "Microsoft Research", "Google DeepMind": a catalog name followed by title-case words of the same
 * name is a longer name of its own (the catalog mention inside it becomes nested).
 */
function extendedCatalogName(s: Sentence, toks: readonly Token[], i: number, found: readonly Found[], lexicon: Lexicon, nameLike: (t: Token) => boolean): { found: Found; end: number } | undefined {
  const tok = toks[i] as Token;
  const inner = found.find((f) => !f.nested && !f.discovered && f.start === tok.start);
  // ("the data availability layer Quorrel": a lower-case class before a name is in apposition to it, no part of it.)
  if (!inner || /^[\p{Ll}\s-]+$/u.test(s.text.slice(inner.start - s.start, inner.end - s.start))) return undefined;
  let j = i;
  while (j < toks.length && (toks[j] as Token).end <= inner.end) j += 1;
  // ("BOLT 3", "EIP 4844": a number after a catalog acronym and a space numbers a document of that series, a name of its own.)
  const numbered = toks[j];
  if (
    numbered !== undefined &&
    /^\p{Lu}{2,6}$/u.test(s.text.slice(inner.start - s.start, inner.end - s.start)) &&
    /^\p{N}{1,5}$/u.test(numbered.text) &&
    s.text.slice(inner.end - s.start, numbered.start - s.start) === ' ' &&
    !/^[.,]?\p{N}|^\s*%/u.test(s.text.slice(numbered.end - s.start))
  ) {
    const f = discovered(inner.start, numbered.end, s.text.slice(inner.start - s.start, numbered.end - s.start), inner.type, 'discover:proper', lexicon);
    return { found: f, end: j + 1 };
  }
  let end = j;
  while (end < toks.length && end - j < 3) {
    const prev = toks[end - 1] as Token;
    const next = toks[end] as Token;
    // After a catalog acronym ("AI Verify") any title-case word continues the name; else it must look like one.
    const acronym = /^\p{Lu}{2,5}$/u.test(s.text.slice(inner.start - s.start, inner.end - s.start));
    const continues = nameLike(next) || (acronym && end === j && /^\p{Lu}\p{Ll}+$/u.test(next.text) && !lexicon.stopwords.has(next.lower) && !lexicon.junkWords.has(next.lower));
    if (s.text.slice(prev.end - s.start, next.start - s.start) !== ' ' || !TITLE_OR_NAME.test(next.text) || !continues) break;
    if (found.some((f) => !f.nested && f.start < next.end && next.start < f.end)) break;
    if (lexicon.typeByWord.get(next.lower) === inner.type) break; // "Solana Network" is Solana
    end += 1;
  }
  if (end === j) return undefined;
  const words = toks.slice(i, end);
  const last = words[words.length - 1] as Token;
  const type = headType(words, lexicon);
  const f = discovered(inner.start, last.end, s.text.slice(inner.start - s.start, last.end - s.start), type ?? 'Project', 'discover:proper', lexicon);
  return { found: type === undefined ? { ...f, weakType: true } : f, end };
}

const TITLE_OR_NAME = /^\p{Lu}/u;

/** "Merkle Tree", "Sequencer": words that each open with a capital and go on in lower case, spaced. */
function titleWords(text: string): boolean {
  return text.split(' ').every((w) => TITLE_WORD.test(w));
}

/** A title fills a unit of the text: a line, a sentence, a link's words, an emphasis, a quotation or what follows a colon. */
/** (Where a link's brackets were blanked out, `withoutInlineMarkup`, two spaces stand for its edge.) */
const TITLE_OPENS = /(?:^|[[\]"“*_:(—–]|\s\s)\s*$/u;
const TITLE_CLOSES = /^(?:\s\s|\s*(?:$|[\]"”*_.?!:;)(,—–]))/u;

/**
 * Spans of a sentence written in headline case, the title of a work ("Advances and Open Problems in Quorrel Mesh Design",
 * "Revolutionizing Kestrel Scaling with Recursive Quill Proofs"): four or more capitalised words joined by spaces,
 * with a minor word of titles (lexicon `titleMinorWords`) between them, filling a unit of the text (`TITLE_OPENS`). A run
 * with a word the lexicon types as an organization ("Institute on Ethics in Computing") or a given name ("Thanks to Aiko
 * Tanabe and ...") is a name, no title. After a label's colon, a run to the end of the line needs only three capitalised words
 * and any minor word ("KIP 4: Onion Routing and Channel Discovery").
 */
function headlines(s: Sentence, toks: readonly Token[], lexicon: Lexicon): [number, number][] {
  const out: [number, number][] = [];
  const capital = (t: Token) => TITLE_OR_NAME.test(t.text) && !lexicon.stopwords.has(t.lower);
  for (let i = 0; i < toks.length; i += 1) {
    if (!capital(toks[i] as Token)) continue;
    let end = i + 1;
    let last = i;
    while (end < toks.length && s.text.slice((toks[end - 1] as Token).end - s.start, (toks[end] as Token).start - s.start) === ' ') {
      const t = toks[end] as Token;
      if (capital(t)) last = end;
      else if (!lexicon.minorWords.has(t.lower)) break;
      end += 1;
    }
    const run = toks.slice(i, last + 1);
    i = last;
    const capitals = run.filter(capital);
    const minors = run.filter((t) => !capital(t)).map((t) => t.lower);
    const [from, to] = [(run[0] as Token).start, (run[run.length - 1] as Token).end];
    // "KIP 4: Onion Routing and Channel Discovery": a description in headline case after a label's colon, to the end of the line.
    // (A label, not a clause: "The system has two parts: Vexmoor Core and the Marrow Engine." lists names.)
    const label = toks.filter((t) => t.end <= from);
    const afterColon = /:\s*$/.test(s.text.slice(0, from - s.start));
    const clause = label.some((t) => t.pos === 'VERB' || t.pos === 'AUX');
    // ("There are two parts in X: Vexmoor Core and the Marrow Engine.": names a clause's colon lists, joined by "and", are no title.)
    if (afterColon && clause && minors.some((w) => lexicon.listConnectors.has(w))) continue;
    const described = afterColon && !clause && label.length <= 6 && /^\s*(?:\n|$)/.test(s.text.slice(to - s.start)) && capitals.length >= 3 && minors.length > 0;
    if (!described && (capitals.length < 4 || !minors.some((w) => lexicon.titleMinorWords.has(w)))) continue;
    if (capitals.some((t) => lexicon.typeByWord.get(t.lower) === 'Organization' || GIVEN_NAMES.has(t.text))) continue;
    if (!TITLE_OPENS.test(s.text.slice(0, from - s.start)) || !TITLE_CLOSES.test(s.text.slice(to - s.start))) continue;
    out.push([from, to]);
  }
  return out;
}

/** The index of the first word after a bracketed aside that opens right at token `k` ("(2021)", "[Roe et al.]"), else `k`. */
function afterAside(s: Sentence, toks: readonly Token[], k: number): number {
  const t = toks[k];
  const before = t === undefined ? '' : s.text.slice(toks[k - 1] === undefined ? 0 : (toks[k - 1] as Token).end - s.start, t.start - s.start);
  const open = before.trim();
  if (open !== '(' && open !== '[') return k;
  const close = s.text.indexOf(open === '(' ? ')' : ']', (t as Token).start - s.start);
  if (close < 0) return k;
  let j = k;
  while (j < toks.length && (toks[j] as Token).start - s.start < close) j += 1;
  return j;
}
/**
 * Two or three title-case words (an initial allowed): the only shape `isPersonName` accepts. ("Femke de Vroom", "Christian
 * Schroeder de Witt": lower-case surname particles may stand before the last word.)
 */
export const PERSON_SHAPE = /^\p{Lu}[\p{L}.'’-]*(?:(?:\s+\p{Lu}[\p{L}.'’-]*){1,2}|(?:\s+\p{Lu}[\p{L}.'’-]*)?(?:\s+\p{Ll}{1,4}){1,2}\s+\p{Lu}[\p{L}.'’-]*)$/u;

/**
 * "H. Brendan McMahan", "J. R. Roe": a person's mention starts at the initials right before it (the catalog may hold
 * the name without them). Returns the mention, widened where the rule applies (a new object).
 */
export function withInitials(f: Found, s: Sentence): Found {
  if (f.type !== 'Person' || f.nested) return f;
  const initials = /(?:^|[\s(])((?:\p{Lu}\.\s?){1,3})$/u.exec(s.text.slice(0, f.start - s.start))?.[1];
  return initials ? { ...f, start: f.start - initials.length } : f;
}

/**
 * A name another rule discovered and typed only by its place ("developed by Jane Roe" gives an
 * organization) that reads as a person's name: the same name, typed Person, with the surname as alias.
 */
export function asPerson(f: Found, s: Sentence, toks: readonly Token[], lexicon: Lexicon): Found {
  // "McMahan et al.": the first author of a cited work is a person, named by the surname.
  if (f.discovered && f.type !== 'Person' && /^\p{Lu}[\p{L}'’-]+$/u.test(f.name) && /^\s+et\s+al\b/.test(s.text.slice(f.end - s.start))) return { ...f, type: 'Person', weakType: false };
  if (
    !f.discovered ||
    f.type === 'Person' ||
    f.rule === 'discover:table-cell' ||
    !PERSON_SHAPE.test(s.text.slice(f.start - s.start, f.end - s.start)) ||
    headType(
      toks.filter((t) => t.start >= f.start && t.end <= f.end),
      lexicon,
    ) !== undefined
  )
    return f;
  const from = toks.findIndex((t) => t.start >= f.start);
  let to = from;
  while (to < toks.length && (toks[to] as Token).end <= f.end) to += 1;
  const words = toks.slice(from, to);
  if (from < 0 || !isPersonName(words, toks, from, to, s, lexicon)) return f;
  return { ...f, type: 'Person', weakType: false, alias: (words[words.length - 1] as Token).text };
}

function isNameWord(t: Token): boolean {
  if (INNER_CAPITAL.test(t.text) || (LETTERS_AND_DIGITS.test(t.text) && hasCapital(t.text))) return true;
  if (LETTERS_AND_DIGITS.test(t.text) && /^\p{Ll}/u.test(t.text) && /\p{N}/u.test(t.text.slice(1, -1))) return true; // "libp2p"
  return t.pos === 'PROPN' && hasCapital(t.text);
}

/** A capitalised common word tagged as a name: a type noun alone, or a word the lexicon knows. */
function isLoneCommonWord(t: Token, lexicon: Lexicon): boolean {
  if (INNER_CAPITAL.test(t.text) || /\p{N}/u.test(t.text)) return false;
  // "Transactions": wink gives a plural common noun its singular as lemma; a name keeps its own form.
  if (t.lemma !== undefined && t.lemma !== t.lower) return true;
  // ("Experiments", "Programs": tagged a proper noun when capitalised, yet the plural of a common noun.)
  if (/^\p{Lu}\p{Ll}+$/u.test(t.text) && isCommonPlural(t.lower)) return true;
  return lexicon.typeByWord.has(t.lower) || t.text.length < 2 || (t.text.length <= 2 && !/^\p{Lu}+$/u.test(t.text));
}

/**
 * "Jane Roe": two or three title-case words with no type noun that start with a common given
 * name, or stand next to a word that marks a person ("said", "CEO", "researcher", "proposed by").
 */
function isPersonName(all: readonly Token[], toks: readonly Token[], from: number, to: number, s: Sentence, lexicon: Lexicon): boolean {
  // ("Femke de Vroom": surname particles are read past.)
  const words = all.filter((w, k) => k === 0 || k === all.length - 1 || !lexicon.surnameParticles.has(w.text));
  const initial = (w: Token) => /^\p{Lu}\.?$/u.test(w.text);
  if (words.length < 2 || words.length > 4 || !words.every((w) => TITLE_WORD.test(w.text) || initial(w)) || words.every(initial) || initial(words[words.length - 1] as Token)) return false;
  // "Executive Director", "Chief Scientist": a title is no one's name.
  if (words.some((w) => lexicon.data.affiliation?.roles.includes(w.lower))) return false;
  // ("the Mallory-Quist scheme": names joined by hyphens alone are a pair's, two authors' of a scheme; a person's name has a space.)
  if (!/\s/.test(s.text.slice((words[0] as Token).start - s.start, (words[words.length - 1] as Token).start - s.start))) return false;
  // ("the Quill Prover", "a Tessa Engine": a name right after an article is a thing's; a person's takes none.)
  const opener = toks[from - 1];
  if (opener && (opener.lower === 'the' || INDEFINITE_ARTICLES.has(opener.lower)) && /^\s+$/.test(s.text.slice(opener.end - s.start, (words[0] as Token).start - s.start))) return false;
  // "H. Brendan McMahan", "D. R. Halvorsen": initials stand for given names.
  const given = words.find((w) => !initial(w)) as Token;
  if (GIVEN_NAMES.has(given.text) || (initial(words[0] as Token) && given !== words[words.length - 1])) return true;
  if (initial(words[0] as Token)) return true;
  const near = [...toks.slice(Math.max(0, from - 3), from), ...toks.slice(to, to + 3)];
  const cue = (t: Token) => lexicon.personCues.has(t.lower) || lexicon.personCues.has(t.lemma ?? t.lower);
  if (near.some(cue)) return true;
  // ("Kalani Akana (Quill DAO)": two or three plain words with an organization in parentheses after them name its member.)
  const group = /^\s*\(([^()]{2,60})\)/.exec(s.text.slice((words[words.length - 1] as Token).end - s.start))?.[1];
  const groupHead = group?.trim().split(/\s+/).pop()?.toLowerCase();
  if (groupHead !== undefined && lexicon.typeByWord.get(groupHead) === 'Organization') return true;
  // ("Priya Tillerman is a staff engineer at ...", "Priya Tillerman, the project's lead researcher": a description of the name.)
  const copula = toks[to]?.lemma === 'be' && /^\s+$/.test(s.text.slice((words[words.length - 1] as Token).end - s.start, (toks[to] as Token).start - s.start)) ? 1 : 0;
  const article = toks[to + copula];
  const apposed = copula === 1 || (article !== undefined && /^\s*,\s*$/.test(s.text.slice((words[words.length - 1] as Token).end - s.start, article.start - s.start)));
  if (apposed && article && lexicon.determiners.has(article.lower) && toks.slice(to + copula + 1, to + copula + 5).some(cue)) return true;
  const before = toks[from - 1];
  return before !== undefined && before.lower === 'by' && /^\s+$/.test(s.text.slice(before.end - s.start, (words[0] as Token).start - s.start));
}

/** "[Roe 2017, …]", "(Roe 2019)": a year after a name a bracket opens is a citation's date, no part of the name. */
function citedYear(s: Sentence, first: Token, year: Token): boolean {
  return /^(?:19|20)\d\d$/.test(year.text) && /[[(]\s*$/.test(s.text.slice(0, first.start - s.start));
}

import { nameKey } from '../../domain/names';
import { matchAt, type Gazetteer } from '../gazetteer';
import type { Knowledge } from '../knowledge';
import { normalizeLabel, type Lexicon } from '../lexicon';
import { NAMED_TYPES, nounKey, pluralForms, sameNoun, singular } from '../text/english';
import { discoverInSentence, discoverTerm, type Found } from './discover';
import { tagSentences } from '../text/pos';
import { readableBody } from '../text/markup';
import { fusedToWordBefore, isCapitalized, tokenize, type Token } from '../text/tokenize';
import { typeByClassifier, typeByDescription, typeByShape } from './rules/name-types';
import { definedHeadings, fieldTopics, fieldValue, itemLabel, openedSections, repeatedLabels, seriesName, titleName } from './rules/document-names';
import { junkReason } from './rules/junk';
import { repositoryLinks } from './rules/repository-links';
import { legalParts } from './rules/legal-parts';
import { linkedLists } from './rules/linked-lists';
import { emphasizedTerms } from './rules/emphasized-terms';
import { lowerTerms, recurringPhrases } from './rules/lower-terms';
import { nameCompounds } from './rules/name-compounds';
import { sharedHeads } from './rules/shared-heads';
import { parenthesizedLists } from './rules/parenthesized-lists';
import { coordinatedPeople } from './rules/coordinated-people';
import { citationAuthors } from './rules/citation-authors';
import { listedAuthors } from './rules/listed-authors';
import { codeShapedNames, lowerCaseOpener } from './rules/code-names';
import { commonOpeners } from './rules/truecase';
import { asPerson, PERSON_SHAPE, properNames, withInitials } from './rules/proper-names';
import { fieldNames, tableCells } from './rules/table-cells';
import { versionedNames } from './rules/versioned-names';
import type { Block, IngestIssue, Mention, Segmentation, Sentence, SourceArticle, Span } from '../types';

export interface Recognition {
  mentions: Mention[];
  /** Tokens of each sentence (index = sentence index), shared with later stages. */
  tokens: Token[][];
  issues: IngestIssue[];
}

/**
 * Names in each sentence: catalog names first (longest match wins, so "Layer 2 scaling solution"
 * beats "Layer 2"), then names the catalog lacks, discovered from their place in the text.
 */
export function recognizeEntities(article: SourceArticle, seg: Segmentation, knowledge: Knowledge): Recognition {
  const { lexicon } = knowledge;
  const issues: IngestIssue[] = [];
  const skipped = skippedBlocks(seg, lexicon);
  // (A skipped block's words are read for the people a reading list names, then given to no later stage.)
  const read = tagSentences(
    readableBody(article.body, seg.sentences),
    seg.sentences.map((s) => tokenize(s.text, s.start, lexicon.glueWords)),
  );
  const tokens = read.map((toks, i) => (skipped.has(seg.sentences[i]?.block ?? -1) ? [] : toks));
  // ("## Abstract", "## 1. Introduction": a heading of words that only name a part of the document names nothing, not even a catalog name.)
  const documentPart = (s: Sentence, toks: readonly Token[]) =>
    seg.blocks[s.block]?.kind === 'heading' && toks.length > 0 && toks.every((t) => lexicon.junkWords.has(t.lower) || /^\p{N}+$/u.test(t.text));
  const found: Found[][] = seg.sentences.map((s, i) => (documentPart(s, tokens[i] ?? []) ? [] : catalogNames(article, s, tokens[i] ?? [], knowledge.gazetteer, issues)));
  const known = new Map<string, Found>();
  const recurring = recurringPhrases(seg.sentences, tokens);
  for (const s of seg.sentences) {
    const block = seg.blocks[s.block];
    const toks = tokens[s.index] ?? [];
    // (A citation's author field names people only.)
    if (block?.kind === 'citation') {
      found[s.index] = citationAuthors(s, lexicon);
      continue;
    }
    if (skipped.has(s.block) && block?.kind !== 'table-header') {
      found[s.index] = listedAuthors(s, read[s.index] ?? [], catalogNames(article, s, read[s.index] ?? [], knowledge.gazetteer, []), lexicon).filter(
        (f) => junkReason(f, s, lexicon, read[s.index]) === null,
      );
      continue;
    }
    // ("**Abstract:** We introduce …": an item label of words that only name a part of the document names nothing either.)
    const term = block?.term ?? undefined;
    const inTerm = (x: Span | Found) => term !== undefined && x.start >= term.start && x.end <= term.end;
    const termWords = toks.filter(inTerm);
    const partLabel = termWords.length > 0 && termWords.every((t) => lexicon.junkWords.has(t.lower));
    const list = partLabel ? (found[s.index] ?? []).filter((f) => !inTerm(f)) : (found[s.index] ?? []);
    const field = block?.term ? lexicon.fields.get(normalizeLabel(block.term.text)) : undefined;
    const record = block?.term ? lexicon.recordNameLabels.has(normalizeLabel(block.term.text)) : false;
    if (block?.term && record && block.term.start >= s.start && block.term.end <= s.end) {
      // "Name: Quillnet": the value is the name the record is about, typed by its fields' relations.
      list.push(...fieldNames(fieldValue(s, block.term.end), 'Project', list, lexicon).map((f) => ({ ...f, weakType: true })));
    } else if (block?.term && field && block.term.start >= s.start && block.term.end <= s.end) {
      // "Publisher: the National Institute ...": the label is no name; its value lists names.
      addOuter(list, fieldNames(fieldValue(s, block.term.end), field.objectType, list, lexicon));
    } else if (block?.term && block.term.start >= s.start && block.term.end <= s.end) {
      const intro = seg.blocks[block.intro];
      // "Risks:" types its items by its label; "The charter addresses three risks:" by its last noun.
      const label = intro ? normalizeLabel(intro.text) : '';
      const itemType = intro ? (lexicon.labels.get(label)?.itemType ?? lexicon.typeByWord.get(label.slice(label.lastIndexOf(' ') + 1))) : undefined;
      list.push(...discoverTerm(block.term, toks, list, lexicon, itemType));
    }
    list.push(...legalParts(s, list, lexicon));
    list.push(...discoverInSentence(s, toks, list, lexicon));
    if (block?.kind === 'row') addOuter(list, tableCells(block, seg.blocks[block.intro], s, toks, list, lexicon));
    if (block?.kind === 'paragraph' || (block && introProse(block, toks, lexicon))) list.push(...lowerCaseOpener(s, toks, list, lexicon));
    const prose = block !== undefined && (PROSE.has(block.kind) || introProse(block, toks, lexicon));
    if (prose) {
      addOuter(list, codeShapedNames(s, toks, list, lexicon));
      addOuter(list, emphasizedTerms(s, toks, list, lexicon));
      addOuter(list, properNames(s, toks, list, lexicon));
      list.push(...lowerTerms(s, toks, list, lexicon, recurring));
      addOuter(list, nameCompounds(s, toks, list, lexicon));
      replaceSame(list, sharedHeads(s, toks, list, knowledge.gazetteer, lexicon));
      list.push(...parenthesizedLists(s, toks, list, lexicon));
      addOuter(list, versionedNames(s, toks, list, lexicon));
      replaceSame(list, linkedLists(article.body.slice(s.start, s.end), s, list, lexicon));
      list.push(...repositoryLinks(article.body.slice(s.start, s.end), s, list, lexicon));
    } else if (block && (block.kind === 'heading' || block.kind === 'title') && BYLINE.test(s.text)) {
      // A byline ("Jane Roe, John Doe", "By Jane Roe | May 2025") looks like a heading: only people are taken from it,
      // and the groups an affiliation line names by their kind ("Acme Research Institute, University of Quorrel").
      // (A name of a person's shape listed with a person is kept for `coordinatedPeople`: "Jane Roe, Ravi Ostrane".)
      const names = properNames(s, toks, list, lexicon);
      // (The people may be names the catalog knows: "Ravi Ostrane, Jane Roe" with Ravi Ostrane in the catalog.)
      const people = [...names, ...list].some((f) => f.type === 'Person' && !f.weakType);
      const personShaped = (f: Found) => people && PERSON_SHAPE.test(s.text.slice(f.start - s.start, f.end - s.start));
      list.push(...names.filter((f) => f.type === 'Person' || (f.type === 'Organization' && !f.weakType) || personShaped(f)));
    }
    for (const [k, f] of list.entries()) list[k] = typeByShape(typeByClassifier(typeByDescription(asPerson(f, s, toks, lexicon), s, lexicon), s, lexicon), s);
    const kept = coordinatedPeople(list, s, toks, lexicon)
      .filter((f) => junkReason(f, s, lexicon, toks) === null)
      .map((f) => withInitials(f, s));
    found[s.index] = kept;
    for (const f of kept) {
      // A catalog name's short form defined here ("Federated learning (FL)") names it wherever it stands alone.
      if (!f.discovered && f.rule === 'discover:acronym' && f.alias !== null && !known.has(nameKey(f.alias))) known.set(nameKey(f.alias), f);
      if (!f.discovered) continue;
      // An acronym defined earlier names its long form wherever it stands alone.
      const earlier = known.get(f.key);
      if (earlier && earlier.key !== f.key)
        Object.assign(f, { key: earlier.key, name: earlier.name, type: earlier.type, entityId: earlier.entityId, discovered: earlier.discovered, weakType: earlier.weakType ?? false });
      if (!known.has(f.key)) known.set(f.key, f);
      if (f.alias !== null && !known.has(nameKey(f.alias))) known.set(nameKey(f.alias), f);
    }
  }
  // (A heading or label that only names a place, a date or a junk word is no topic either: "## China".)
  const clean = ([i, topic]: [number, Found]) => junkReason(topic, seg.sentences[i] as Sentence, lexicon) === null;
  // ("- **Rationale**: ..." item after item: a label the document repeats names nothing; its headings are the topics.)
  const ownFields = repeatedLabels(seg);
  const labels = seg.blocks.map(itemLabel).filter((l): l is Span => l !== null && ownFields.has(normalizeLabel(l.text)));
  for (const [i, list] of found.entries()) found[i] = list.filter((f) => !f.discovered || !labels.some((l) => l.start <= f.start && f.end <= l.end));
  // (A heading a topic is made of holds no other name; an opened section's topic only nests the names inside it.)
  for (const [i, topic] of [...fieldTopics(seg, tokens, found, lexicon, ownFields), ...definedHeadings(seg, tokens, found, lexicon)].filter(clean)) {
    for (const f of found[i] ?? []) f.nested = true;
    (found[i] as Found[]).push(topic);
  }
  for (const [i, topic] of openedSections(seg, found, lexicon).filter(clean)) {
    for (const f of found[i] ?? []) if (f.start >= topic.start && f.end <= topic.end) f.nested = true;
    (found[i] as Found[]).push(topic);
  }
  const series = seriesName(article.body, article.frontMatter ?? 0, seg, found, lexicon);
  if (series) (found[series[0]] as Found[]).push(series[1]);
  const title = series ? undefined : titleName(seg, tokens, found, lexicon);
  if (title) (found[title[0]] as Found[]).push(title[1]);
  const common = commonOpeners(seg.sentences, tokens, found);
  if (common.size > 0) for (const [i, list] of found.entries()) found[i] = list.filter((f) => !common.has(f.key));
  surnamesOfPeople(found);
  rescanDiscovered(seg.sentences, tokens, found);
  definiteReferences(seg, tokens, found, lexicon);
  const mentions: Mention[] = [];
  for (const s of seg.sentences) {
    const list = (found[s.index] ?? []).sort((a, b) => a.start - b.start || b.end - a.end);
    // ("the Quill Foundation": a name inside a longer one the sentence holds is a part of it, whichever rule found it.)
    for (const f of list) if (list.some((g) => g !== f && !g.nested && g.start <= f.start && f.end <= g.end && g.end - g.start > f.end - f.start)) f.nested = true;
    for (const f of list) mentions.push(mention(f, mentions.length, s.index, article.body.slice(f.start, f.end)));
  }
  return { mentions, tokens, issues };
}

const BYLINE = /[,·|]|^\W*by\s/i;
const PROSE: ReadonlySet<string> = new Set(['paragraph', 'item', 'bullet']);

/**
 * A paragraph that ends with a colon ("Quill was proposed by Jane Roe in 2019. Two parts matter:") is prose like any
 * other; a label in title case ("Quick Facts:") is read like a heading. Any lower-case word besides stop words makes prose.
 */
function introProse(block: Block, toks: readonly Token[], lexicon: Lexicon): boolean {
  return block.kind === 'list-intro' && toks.some((t) => /^\p{Ll}/u.test(t.text) && !lexicon.stopwords.has(t.lower));
}

const TOC_ENTRY = /^\s*(?:[-*+]|\d+[.)])?\s*\[[^\]]+\]\(#[^)]*\)\s*$/u;

/** Blocks under a heading such as "Further reading" (link lists that state nothing), table headers and table-of-contents entries. */
function skippedBlocks(seg: Segmentation, lexicon: Lexicon): Set<number> {
  const out = new Set<number>();
  for (const block of seg.blocks) {
    const heading = seg.blocks[block.kind === 'heading' ? block.index : block.heading];
    // A table's header names its columns, not entities; an item that only links to a section of the page ("- [Next
    // Steps](#next-steps)") is a table of contents' entry, which names a section.
    const contentsEntry = (block.kind === 'bullet' || block.kind === 'item') && TOC_ENTRY.test(block.text);
    if (block.kind === 'table-header' || contentsEntry || (heading && lexicon.skipSections.has(normalizeLabel(heading.text)))) out.add(block.index);
  }
  return out;
}

function catalogNames(article: SourceArticle, s: Sentence, toks: Token[], gazetteer: Gazetteer, issues: IngestIssue[]): Found[] {
  const out: Found[] = [];
  for (let i = 0; i < toks.length; ) {
    const m = matchAt(gazetteer, toks, i, s.text, s.start);
    if (!m) {
      i += 1;
      continue;
    }
    const start = (toks[i] as Token).start;
    const end = (toks[m.endToken - 1] as Token).end;
    // "c-solana": a catalog name glued by a hyphen to the word before it is part of another name.
    if (fusedToWordBefore(s.text, start - s.start)) {
      i = m.endToken;
      continue;
    }
    const [entity, ...others] = m.entities;
    if (entity && others.length === 0) {
      out.push({ start, end, key: m.key, entityId: entity.id, name: entity.name, type: entity.type, discovered: false, confidence: 1, rule: 'catalog', alias: null, nested: false });
    } else {
      const ids = m.entities.map((e) => e.id).join(' and ');
      issues.push({ stage: 'recognize', articleId: article.id, at: start, message: `"${article.body.slice(start, end)}" matches ${ids}; left unresolved` });
    }
    i = m.endToken;
  }
  return out;
}

/**
 * "Ravik Salur and colleagues … Salur et al. show": a one-word person's name that is the last word of exactly one person the
 * article names in full is that person (it takes the full name's key). So is a lone discovered name of a guessed type
 * ("Mallory-Quist went on to found ..." after "Ilse Mallory-Quist"). Changes `found` in place.
 */
function surnamesOfPeople(found: Found[][]): void {
  const full = new Map<string, Found[]>();
  for (const f of found.flat()) {
    const words = f.name.split(/\s+/);
    if (f.type !== 'Person' || words.length < 2) continue;
    const last = (words.at(-1) as string).toLowerCase();
    const people = full.get(last) ?? [];
    if (!people.some((p) => p.key === f.key)) full.set(last, [...people, f]);
  }
  for (const f of found.flat()) {
    const people = f.discovered && (f.type === 'Person' || f.weakType === true) && !/\s/.test(f.name) ? full.get(f.name.toLowerCase()) : undefined;
    const [person] = people ?? [];
    if (person && people?.length === 1) Object.assign(f, { key: person.key, name: person.name, type: 'Person', entityId: person.entityId, discovered: person.discovered, weakType: false });
  }
}

/** A discovered name (or its acronym) found once is recognized wherever else it occurs. */
function rescanDiscovered(sentences: readonly Sentence[], tokens: Token[][], found: Found[][]): void {
  const byKey = new Map<string, Found>();
  for (const list of found) {
    for (const f of list) {
      if (!f.discovered || f.nested) continue;
      if (!byKey.has(f.key)) byKey.set(f.key, f);
      if (f.alias !== null && !byKey.has(nameKey(f.alias))) byKey.set(nameKey(f.alias), f);
    }
  }
  if (byKey.size === 0) return;
  const byFirstWord = namesByFirstWord(byKey);
  for (const s of sentences) {
    const toks = tokens[s.index] ?? [];
    const list = found[s.index] ?? [];
    for (let i = 0; i < toks.length; i += 1) {
      const tok = toks[i] as Token;
      const names = byFirstWord.get(tok.lower);
      if (names === undefined || list.some((f) => !f.nested && f.start <= tok.start && tok.start < f.end)) continue;
      for (const { f, words } of names) {
        const end = matchWords(toks, i, words);
        if (end < 0) continue;
        // A one-word title-case name ("Harbor") is that name only where it is capitalised.
        if (words.length === 1 && /^\p{Lu}\p{Ll}*$/u.test(f.name) && !/^\p{Lu}/u.test(tok.text)) continue;
        const last = toks[end - 1] as Token;
        if (list.some((o) => !o.nested && o.start < last.end && tok.start < o.end)) continue;
        // "high-transaction-volume gaming": a name glued by hyphens into a longer word is not itself.
        const at = (offset: number) => s.text.charAt(offset - s.start);
        if (at(tok.start - 1) === '-' || at(last.end) === '-') continue;
        list.push({ ...f, start: tok.start, end: last.end, rule: 'discover:repeat', alias: null });
        i = end - 1;
        break;
      }
    }
  }
}

/**
 * "The charter" after "the Model Charter": a definite noun phrase whose noun is a type noun
 * and the capitalised head of the latest multi-word name of the section (or the title) refers to it.
 */
function definiteReferences(seg: Segmentation, tokens: Token[][], found: Found[][], lexicon: Lexicon): void {
  const inTitle = new Map<string, Found>();
  let byHead = new Map<string, Found>();
  for (const s of seg.sentences) {
    const toks = tokens[s.index] ?? [];
    const list = found[s.index] ?? [];
    const additions: Found[] = [];
    const kind = seg.blocks[s.block]?.kind;
    if (kind === 'heading' || kind === 'part') byHead = new Map();
    for (let i = 0; i + 1 < toks.length && byHead.size + inTitle.size > 0; i += 1) {
      const det = toks[i] as Token;
      const noun = toks[i + 1] as Token;
      if (det.lower !== 'the' && det.lower !== 'this') continue;
      const antecedent = byHead.get(nounKey(noun.lower)) ?? inTitle.get(nounKey(noun.lower));
      const overlaps = list.filter((f) => f.start < noun.end && noun.start < f.end);
      // ("The Act" after "the Colorado AI Act": the head word the rules found as a name of its own is the earlier name.)
      const headAlone = overlaps.length === 1 && overlaps[0]?.discovered === true && overlaps[0].start === noun.start && overlaps[0].end === noun.end;
      if (!antecedent || (overlaps.length > 0 && !headAlone) || !endsPhrase(toks, i + 2, s, lexicon)) continue;
      if (headAlone) list.splice(list.indexOf(overlaps[0] as Found), 1);
      additions.push({ ...antecedent, start: noun.start, end: noun.end, rule: 'anaphor:definite', alias: null, nested: false });
    }
    list.push(...additions);
    for (const f of list) {
      if (f.nested || f.rule === 'anaphor:definite' || !NAMED_TYPES.has(f.type)) continue;
      const words = tokenize(s.text.slice(f.start - s.start, f.end - s.start));
      const head = words[words.length - 1];
      if (words.length < 2 || !head || !isCapitalized(head.text) || !lexicon.typeByWord.has(head.lower)) continue;
      (kind === 'title' ? inTitle : byHead).set(nounKey(head.lower), f);
    }
  }
}

/** Nothing that could extend the noun phrase follows token `j - 1`: punctuation, a function word or a verb cue. */
function endsPhrase(toks: readonly Token[], j: number, s: Sentence, lexicon: Lexicon): boolean {
  const next = toks[j];
  const prev = toks[j - 1] as Token;
  if (!next || /[^\s]/.test(s.text.slice(prev.end - s.start, next.start - s.start))) return true;
  const w = next.lower;
  return lexicon.stopwords.has(w) || lexicon.auxiliaries.has(w) || lexicon.clauseBreakers.has(w) || lexicon.cuesByFirstWord.has(w);
}

interface NameWords {
  f: Found;
  words: string[];
}

/** Names indexed by every lower-case form their first token can take (a one-word name may be plural). */
function namesByFirstWord(byKey: ReadonlyMap<string, Found>): Map<string, NameWords[]> {
  const index = new Map<string, NameWords[]>();
  for (const [key, f] of byKey) {
    const words = tokenize(key === f.key ? f.name : (f.alias ?? f.name)).map((t) => t.lower);
    const first = words[0];
    if (first === undefined) continue;
    const forms = new Set(words.length === 1 ? [...pluralForms(singular(first)), first] : [first]);
    for (const form of forms) {
      const list = index.get(form);
      if (list) list.push({ f, words });
      else index.set(form, [{ f, words }]);
    }
  }
  return index;
}

/** The index after `words` matched at token `i` (the last word may be plural either way), or -1. */
function matchWords(toks: readonly Token[], i: number, words: readonly string[]): number {
  const n = words.length;
  if (n === 0 || i + n > toks.length) return -1;
  for (let k = 0; k < n; k += 1) {
    const t = (toks[i + k] as Token).lower;
    const w = words[k] as string;
    if (t === w) continue;
    if (k !== n - 1 || !sameNoun(t, w)) return -1;
  }
  return i + n;
}

function mention(f: Found, index: number, sentence: number, text: string): Mention {
  return {
    index,
    sentence,
    text,
    start: f.start,
    end: f.end,
    key: f.key,
    entityId: f.entityId,
    name: f.name,
    type: f.type,
    discovered: f.discovered,
    confidence: f.confidence,
    rule: f.rule,
    alias: f.alias,
    nested: f.nested,
    ...(f.weakType ? { weakType: true } : {}),
  };
}

/** Adds names found by a stronger rule: a discovered name with the same words gives way to them. Mutates `list`. */
function replaceSame(list: Found[], names: readonly Found[]): void {
  for (let k = list.length - 1; k >= 0; k -= 1) {
    const f = list[k] as Found;
    if (f.discovered && names.some((n) => n.start === f.start && n.end === f.end)) list.splice(k, 1);
  }
  addOuter(list, names);
}

/** Adds names found around names already in the list; the ones they hold become nested parts of them. Mutates `list`. */
function addOuter(list: Found[], names: readonly Found[]): void {
  for (const f of list) if (names.some((n) => n.start <= f.start && f.end <= n.end)) f.nested = true;
  list.push(...names);
}

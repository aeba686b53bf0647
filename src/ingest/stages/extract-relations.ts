import type { EntityType, RelationType } from '../../domain/vocabulary';
import { fieldOf, normalizeLabel, type Lexicon } from '../lexicon';
import { CLASS_TYPES, singular } from '../text/english';
import { nameKey } from '../../domain/names';
import { findCues } from '../text/phrases';
import type { Block, Mention, RelationCandidate, Segmentation, Sentence, Span } from '../types';
import { chooseCue, cues } from './cue-relations';
import { bylineAffiliations } from './byline-affiliations';
import { byAside } from './by-aside';
import { additiveOpener } from './additive-openers';
import { citedAuthors, citedProposers, referenceEntry } from './citations';
import { contrastedAlternatives } from './contrasts';
import { describedInRow } from './table-descriptions';
import { colonExamples, countedParts, isCounted, parenthesizedExamples } from './example-lists';
import { asClass } from './as-class';
import { kindExamples } from './kind-examples';
import { kindOpener } from './kind-openers';
import { namedSubclasses } from './named-subclasses';
import { meansFor } from './means-for';
import { applicationExamples } from './applications';
import { categoryMembers } from './category-members';
import { toolFor } from './tool-for';
import { otherClass } from './other-class';
import { classCopula } from './class-copula';
import { legalPartOf } from './legal-relations';
import { nestedWhole, partsWhole } from './parts-intro';
import { foundersAsMembers } from './owner-relations';
import { labelledField } from './rules/table-cells';
import { subjectOf, type Previous } from './subjects';
import { referredOpener } from './antecedents';
import type { Recognition } from './recognize-entities';
import { add, headingSubject, isBoldLabel, isNounModifier, isPartNoun, mentionBefore, modifiesNoun, sectionTopic, termMentions, type Context } from './relation-context';

/**
 * Relation candidates from section structure (list labels, "X (Network):" items, "A with B"
 * terms) and from cue phrases in sentences. Repeated blocks are skipped: their evidence would
 * only repeat.
 */
export function extractRelations(seg: Segmentation, recognition: Recognition, lexicon: Lexicon): RelationCandidate[] {
  const bySentence: Mention[][] = seg.sentences.map(() => []);
  const nestedBySentence: Mention[][] = seg.sentences.map(() => []);
  for (const m of recognition.mentions) (m.nested ? nestedBySentence : bySentence)[m.sentence]?.push(m);
  const byBlock: Sentence[][] = seg.blocks.map(() => []);
  for (const s of seg.sentences) byBlock[s.block]?.push(s);
  const ctx: Context = { seg, lexicon, tokens: recognition.tokens, bySentence, byBlock, out: [] };
  bylineAffiliations(ctx);
  for (const block of seg.blocks) {
    if (block.duplicateOf >= 0) continue;
    const sentences = byBlock[block.index] ?? [];
    referenceEntry(ctx, sentences);
    citedAuthors(ctx, block, sentences);
    for (const s of sentences) {
      legalPartOf(ctx, block, s);
      parenthesizedExamples(ctx, s);
      colonExamples(ctx, s);
      countedParts(ctx, s);
      citedProposers(ctx, s);
      contrastedAlternatives(ctx, block, s);
      asClass(ctx, s);
      kindOpener(ctx, s);
      kindExamples(ctx, s);
      otherClass(ctx, s);
      classCopula(ctx, s);
      meansFor(ctx, s);
      byAside(ctx, s);
      applicationExamples(ctx, s);
      categoryMembers(ctx, block, s);
      toolFor(ctx, s);
    }
    if (block.kind === 'row') {
      for (const s of sentences) tableRow(ctx, block, s);
      continue;
    }
    // "Do shards use Tessbar?" asks; it states nothing. ("How do shards use Tessbar?" takes that they do: lexicon `presupposingQuestions`.)
    if (block.kind === 'heading' && block.text.trimEnd().endsWith('?') && !sentences.every((s) => presupposes(ctx, s))) continue;
    if (block.kind === 'item' || block.kind === 'bullet') structure(ctx, block, sentences, nestedBySentence);
    // "Is X an alternative to Y?": a question asks; it states nothing. "X addresses a trust
    // challenge: how do you know ...?" states what comes before its colon.
    for (const s of sentences) {
      const asked = presupposes(ctx, s) ? undefined : questionStart(s);
      if (asked === undefined) cues(ctx, block, s);
      else if (asked > s.start) cues(statedBefore(ctx, s, asked), block, s);
      if (asked === undefined) additiveOpener(ctx, s);
    }
  }
  namedSubclasses(ctx, recognition.mentions);
  return foundersAsMembers(ctx.out, recognition.mentions, lexicon);
}

/** "- Tessnet layer — ...": a name right before a part noun ("layer", "module") only modifies the part. */
function modifiesPartNoun(ctx: Context, s: Sentence, m: Mention): boolean {
  const next = (ctx.tokens[s.index] ?? []).find((t) => t.start >= m.end);
  return next !== undefined && /^\s+$/.test(s.text.slice(m.end - s.start, next.start - s.start)) && isPartNoun(ctx, next.lower);
}

/**
 * "How does Quorrel use Tessbar?", "Why did Acme build Quorrel?": a question that asks how or why something is
 * (a lexicon `presupposingQuestions` word, then a form of "do" or "be") takes that it is, and states it.
 */
function presupposes(ctx: Context, s: Sentence): boolean {
  const [wh, auxiliary] = ctx.tokens[s.index] ?? [];
  return (
    /\?[\s*_"”)]*$/.test(s.text) &&
    wh !== undefined &&
    /^[\s#*_"“]*$/.test(s.text.slice(0, wh.start - s.start)) &&
    ctx.lexicon.data.presupposingQuestions.includes(wh.lower) &&
    (auxiliary?.lemma === 'do' || auxiliary?.lemma === 'be')
  );
}

/** Where a sentence's question starts: all of it, or what follows its last colon; undefined for a statement. */
function questionStart(s: Sentence): number | undefined {
  if (!/\?[\s*_"”)]*$/.test(s.text)) return undefined;
  const colon = s.text.lastIndexOf(': ');
  return colon > 0 ? s.start + colon : s.start;
}

/** The context with only the tokens and mentions of sentence `s` that end before `end`. */
function statedBefore(ctx: Context, s: Sentence, end: number): Context {
  const tokens = ctx.tokens.slice();
  const bySentence = ctx.bySentence.slice();
  tokens[s.index] = (tokens[s.index] ?? []).filter((t) => t.end <= end);
  bySentence[s.index] = (bySentence[s.index] ?? []).filter((m) => m.end <= end);
  return { ...ctx, tokens, bySentence };
}

/** The section's subject and the list label over a block (a list intro, or a heading that is a label). */
function sectionOf(ctx: Context, block: Block): { subject: Mention | undefined; label: string | null; labelBlock: number } {
  const heading = ctx.seg.blocks[block.heading];
  const intro = ctx.seg.blocks[block.intro];
  if (intro) return { subject: headingSubject(ctx, block.heading), label: normalizeLabel(intro.text), labelBlock: intro.index };
  if (heading && ctx.lexicon.labels.has(normalizeLabel(heading.text))) {
    return { subject: headingSubject(ctx, heading.heading), label: normalizeLabel(heading.text), labelBlock: heading.index };
  }
  return { subject: block.heading >= 0 ? headingSubject(ctx, block.heading) : undefined, label: null, labelBlock: -1 };
}

function structure(ctx: Context, block: Block, sentences: Sentence[], nestedBySentence: Mention[][]): void {
  const first = sentences[0];
  if (!first) return;
  const { confidence } = ctx.lexicon.data;
  const field = block.term ? ctx.lexicon.fields.get(normalizeLabel(block.term.text)) : undefined;
  if (field && block.term) {
    fieldItem(ctx, block, first, field);
    return;
  }
  const terms = termMentions(ctx, block, first);
  const { subject, label, labelBlock } = sectionOf(ctx, block);
  const labelDef = label !== null ? ctx.lexicon.labels.get(label) : undefined;
  const parent = nestedWhole(ctx, ctx.seg.blocks[block.intro]);
  for (const term of terms) {
    // (Only a named item is a part: "  - The fee tokens go to X" under "- Sequencer" says something about it.)
    if (parent) {
      if (block.term && parent.key !== term.key) add(ctx, term, 'PART_OF', parent, first.index, 'section:nested-parts', confidence.section);
      continue;
    }
    // (A code-shaped item, "quill_core", "quill.js", "QuillCore", is a named part whatever type its label guessed.)
    const part = labelDef?.partTypes !== undefined && (labelDef.partTypes.includes(term.type) || /[_.]|\p{Ll}\p{Lu}/u.test(term.text));
    if (labelDef?.type && part && subject) add(ctx, term, 'PART_OF', subject, first.index, 'section:list-label', confidence.section);
    else if (labelDef?.type && labelDef.inverse) {
      if (subject && labelDef.subjectTypes?.includes(subject.type) !== false) add(ctx, term, labelDef.type, subject, first.index, 'section:list-label', confidence.section);
    } else if (labelDef?.type) add(ctx, subject, labelDef.type, term, first.index, 'section:list-label', confidence.section);
    const labelSentence = ctx.byBlock[labelBlock]?.at(-1);
    // ("The major components of Quorrel are:" over "- Tessbar": each item is a part of the whole the intro names, and only that.)
    const whole = labelSentence && !labelDef ? partsWhole(ctx, labelSentence) : undefined;
    // ("divided into three layers:" over "- Tessnet layer — ...": a name that only modifies the part noun is no part.)
    if (whole && whole.key !== term.key && !modifiesPartNoun(ctx, first, term)) add(ctx, term, 'PART_OF', whole, first.index, 'section:list-parts', confidence.section);
    else if (labelSentence && !labelDef) introCue(ctx, labelSentence, term, first.index);
    if (labelSentence && !whole) {
      const toks = ctx.tokens[labelSentence.index] ?? [];
      const last = findCues(toks, ctx.lexicon).at(-1);
      const hypernym = last?.cue.hyponym && last.endToken === toks.length ? mentionBefore(ctx, labelSentence, last) : undefined;
      if (last && hypernym) add(ctx, term, last.cue.type, hypernym, first.index, 'section:list-intro', confidence.section);
    }
    const introLast = ctx.byBlock[labelBlock]?.at(-1);
    const counted = introLast && !labelDef ? countedClass(ctx, introLast) : undefined;
    if (counted && counted.key !== term.key) add(ctx, term, 'IS_A', counted, first.index, 'section:list-counted', confidence.section);
  }
  const term = terms[0];
  if (term) parenthesizedItem(ctx, first, term);
  if (!block.term || !term) return;
  combinedParts(ctx, first, block.term.end, term);
  const inParens = (ctx.bySentence[first.index] ?? []).filter((m) => m.start > term.end && m.end <= block.term!.end);
  for (const m of inParens) {
    if (ctx.lexicon.data.parenthetical.objectTypes.includes(m.type)) add(ctx, term, ctx.lexicon.data.parenthetical.type, m, first.index, 'structure:parenthetical', confidence.structure);
  }
  const nested = (nestedBySentence[first.index] ?? []).filter((m) => m.start >= term.start && m.end <= term.end);
  for (let i = 1; i < nested.length; i += 1) {
    const between = first.text
      .slice((nested[i - 1] as Mention).end - first.start, (nested[i] as Mention).start - first.start)
      .trim()
      .toLowerCase();
    if (!ctx.lexicon.compoundConnectors.has(between)) continue;
    add(ctx, term, 'COMBINES', nested[i - 1] as Mention, first.index, 'structure:compound', confidence.structure);
    add(ctx, term, 'COMBINES', nested[i] as Mention, first.index, 'structure:compound', confidence.structure);
  }
}

/** "- Quillnet (Kestrel, Marrow);": an item that is only a name and a list of names in parentheses, read like a "Quillnet (Kestrel):" term. */
function parenthesizedItem(ctx: Context, first: Sentence, term: Mention): void {
  const rest = first.text.slice(term.end - first.start);
  if (!/^[*_`]*\s*\([^()]+\)[\s;,.!*_]*$/.test(rest)) return;
  const open = term.end + rest.indexOf('(') + 1;
  const close = term.end + rest.indexOf(')');
  const inside = (ctx.bySentence[first.index] ?? []).filter((m) => m.start >= open && m.end <= close);
  // (Only names and separators: "Quillnet (deprecated after the Kestrel fork)" says something else of Kestrel.)
  const others = inside.reduceRight((text, m) => text.slice(0, m.start - open) + text.slice(m.end - open), first.text.slice(open - first.start, close - first.start));
  if (!/^(?:[\s,;/&]|\band\b|\bor\b)*$/i.test(others)) return;
  const { type, objectTypes } = ctx.lexicon.data.parenthetical;
  for (const m of inside) if (objectTypes.includes(m.type)) add(ctx, term, type, m, first.index, 'structure:parenthetical', ctx.lexicon.data.confidence.structure);
}

/** "**Paper:** https://…": a heading block that is a bold field label with its value. */
function isFieldLine(ctx: Context, index: number): boolean {
  const heading = ctx.seg.blocks[index];
  return heading?.kind === 'heading' && isBoldLabel(heading.text);
}

/** "Lattice Assure: model cards + drift monitoring": the names a description joins with "+" are what the term combines. */
function combinedParts(ctx: Context, first: Sentence, termEnd: number, term: Mention): void {
  const parts = (ctx.bySentence[first.index] ?? []).filter((m) => m.start >= termEnd && !isNounModifier(ctx, first, m) && !modifiesNoun(ctx, first, m));
  const gap = (a: Mention, b: Mention) => first.text.slice(a.end - first.start, b.start - first.start);
  for (let i = 1; i < parts.length; i += 1) {
    const [a, b] = [parts[i - 1] as Mention, parts[i] as Mention];
    // Other words may stand before the right-hand name ("bias audits + AI Act risk classification").
    if (!/^\s*\+\s/.test(gap(a, b)) || /[,;.]/.test(gap(a, b))) continue;
    add(ctx, term, 'COMBINES', a, first.index, 'structure:combination', ctx.lexicon.data.confidence.structure);
    add(ctx, term, 'COMBINES', b, first.index, 'structure:combination', ctx.lexicon.data.confidence.structure);
  }
}

/**
 * "Developer: Acme Labs" under a heading about X: X relates to each name of the value as the label
 * says ("Examples: A, B" runs the other way); a value of "A + B" is a combination.
 */
function fieldItem(ctx: Context, block: Block, first: Sentence, field: { type: RelationType; inverse: boolean; subjectTypes?: readonly EntityType[] }): void {
  // (Under a bold field line taken for a heading, "**Paper:** https://…", the fields are about the section above it.)
  const subject = recordName(ctx, block) ?? headingSubject(ctx, block.heading) ?? (isFieldLine(ctx, block.heading) ? sectionTopic(ctx, ctx.seg.blocks[block.heading] as Block) : undefined);
  if (!subject || (field.subjectTypes !== undefined && !field.subjectTypes.includes(subject.type))) return;
  const valueStart = (block.term as { end: number }).end;
  // Only the names the value lists, each opening a part ("A, the B + C"), not names inside its prose.
  const names = (ctx.bySentence[first.index] ?? []).filter(
    (m) => m.start >= valueStart && /(?:^[\s*:]*|[,;+&]\s*|\sand\s+)(?:(?:the|a|an)\s+)?$/i.test(first.text.slice(valueStart - first.start, m.start - first.start)),
  );
  const combined = /\s\+\s/.test(first.text);
  // ("Authors: A, B" under a technique, a law or a proposal (the kind `roleTypes` says is proposed): the authors of an idea proposed it.)
  const proposed =
    field.type === 'DEVELOPED_BY' &&
    subject.weakType !== true &&
    (ctx.lexicon.data.possessive.typeByOwnedType[subject.type] === 'PROPOSED_BY' || ctx.lexicon.data.roleTypes.PROPOSED_BY?.subject === subject.type);
  const type = combined ? 'COMBINES' : proposed ? 'PROPOSED_BY' : field.type;
  for (const m of names) {
    if (field.inverse && !combined) add(ctx, m, type, subject, first.index, 'section:field', ctx.lexicon.data.confidence.section);
    else add(ctx, subject, type, m, first.index, 'section:field', ctx.lexicon.data.confidence.section);
  }
}

/**
 * "Name: Quillnet" among the "Label: value" lines right before this one (items in a row, under the same heading): the
 * name its value gives, which the record's fields describe.
 */
function recordName(ctx: Context, block: Block): Mention | undefined {
  for (let i = block.index - 1; i >= 0; i -= 1) {
    const before = ctx.seg.blocks[i] as Block;
    if (before.kind !== 'item' || !before.term || before.heading !== block.heading) return undefined;
    const label = normalizeLabel(before.term.text);
    if (ctx.lexicon.recordNameLabels.has(label)) {
      const sentence = ctx.byBlock[i]?.[0];
      return sentence ? (ctx.bySentence[sentence.index] ?? []).find((m) => m.start >= (before.term as { end: number }).end) : undefined;
    }
  }
  return undefined;
}

/** "| Sable | Halo2 | Gnosis |" under "| Project | Proof system | Settles to |": the first cell's
 *  name relates to each name of a column whose header the lexicon knows (or each name to it, for an inverse header). */
function tableRow(ctx: Context, block: Block, s: Sentence): void {
  const cells = block.cells ?? [];
  const header = ctx.seg.blocks[block.intro]?.cells ?? [];
  const mentions = ctx.bySentence[s.index] ?? [];
  const inCell = (c: number) => mentions.filter((m) => cells[c] !== undefined && m.start >= (cells[c] as { start: number }).start && m.end <= (cells[c] as { end: number }).end);
  const labelled = labelledField(block, ctx.seg.blocks[block.intro], ctx.lexicon);
  if (labelled) {
    fieldRow(ctx, block, s, labelled, inCell);
    return;
  }
  const [subject] = inCell(0);
  if (!subject) return;
  for (let c = 1; c < cells.length; c += 1) {
    const column = fieldOf(ctx.lexicon, header[c]?.text ?? '');
    if (!column) {
      describedInRow(ctx, s, subject, cells[c] as Span, header[c]?.text ?? '');
      continue;
    }
    // ("| Sidechain | … | Quillnet |" under "| Design | … | Example |": the example is a kind of the row's class.)
    const names = inCell(c);
    // ("| Marrowchain blobs |": a network right before another name in its cell only qualifies it.)
    const qualifies = (m: Mention) => m.type === 'Network' && names.some((n) => n !== m && /^ +$/.test(s.text.slice(m.end - s.start, n.start - s.start)));
    for (const m of names.filter((x) => !qualifies(x))) {
      if (column.inverse) add(ctx, m, column.type, subject, s.index, 'structure:table', ctx.lexicon.data.confidence.structure);
      else add(ctx, subject, column.type, m, s.index, 'structure:table', ctx.lexicon.data.confidence.structure);
    }
  }
}

/**
 * "Several privacy-enhancing technologies (PETs) help organizations comply:", "She compared the three external DA layers
 * that teams ask about:": a class the intro counts (`isCounted`) is what its
 * items are kinds of. The class is a term (not a name) in the plural.
 */
function countedClass(ctx: Context, intro: Sentence): Mention | undefined {
  if (!/:[\s*_]*$/.test(intro.text)) return undefined;
  return (ctx.bySentence[intro.index] ?? []).find(
    (m) => CLASS_TYPES.has(m.type) && m.weakType !== true && /s\)?$/.test(m.text.replace(/\s*\([^()]*\)$/, '')) && !isNounModifier(ctx, intro, m) && isCounted(ctx, intro, m),
  );
}

/**
 * A row whose first cell is a field's label: "| Built with | Quill SDK |" in a two-column table states a fact about the
 * table's topic (`tableTopic`); "| Proof system | quill proofs | marrow proofs |" under "| | Quillnet | Marrowchain |"
 * one about the name each column's header gives. The value's names relate to it as the label says.
 */
function fieldRow(ctx: Context, block: Block, s: Sentence, field: { type: RelationType; inverse: boolean }, inCell: (c: number) => Mention[]): void {
  const cells = block.cells ?? [];
  const header = ctx.seg.blocks[block.intro]?.cells ?? [];
  for (let c = 1; c < cells.length; c += 1) {
    const topic = cells.length === 2 ? tableTopic(ctx, block) : namedInText(ctx, header[c]?.text ?? '');
    if (!topic) continue;
    for (const m of inCell(c)) {
      if (field.inverse) add(ctx, m, field.type, topic, s.index, 'structure:table', ctx.lexicon.data.confidence.structure);
      else add(ctx, topic, field.type, m, s.index, 'structure:table', ctx.lexicon.data.confidence.structure);
    }
  }
}

/** A mention of the article whose name is this text (a table header's cell, which is not read for names itself). */
function namedInText(ctx: Context, text: string): Mention | undefined {
  const named = text.replace(/[*_`]/g, '').trim();
  if (named === '') return undefined;
  const key = nameKey(named);
  return ctx.bySentence.flat().find((m) => m.key === key || nameKey(m.text) === key);
}

/**
 * What a table of fields describes: the name its header's first cell gives ("| Quillnet | |", a name the text uses
 * elsewhere), else the subject of the nearest heading above that has one, else the name the title opens with.
 */
function tableTopic(ctx: Context, block: Block): Mention | undefined {
  return namedInText(ctx, ctx.seg.blocks[block.intro]?.cells?.[0]?.text ?? '') ?? sectionTopic(ctx, block);
}

/** "The charter addresses three risks:": a cue whose objects are the items below it. */
function introCue(ctx: Context, intro: Sentence, term: Mention, sentence: number): void {
  const mentions = ctx.bySentence[intro.index] ?? [];
  const toks = ctx.tokens[intro.index] ?? [];
  const found = findCues(toks, ctx.lexicon)
    .filter((h) => !h.cue.hyponym)
    .pop();
  const after = found ? mentions.filter((m) => m.start >= found.end) : [];
  // "... can use any of the following data availability layers:": the closing name is the items' class.
  const [cls] = after;
  const rest = cls ? intro.text.slice(cls.end - intro.start) : '';
  // ("addresses gradient leakage with two layers of protection:": a phrase after the name says how, and the name is the object.)
  const closing = cls !== undefined && after.length === 1 && /^[\s\p{Ll}-]*:?\s*$/u.test(rest) && !toks.some((t) => t.start >= cls.end && t.pos === 'ADP');
  // ("... before re-enabling the bridge:": a name, not a class of things, closes the intro; its items are no kinds of it.)
  const isClass = cls !== undefined && (CLASS_TYPES.has(cls.type) || /^\p{Ll}/u.test(cls.text)) && !cls.rule.startsWith('anaphor:') && cls.weakType !== true;
  // ("The network has four main components:", "X is built on Y and adds three modules:": parts of the intro's subject,
  // unless the cue itself governs the part noun: "relies on three components:".)
  // ("X is a suite of several packages and building blocks:": any noun of the closing coordinated phrase may count the parts.)
  const closingNouns = /((?:[\p{Ll}-]+\s+(?:and\s+|or\s+)?){0,3}[\p{Ll}-]+)\s*:\s*$/u.exec(intro.text)?.[1]?.split(/\s+/) ?? [];
  const partNoun = closingNouns.find((w) => ctx.lexicon.partNouns.has(w));
  const governed = found !== undefined && !toks.some((t) => t.start >= found.end && (t.pos === 'VERB' || t.pos === 'AUX'));
  // (Not a class, "A shared sequencer has ...", nor a modifier, "A Quill transaction pays two parts:".)
  const named = mentions.find((m) => m.start - intro.start <= 4 && /^(?:[\s*_]*(?:the|our|its)?\s*)$/i.test(intro.text.slice(0, m.start - intro.start)) && !isNounModifier(ctx, intro, m));
  const whole = named ?? referredOpener(ctx, intro);
  const item = ctx.seg.sentences[sentence];
  if (partNoun !== undefined && ctx.lexicon.partNouns.has(partNoun) && !governed && whole && whole !== term && !(item && modifiesPartNoun(ctx, item, term))) {
    add(ctx, term, 'PART_OF', whole, sentence, 'section:list-parts', ctx.lexicon.data.confidence.section);
    return;
  }
  if (!found || (after.length > 0 && !closing)) return;
  // ("Quorrel relies on X to offer two safety properties:": the items are what the purpose clause after the name introduces, not
  // more of the cue's objects.)
  const purposeAt = cls ? toks.findIndex((t) => t.start >= cls.end && ctx.lexicon.purposeMarkers.has(t.lower)) : -1;
  if (closing && purposeAt >= 0 && toks[purposeAt + 1]?.pos === 'VERB') return;
  // ("X addresses this in two layers:": a pronoun right after the cue is its object; the items only say how.)
  // ("uses these strategies:": a determiner before the noun that counts the items is no pronoun.)
  const determines = ['NOUN', 'ADJ'].includes(toks[found.endToken + 1]?.pos ?? '');
  if (ctx.lexicon.anaphors.has(toks[found.endToken]?.lower ?? '') && !determines) return;
  // ("The group adopted the following terms:": items a plain noun of no type introduces (terms, steps, definitions)
  // are entries of a list, not the cue's objects.)
  // ("X comprises the following parts:": unless a cue of parts counts parts.)
  const counted = /\bfollowing\s+([\p{Ll}-]+)\s*:?\s*$/u.exec(intro.text)?.[1];
  const parts = found.cue.type === 'PART_OF' && ctx.lexicon.partNouns.has(counted ?? '');
  if (after.length === 0 && counted !== undefined && !ctx.lexicon.typeByWord.has(singular(counted)) && !parts) return;
  if (closing && isClass && /^[\s*]*:?\s*$/.test(rest)) add(ctx, term, 'IS_A', cls, sentence, 'section:list-class', ctx.lexicon.data.confidence.section);
  const hit = chooseCue(found, term);
  if (hit.cue.objectTypes && !hit.cue.objectTypes.includes(term.type)) return;
  const none: Previous = { subject: undefined, hit: undefined, objects: [], last: undefined };
  const subject = subjectOf(ctx, ctx.seg.blocks[intro.block] as Block, intro, hit, mentions, [], none, -1);
  if (!subject || (hit.cue.subjectTypes && !hit.cue.subjectTypes.includes(subject.type))) return;
  const confidence = ctx.lexicon.data.confidence.section;
  // ("The techniques most often cited are:": the items after a copula are kinds of its subject.)
  // ("Quorrel is a suite of tools:" gives its own class; the items are no kinds of Quorrel.)
  const copula = hit.cue.type === 'IS_A' && !hit.cue.hyponym;
  if (copula && !hit.cue.inverse && !/^[\s*_]*(?:the\s+following|as\s+follows)?[\s*_]*:?\s*$/i.test(intro.text.slice(hit.end - intro.start))) return;
  if (hit.cue.inverse || copula) add(ctx, term, hit.cue.type, subject, sentence, `section:list-cue:${hit.cue.phrase}`, confidence);
  else add(ctx, subject, hit.cue.type, term, sentence, `section:list-cue:${hit.cue.phrase}`, confidence);
}

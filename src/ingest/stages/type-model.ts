import type { EntityType } from '../../domain/vocabulary';
import { best, predict, type LinearModel } from '../learn/linear-model';
import type { Lexicon } from '../lexicon';
import { GIVEN_NAMES } from '../text/given-names';
import { isEnglishWord } from '../text/pos';
import type { Token } from '../text/tokenize';
import type { Mention, RelationCandidate } from '../types';

/**
 * The type of each discovered name, and whether it is a name at all, read by a classifier learned
 * from our own annotated articles (`npm run train`, stored as `seed/catalog/type-model.json`). It
 * reads how the name is spelled (its head word, shape), the words around each of its mentions, the
 * rule that found it with its guessed type, and the roles its relations give it. Features seen in
 * one training name are kept (cross-validation measured them better), so the file does hold words
 * of the names it was trained on; catalog names are never its business.
 */
export interface TypeModel extends LinearModel {
  /** A name takes part in no relation and `NONE` (not a name an annotator would list) is this probable: it is dropped. */
  dropThreshold: number;
  /** A name some relation needs is dropped (with its relations) only when `NONE` is this probable; absent: never. */
  dropRelatedThreshold?: number;
}

/** A word with a capital inside it or a figure among its letters ("QuorHog", "Q1LOAD", "kzQuill"), and no underscore. */
const COINED = /^(?=[\p{L}\p{N}-]*(?:\p{Ll}\p{Lu}|\p{L}\p{N}|\p{N}\p{L}))[\p{L}\p{N}-]+$/u;
/** Mentions of a coined word that make it a name whatever the model reads (see `docs/EXTRACTION.md`, sixth 2026-12-06 session). */
const REPEATED = 5;

/** The label of a discovered name that is no entity (a fragment, a generic phrase). */
export const NOT_AN_ENTITY = 'NONE';

function shape(text: string): string {
  const words = text.split(/\s+/);
  const parts = [`w${Math.min(words.length, 4)}`];
  if (/^\p{Ll}/u.test(text)) parts.push('lower');
  if (/^\p{Lu}{2,}$/u.test(text)) parts.push('caps');
  else if (/\p{Ll}\p{Lu}/u.test(text)) parts.push('camel');
  if (/\p{N}/u.test(text)) parts.push('digit');
  if (/-/.test(text)) parts.push('hyphen');
  if (/[./]/.test(text)) parts.push('dot');
  return parts.join('+');
}

/** Features of one mention: its spelling and its neighbours in the sentence. */
export function mentionFeatures(m: Mention, tokens: readonly Token[]): string[] {
  const inside = tokens.filter((t) => t.start >= m.start && t.end <= m.end);
  const first = tokens.findIndex((t) => t.start >= m.start);
  const after = tokens.findIndex((t) => t.start >= m.end);
  const words = inside.map((t) => t.lower);
  const head = words.at(-1) ?? m.text.toLowerCase();
  const f = [`SH:${shape(m.text)}`, `H:${head}`, `SUF:${head.slice(-3)}`, `RULE:${m.rule}`, `GUESS:${m.type}`];
  if (words.length > 1) f.push(`F:${words[0]}`);
  for (const w of words.slice(0, -1)) f.push(`W:${w}`);
  if (inside[0] && GIVEN_NAMES.has(inside[0].text) && inside.length > 1) f.push('GIVEN');
  const lemma = (t: Token | undefined) => (t ? (t.lemma ?? t.lower) : undefined);
  const before = first > 0 ? tokens.slice(Math.max(0, first - 2), first) : [];
  if (before.length === 0) f.push('L:^');
  for (const t of before) f.push(`L:${lemma(t)}`);
  if (before.at(-1)) f.push(`L1:${lemma(before.at(-1))}`);
  const next = after >= 0 ? tokens.slice(after, after + 2) : [];
  if (next.length === 0) f.push('R:$');
  for (const t of next) f.push(`R:${lemma(t)}`);
  if (next[0]) f.push(`R1:${lemma(next[0])}`);
  const verbBefore = tokens.slice(Math.max(0, first - 5), Math.max(0, first)).findLast((t) => t.pos === 'VERB');
  if (verbBefore) f.push(`LV:${lemma(verbBefore)}`);
  const verbAfter = after >= 0 ? tokens.slice(after, after + 4).find((t) => t.pos === 'VERB') : undefined;
  if (verbAfter) f.push(`RV:${lemma(verbAfter)}`);
  return f;
}

/** Features of a discovered name: those of all its mentions, and the roles its relations give it. */
export function groupFeatures(group: readonly Mention[], tokens: readonly Token[][], roles: readonly EntityType[]): string[] {
  const f = new Set<string>();
  for (const m of group) for (const x of mentionFeatures(m, tokens[m.sentence] ?? [])) f.add(x);
  for (const t of roles) f.add(`ROLE:${t}`);
  return [...f];
}

/** Discovered mentions grouped by name key, in order of first mention. */
export function discoveredGroups(mentions: readonly Mention[]): Mention[][] {
  const groups = new Map<string, Mention[]>();
  for (const m of mentions) {
    if (m.entityId !== null) continue;
    const group = groups.get(m.key);
    if (group) group.push(m);
    else groups.set(m.key, [m]);
  }
  return [...groups.values()];
}

/** Per mention index, the types its relations' roles give it ("developed by X": X is an organization); a mention in no relation has no entry. */
export function roleTypesByMention(candidates: readonly RelationCandidate[], roleTypes: Lexicon['data']['roleTypes']): Map<number, EntityType[]> {
  const out = new Map<number, EntityType[]>();
  const add = (index: number, type: EntityType | undefined) => {
    const list = out.get(index) ?? [];
    if (type !== undefined) list.push(type);
    out.set(index, list);
  };
  for (const c of candidates) {
    add(c.subject, roleTypes[c.type]?.subject);
    add(c.object, roleTypes[c.type]?.object);
  }
  return out;
}

/** The role types of a group's mentions. */
export function roleTypesOf(group: readonly Mention[], roles: ReadonlyMap<number, EntityType[]>): EntityType[] {
  return group.flatMap((m) => roles.get(m.index) ?? []);
}

/** The discovery rules whose names the model never drops (see `typeByModel`). */
const EVIDENT_RULES: ReadonlySet<string> = new Set(['discover:repository-link', 'discover:emphasized', 'discover:acronym', 'discover:versioned']);

/**
 * Discovered names retyped by the model when it is sure enough (the rules' type is one of its
 * features, so it learns when to keep it), and names it takes for no entity dropped: at
 * `dropThreshold` when nothing relates them, at the stricter `dropRelatedThreshold` with their
 * relations. Returns new mentions and candidates, renumbered.
 */
export function typeByModel(
  mentions: readonly Mention[],
  tokens: readonly Token[][],
  candidates: readonly RelationCandidate[],
  lexicon: Lexicon,
  model: TypeModel,
): { mentions: Mention[]; candidates: RelationCandidate[] } {
  const retyped = new Map<number, EntityType>();
  const junk = new Set<number>();
  const roles = roleTypesByMention(candidates, lexicon.data.roleTypes);
  const none = model.labels.indexOf(NOT_AN_ENTITY);
  for (const group of discoveredGroups(mentions)) {
    const features = groupFeatures(group, tokens, roleTypesOf(group, roles));
    const probabilities = predict(model, features);
    const related = group.some((m) => roles.has(m.index));
    const noEntity = none >= 0 ? (probabilities[none] as number) : 0;
    // (A link to the name's own repository or package page, the writer's bold inside a sentence, an acronym the text defines
    // for it, "Input Party (IP)", or a version number, "Quill v2.0", is evidence enough that it names something.)
    const linked = group.some((m) => EVIDENT_RULES.has(m.rule));
    // (Nor is a coined word the article keeps repeating, "QuorHog", "Q1LOAD": the model's context features pile up with each
    // mention, so the names a page is about would be the likeliest to go.)
    // ("Fairlearn" on every page of its FAQ: so is a capitalised word no dictionary holds.)
    const word = group[0]?.text ?? '';
    const repeatedCoinage = group.length >= REPEATED && (COINED.test(word) || (/^\p{Lu}\p{Ll}{3,}$/u.test(word) && !isEnglishWord(word.toLowerCase())));
    if (!linked && !repeatedCoinage && noEntity >= (related ? (model.dropRelatedThreshold ?? 2) : model.dropThreshold)) {
      for (const m of group) junk.add(m.index);
      continue;
    }
    const { label, p } = best(model, probabilities, NOT_AN_ENTITY);
    // ("Authors: Ravik Salur, Ilse Varn Mendo": a field's header that lists people types its names; the model keeps that type.)
    if (p < model.threshold || group.some((m) => m.rule === 'discover:field' && m.type === 'Person' && m.weakType !== true)) continue;
    for (const m of group) retyped.set(m.index, label as EntityType);
  }
  const kept = mentions.filter((m) => !junk.has(m.index));
  const newIndex = new Map(kept.map((m, i) => [m.index, i]));
  return {
    mentions: kept.map((m, i) => {
      const type = retyped.get(m.index);
      return { ...m, index: i, ...(type === undefined ? {} : { type, weakType: false }) };
    }),
    candidates: candidates.flatMap((c) => {
      const subject = newIndex.get(c.subject);
      const object = newIndex.get(c.object);
      return subject === undefined || object === undefined ? [] : [{ ...c, subject, object }];
    }),
  };
}

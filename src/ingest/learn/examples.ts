import { nameKey } from '../../domain/names';
import { ENTITY_TYPES } from '../../domain/vocabulary';
import type { Gold } from '../eval';
import { readTyped, type Knowledge } from '../pipeline';
import type { Example } from './linear-model';
import { NOT_AN_ENTITY, discoveredGroups, groupFeatures, roleTypesByMention, roleTypesOf } from '../stages/type-model';
import { NO_RELATION, RELATION_LABELS, mentionPairs } from '../stages/relation-model';
import type { Mention, SourceArticle } from '../types';

/** The type model's labels: the entity types, then `NONE` for a discovered name the gold does not list. */
export const TYPE_LABELS: readonly string[] = [...ENTITY_TYPES, NOT_AN_ENTITY];

/**
 * Training examples for the type model from one annotated article: each discovered name, labelled
 * with the gold's type, or `NONE` when the gold does not list it.
 */
export function typeExamples(article: SourceArticle, gold: Gold, knowledge: Knowledge): Example[] {
  const { recognition, ruleCandidates } = readTyped(article, knowledge);
  const roles = roleTypesByMention(ruleCandidates, knowledge.lexicon.data.roleTypes);
  const typeOf = new Map<string, string>();
  for (const e of gold.entities) for (const n of [e.name, ...e.aliases]) typeOf.set(nameKey(n), e.type);
  const out: Example[] = [];
  for (const group of discoveredGroups(recognition.mentions)) {
    const type = group.map((m) => typeOf.get(nameKey(m.name)) ?? typeOf.get(nameKey(m.text))).find((t) => t !== undefined);
    out.push({ features: groupFeatures(group, recognition.tokens, roleTypesOf(group, roles)), label: TYPE_LABELS.indexOf(type ?? NOT_AN_ENTITY) });
  }
  return out;
}

/** Gold text and a sentence's text compared without Markdown emphasis and with spaces collapsed. */
const plain = (text: string) => text.replace(/[*_`]/g, '').replace(/\s+/g, ' ').trim();

/**
 * Training examples for the relation model from one annotated article: each pair of names in a
 * sentence, labelled with the gold relation between them and its direction, or `NONE`. A pair whose
 * relation the gold quotes from another sentence is left out: this sentence may state it again or
 * not, and guessing either way would teach the model noise.
 */
export function relationExamples(article: SourceArticle, gold: Gold, knowledge: Knowledge, maxDistance: number): Example[] {
  const { segmentation: seg, recognition, mentions, candidates } = readTyped(article, knowledge);
  const entityOf = new Map<string, number>();
  gold.entities.forEach((e, i) => {
    for (const n of [e.name, ...e.aliases]) entityOf.set(nameKey(n), i);
  });
  const goldOf = (m: Mention) => entityOf.get(nameKey(m.name)) ?? entityOf.get(nameKey(m.text));
  const stated = new Map<string, { type: string; sentences: number[] }>();
  for (const r of gold.relations) {
    const s = entityOf.get(nameKey(r.s));
    const o = entityOf.get(nameKey(r.o));
    if (s === undefined || o === undefined) continue;
    const quote = plain(r.sentence ?? '').slice(0, 40);
    stated.set(`${s}:${o}`, { type: r.type, sentences: seg.sentences.filter((x) => plain(x.text).includes(quote)).map((x) => x.index) });
  }
  const out: Example[] = [];
  for (const pair of mentionPairs(mentions, recognition.tokens, candidates, knowledge.lexicon, maxDistance)) {
    const a = goldOf(pair.first);
    const b = goldOf(pair.second);
    const forward = a === undefined || b === undefined ? undefined : stated.get(`${a}:${b}`);
    const backward = a === undefined || b === undefined ? undefined : stated.get(`${b}:${a}`);
    const relation = forward ?? backward;
    if (relation && !relation.sentences.includes(pair.first.sentence)) continue;
    const label = relation ? `${relation.type}${forward ? '>' : '<'}` : NO_RELATION;
    out.push({ features: pair.features, label: RELATION_LABELS.indexOf(label) });
  }
  return out;
}

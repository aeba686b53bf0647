import { nameKey } from '../../domain/names';
import { ENTITY_TYPES } from '../../domain/vocabulary';
import type { Gold } from '../eval';
import type { Knowledge } from '../pipeline';
import { recognizeEntities } from '../stages/recognize-entities';
import type { Example } from './linear-model';
import { segment } from '../stages/segment';
import { NOT_AN_ENTITY, discoveredGroups, groupFeatures, roleTypesByMention, roleTypesOf } from '../stages/type-model';
import { extractRelations } from '../stages/extract-relations';
import type { SourceArticle } from '../types';

/** The type model's labels: the entity types, then `NONE` for a discovered name the gold does not list. */
export const TYPE_LABELS: readonly string[] = [...ENTITY_TYPES, NOT_AN_ENTITY];

/**
 * Training examples for the type model from one annotated article: each discovered name, labelled
 * with the gold's type, or `NONE` when the gold does not list it.
 */
export function typeExamples(article: SourceArticle, gold: Gold, knowledge: Knowledge): Example[] {
  const seg = segment(article, knowledge.lexicon);
  const recognition = recognizeEntities(article, seg, knowledge);
  const candidates = extractRelations(seg, recognition, knowledge.lexicon);
  const roles = roleTypesByMention(candidates, knowledge.lexicon.data.roleTypes);
  const typeOf = new Map<string, string>();
  for (const e of gold.entities) for (const n of [e.name, ...e.aliases]) typeOf.set(nameKey(n), e.type);
  const out: Example[] = [];
  for (const group of discoveredGroups(recognition.mentions)) {
    const type = group.map((m) => typeOf.get(nameKey(m.name)) ?? typeOf.get(nameKey(m.text))).find((t) => t !== undefined);
    out.push({ features: groupFeatures(group, recognition.tokens, roleTypesOf(group, roles)), label: TYPE_LABELS.indexOf(type ?? NOT_AN_ENTITY) });
  }
  return out;
}

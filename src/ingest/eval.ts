import { parse } from 'yaml';
import { z } from 'zod';
import { nameKey } from '../domain/names';
import { ENTITY_TYPES, RELATION_TYPES, type EntityType, type RelationType } from '../domain/vocabulary';
import type { EntityRecord, GraphPatch } from './types';

const goldSchema = z.object({
  article: z.string().min(1),
  entities: z.array(
    z.object({
      name: z.string().min(1),
      type: z.enum(ENTITY_TYPES as [EntityType, ...EntityType[]]),
      aliases: z.array(z.string()).default([]),
    }),
  ),
  relations: z.array(
    z.object({
      s: z.string().min(1),
      type: z.enum(RELATION_TYPES as [RelationType, ...RelationType[]]),
      o: z.string().min(1),
      sentence: z.string().optional(),
    }),
  ),
});

/** A gold annotation of one article (tests/fixtures/gold/README.md). */
export type Gold = z.infer<typeof goldSchema>;

export function parseGold(text: string, path: string): Gold {
  const result = goldSchema.safeParse(parse(text));
  if (!result.success) throw new Error(`parseGold: ${path}: ${result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  return result.data;
}

/** Matched predictions, predictions, matched gold items and gold items. */
export interface Counts {
  matchedPredicted: number;
  predicted: number;
  matchedGold: number;
  gold: number;
}
export interface Score {
  precision: number;
  recall: number;
  f1: number;
}

export interface ArticleEval {
  entities: { strict: Counts; lenient: Counts };
  relations: { strict: Counts; lenient: Counts };
  /** Gold relations no prediction matches strictly, and predictions that match no gold relation. */
  missed: string[];
  spurious: string[];
  /** Gold entities no predicted name matches (any type), and predicted names matching no gold entity. */
  missedEntities: string[];
  spuriousEntities: string[];
}

type Keys = ReadonlySet<string>;
const meets = (a: Keys, b: Keys) => [...a].some((k) => b.has(k));

/**
 * Scores one article's patch against its gold. Entities match when a name or alias shares a
 * `nameKey`; strict also wants the same type. Relations match by their two entities; strict also
 * wants the same type, lenient accepts any relation between the two in either direction.
 */
export function evaluate(gold: Gold, patch: GraphPatch): ArticleEval {
  const goldKeys = (name: string): Keys => {
    const entity = gold.entities.find((e) => [e.name, ...e.aliases].some((n) => nameKey(n) === nameKey(name)));
    return new Set((entity ? [entity.name, ...entity.aliases] : [name]).map(nameKey));
  };
  const byId = new Map(patch.entities.map((e) => [e.id, e]));
  const keysOf = (e: EntityRecord | undefined): Keys => new Set(e ? [e.name, ...e.aliases].map(nameKey) : []);
  const goldEntities = gold.entities.map((e) => ({ type: e.type, keys: goldKeys(e.name) }));
  const predEntities = patch.entities.map((e) => ({ type: e.type, keys: keysOf(e) }));
  const entityCounts = (strict: boolean): Counts => {
    const same = (g: (typeof goldEntities)[number], p: (typeof predEntities)[number]) => meets(g.keys, p.keys) && (!strict || g.type === p.type);
    return {
      matchedPredicted: predEntities.filter((p) => goldEntities.some((g) => same(g, p))).length,
      predicted: predEntities.length,
      matchedGold: goldEntities.filter((g) => predEntities.some((p) => same(g, p))).length,
      gold: goldEntities.length,
    };
  };
  const goldRels = gold.relations.map((r) => ({ s: goldKeys(r.s), type: r.type, o: goldKeys(r.o), label: `${r.s} ${r.type} ${r.o}` }));
  const predRels = patch.relations.map((r) => ({
    s: keysOf(byId.get(r.subjectId)),
    type: r.type,
    o: keysOf(byId.get(r.objectId)),
    label: `${r.subjectId} ${r.type} ${r.objectId}`,
  }));
  type Rel = (typeof goldRels)[number];
  // Why a relation was missed: an end never recognized, or both found and the relation not stated.
  const found = (keys: Keys) => predEntities.some((p) => meets(keys, p.keys));
  const endsNote = (s: Keys, o: Keys) => (found(s) && found(o) ? '' : `  [not found: ${[found(s) ? '' : 'subject', found(o) ? '' : 'object'].filter(Boolean).join(', ')}]`);
  const strictSame = (g: Rel, p: Rel) => g.type === p.type && meets(g.s, p.s) && meets(g.o, p.o);
  const lenientSame = (g: Rel, p: Rel) => (meets(g.s, p.s) && meets(g.o, p.o)) || (meets(g.s, p.o) && meets(g.o, p.s));
  const relationCounts = (same: (g: Rel, p: Rel) => boolean): Counts => ({
    matchedPredicted: predRels.filter((p) => goldRels.some((g) => same(g, p))).length,
    predicted: predRels.length,
    matchedGold: goldRels.filter((g) => predRels.some((p) => same(g, p))).length,
    gold: goldRels.length,
  });
  return {
    entities: { strict: entityCounts(true), lenient: entityCounts(false) },
    relations: { strict: relationCounts(strictSame), lenient: relationCounts(lenientSame) },
    missed: goldRels.filter((g) => !predRels.some((p) => strictSame(g, p))).map((g) => `${g.label}${endsNote(g.s, g.o)}`),
    spurious: predRels.filter((p) => !goldRels.some((g) => strictSame(g, p))).map((p) => p.label),
    missedEntities: gold.entities.filter((g) => !found(goldKeys(g.name))).map((g) => `${g.type}:${g.name}`),
    spuriousEntities: patch.entities.filter((e) => !goldEntities.some((g) => meets(g.keys, keysOf(e)))).map((e) => e.id),
  };
}

export function addCounts(a: Counts, b: Counts): Counts {
  return { matchedPredicted: a.matchedPredicted + b.matchedPredicted, predicted: a.predicted + b.predicted, matchedGold: a.matchedGold + b.matchedGold, gold: a.gold + b.gold };
}

export function score(c: Counts): Score {
  const precision = c.predicted === 0 ? 1 : c.matchedPredicted / c.predicted;
  const recall = c.gold === 0 ? 1 : c.matchedGold / c.gold;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';
import { ENTITY_TYPES, type EntityType, isEntityType } from '../domain/vocabulary';
import { type AskIntent, isAskIntent } from './intents';
import { compilePattern, type CompiledPattern } from './pattern';

/** Where the phrasings live: seed/ask/phrasings.yaml, found from src/ask or dist/ask alike. */
export const DEFAULT_PHRASINGS_FILE = path.resolve(__dirname, '..', '..', 'seed', 'ask', 'phrasings.yaml');

const FileSchema = z.object({
  prefixes: z.array(z.string()).default([]),
  slotTrim: z.object({ leading: z.array(z.string()).default([]), trailing: z.array(z.string()).default([]) }).default({ leading: [], trailing: [] }),
  types: z.record(z.string(), z.array(z.string())),
  intents: z.record(z.string(), z.object({ title: z.string(), description: z.string(), example: z.string(), patterns: z.array(z.string()).min(1) })),
});

export interface IntentPhrasings {
  intent: AskIntent;
  /** What the answer lists, with `{x}`, `{y}` and `{type}` standing for the resolved slots. */
  title: string;
  description: string;
  example: string;
  patterns: CompiledPattern[];
}

/** The compiled phrasings: what `interpret` matches questions against. */
export interface Phrasings {
  prefixes: CompiledPattern[];
  leadingTrim: string[];
  trailingTrim: string[];
  /** Lower-case type word → type. */
  typeWords: Map<string, EntityType>;
  /** In file order (ties between equally specific readings go to the earlier intent). */
  intents: IntentPhrasings[];
}

/** Validates and compiles the phrasings file's content; every problem is reported at once, naming `source`. */
export function buildPhrasings(text: string, source: string): Phrasings {
  const parsed = FileSchema.safeParse(parse(text));
  if (!parsed.success) throw new Error(`phrasings: ${source} is malformed: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  const file = parsed.data;
  const problems: string[] = [];
  const typeWords = new Map<string, EntityType>();
  for (const [type, words] of Object.entries(file.types)) {
    if (!isEntityType(type)) {
      problems.push(`types.${type} is not an entity type (expected one of ${ENTITY_TYPES.join(', ')})`);
      continue;
    }
    for (const w of words) typeWords.set(normalizeSpaces(w.toLowerCase()), type);
  }
  const compile = (pattern: string, where: string) => {
    try {
      return compilePattern(pattern, [...typeWords.keys()]);
    } catch (e) {
      problems.push(`${where}: ${(e as Error).message}`);
      return null;
    }
  };
  const intents: IntentPhrasings[] = [];
  for (const [name, spec] of Object.entries(file.intents)) {
    if (!isAskIntent(name)) {
      problems.push(`intents.${name} is not an intent the API knows`);
      continue;
    }
    const patterns = spec.patterns.map((p, i) => compile(p, `intents.${name}.patterns[${i}]`)).filter((p): p is CompiledPattern => p !== null);
    intents.push({ intent: name, title: spec.title, description: spec.description, example: spec.example, patterns });
  }
  const prefixes = file.prefixes.map((p, i) => compile(p, `prefixes[${i}]`)).filter((p): p is CompiledPattern => p !== null);
  if (problems.length > 0) throw new Error(`phrasings: ${source} has problems: ${problems.join('; ')}`);
  return {
    prefixes,
    leadingTrim: file.slotTrim.leading.map((w) => w.toLowerCase()),
    trailingTrim: file.slotTrim.trailing.map((w) => w.toLowerCase()),
    typeWords,
    intents,
  };
}

let cached: Phrasings | undefined;

/** The phrasings of seed/ask/phrasings.yaml, read once per process. */
export function loadPhrasings(file = DEFAULT_PHRASINGS_FILE): Phrasings {
  if (file !== DEFAULT_PHRASINGS_FILE) return buildPhrasings(readFileSync(file, 'utf8'), file);
  cached ??= buildPhrasings(readFileSync(file, 'utf8'), file);
  return cached;
}

export function normalizeSpaces(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';
import { entityId } from '../domain/ids';
import { nameKey } from '../domain/names';
import { ENTITY_TYPES, type EntityType } from '../domain/vocabulary';
import { buildGazetteer, type CatalogEntity, type Gazetteer } from './gazetteer';
import { compileLexicon, lexiconSchema, type Lexicon } from './lexicon';
import type { IngestIssue } from './types';
import { NOT_AN_ENTITY, type TypeModel } from './stages/type-model';
import { RELATION_LABELS, type RelationModel } from './stages/relation-model';

/** What the pure stages know besides the article: the catalog, its gazetteer and the lexicon. */
export interface Knowledge {
  entities: ReadonlyMap<string, CatalogEntity>;
  gazetteer: Gazetteer;
  lexicon: Lexicon;
  /** The learned type classifier for names nothing typed (`type-model.json`), when the catalog has one. */
  typeModel?: TypeModel;
  /** The learned classifier for relations no rule read (`relation-model.json`), when the catalog has one. */
  relationModel?: RelationModel;
  /** Problems found in the catalog or lexicon files; bad entries are left out. */
  issues: IngestIssue[];
}

/** One knowledge file: its path (for messages) and its text. */
export interface KnowledgeFile {
  path: string;
  text: string;
}

const entitySchema = z.object({
  id: z
    .string()
    .regex(/^[a-z-]+:[a-z0-9-]+$/)
    .optional(),
  name: z.string().min(1),
  type: z.enum(ENTITY_TYPES as [EntityType, ...EntityType[]]),
  aliases: z.array(z.string().min(1)).default([]),
  description: z.string().nullable().default(null),
  matchCase: z.boolean().default(false),
});

/** Reads `<dir>/lexicon.yaml` and every `<dir>/entities/*.yaml`. The only I/O of knowledge. */
export function readKnowledgeFiles(dir: string): KnowledgeFile[] {
  const entityDir = join(dir, 'entities');
  const names = readdirSync(entityDir)
    .filter((n) => /\.ya?ml$/.test(n))
    .sort();
  const models = [TYPE_MODEL_FILE, RELATION_MODEL_FILE].map((f) => join(dir, f)).filter((f) => existsSync(f));
  return [join(dir, 'lexicon.yaml'), ...names.map((n) => join(entityDir, n)), ...models].map((path) => ({
    path: relative(process.cwd(), path),
    text: readFileSync(path, 'utf8'),
  }));
}

/** Validates knowledge files against the vocabulary. The file named `lexicon.yaml` is the lexicon. */
export function buildKnowledge(files: readonly KnowledgeFile[]): Knowledge {
  const issues: IngestIssue[] = [];
  const report = (path: string, message: string) => issues.push({ stage: 'knowledge', articleId: path, message });
  const lexiconFile = files.find((f) => /(^|\/)lexicon\.ya?ml$/.test(f.path));
  if (!lexiconFile) throw new Error('buildKnowledge: no lexicon.yaml among the knowledge files');
  const lexiconResult = lexiconSchema.safeParse(parseYaml(lexiconFile, report));
  if (!lexiconResult.success) {
    throw new Error(`buildKnowledge: ${lexiconFile.path} is invalid: ${formatZod(lexiconResult.error)}`);
  }
  const entities = new Map<string, CatalogEntity>();
  const owners = new Map<string, string>();
  const modelFile = files.find((f) => f.path.endsWith(TYPE_MODEL_FILE));
  const typeModel = modelFile ? readTypeModel(modelFile, report) : undefined;
  const relationModelFile = files.find((f) => f.path.endsWith(RELATION_MODEL_FILE));
  const relationModel = relationModelFile ? readRelationModel(relationModelFile, report) : undefined;
  for (const file of files) {
    if (file === lexiconFile || file === modelFile || file === relationModelFile) continue;
    const data = parseYaml(file, report);
    if (!Array.isArray(data)) {
      report(file.path, 'expected a list of entities');
      continue;
    }
    for (const [i, raw] of data.entries()) {
      const parsed = entitySchema.safeParse(raw);
      const where = `${file.path} entry ${i + 1}`;
      if (!parsed.success) {
        report(file.path, `${where}: ${formatZod(parsed.error)}; skipped`);
        continue;
      }
      const e = parsed.data;
      const id = entityId(e.type, e.name);
      const clash = e.id !== undefined && e.id !== id ? `id "${e.id}" should be "${id}"` : entities.has(id) ? `duplicate id "${id}"` : null;
      if (clash !== null) {
        report(file.path, `${where}: ${clash}; skipped`);
        continue;
      }
      for (const name of [e.name, ...e.aliases]) {
        const owner = owners.get(nameKey(name));
        if (owner !== undefined && owner !== id) report(file.path, `${where}: "${name}" also names ${owner}; both kept, left unresolved in text`);
        owners.set(nameKey(name), id);
      }
      entities.set(id, { id, name: e.name, type: e.type, aliases: e.aliases, description: e.description, matchCase: e.matchCase });
    }
  }
  return {
    entities,
    gazetteer: buildGazetteer([...entities.values()]),
    lexicon: compileLexicon(lexiconResult.data),
    ...(typeModel ? { typeModel } : {}),
    ...(relationModel ? { relationModel } : {}),
    issues,
  };
}

/** The type model's file in a catalog folder (`npm run train` writes it). */
export const TYPE_MODEL_FILE = 'type-model.json';

/** What every learned model file holds (`src/ingest/learn/linear-model.ts`). */
const linearModelSchema = z.object({
  labels: z.array(z.string()).min(2),
  weights: z.record(z.string(), z.array(z.number())),
  bias: z.array(z.number()),
  threshold: z.number().min(0).max(1),
});

const typeModelSchema = linearModelSchema.extend({
  dropThreshold: z.number().min(0).max(1),
  dropRelatedThreshold: z.number().min(0).max(1).optional(),
});

/** The type model, or undefined (reported) when the file is not one: ingest then runs on the rules alone. */
function readTypeModel(file: KnowledgeFile, report: (path: string, message: string) => void): TypeModel | undefined {
  return readModel(file, typeModelSchema, new Set<string>([...ENTITY_TYPES, NOT_AN_ENTITY]), 'type model', report);
}

/** A learned model's file checked against its schema and labels; undefined (reported) when it is not one. */
function readModel<T extends { labels: string[]; bias: number[] }>(
  file: KnowledgeFile,
  schema: z.ZodType<T>,
  known: ReadonlySet<string>,
  what: string,
  report: (path: string, message: string) => void,
): T | undefined {
  let data: unknown;
  try {
    data = JSON.parse(file.text);
  } catch (error) {
    report(file.path, `not valid JSON: ${(error as Error).message}; the ${what} is not used`);
    return undefined;
  }
  const parsed = schema.safeParse(data);
  const problem = !parsed.success
    ? formatZod(parsed.error)
    : parsed.data.labels.find((l) => !known.has(l))
      ? `a label is not one the ${what} knows`
      : parsed.data.bias.length !== parsed.data.labels.length
        ? 'bias and labels differ in length'
        : null;
  if (problem !== null || !parsed.success) {
    report(file.path, `${problem}; the ${what} is not used`);
    return undefined;
  }
  return parsed.data;
}

/** The relation model's file in a catalog folder (`npm run train` writes it). */
export const RELATION_MODEL_FILE = 'relation-model.json';

const relationModelSchema = linearModelSchema.extend({
  maxDistance: z.number().int().min(1),
  confidenceScale: z.number().min(0).max(1),
  proposes: z.array(z.string()),
  dropThreshold: z.number().min(0).max(1).optional(),
});

/** The relation model, or undefined (reported) when the file is not one: ingest then relates by the rules alone. */
function readRelationModel(file: KnowledgeFile, report: (path: string, message: string) => void): RelationModel | undefined {
  return readModel(file, relationModelSchema, new Set(RELATION_LABELS), 'relation model', report);
}

function parseYaml(file: KnowledgeFile, report: (path: string, message: string) => void): unknown {
  try {
    return parse(file.text);
  } catch (error) {
    report(file.path, `not valid YAML: ${(error as Error).message.split('\n')[0]}`);
    return undefined;
  }
}

function formatZod(error: z.ZodError): string {
  return error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`).join('; ');
}

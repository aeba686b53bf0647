import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';
import { entityId } from '../domain/ids';
import { nameKey } from '../domain/names';
import { ENTITY_TYPES, type EntityType } from '../domain/vocabulary';
import { buildGazetteer, type CatalogEntity, type Gazetteer } from './gazetteer';
import { compileLexicon, lexiconSchema, type Lexicon } from './lexicon';
import type { IngestIssue } from './types';

/** What the pure stages know besides the article: the catalog, its gazetteer and the lexicon. */
export interface Knowledge {
  entities: ReadonlyMap<string, CatalogEntity>;
  gazetteer: Gazetteer;
  lexicon: Lexicon;
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
  return [join(dir, 'lexicon.yaml'), ...names.map((n) => join(entityDir, n))].map((path) => ({
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
  for (const file of files) {
    if (file === lexiconFile) continue;
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
  return { entities, gazetteer: buildGazetteer([...entities.values()]), lexicon: compileLexicon(lexiconResult.data), issues };
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

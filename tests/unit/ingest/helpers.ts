import { basename } from 'node:path';
import { buildKnowledge, type KnowledgeFile, RELATION_MODEL_FILE, readKnowledgeFiles, TYPE_MODEL_FILE } from '../../../src/ingest/knowledge';
import { loadKnowledge, type Knowledge } from '../../../src/ingest/pipeline';
import { parseArticle } from '../../../src/ingest/stages/read-article';
import type { SourceArticle } from '../../../src/ingest/types';

let cached: Knowledge | undefined;
let rules: Knowledge | undefined;

/** The seed catalog, lexicon and type model as ingest loads them, once per test file. */
export function shippedKnowledge(): Knowledge {
  cached ??= loadKnowledge('seed/catalog');
  return cached;
}

/**
 * The lexicon and the core catalog (the seed's own entity files, without the broad
 * `entities/ecosystem-*.yaml` ones) without the learned models: what the rules alone find.
 * Stage tests use it, so neither a retrained model nor a new catalog entry can change what they
 * assert about a rule.
 */
export function seedKnowledge(): Knowledge {
  rules ??= buildKnowledge(coreKnowledgeFiles());
  return rules;
}

/** The files `seedKnowledge` builds from: the lexicon and the core catalog, no `ecosystem-*` entities, no models. */
export function coreKnowledgeFiles(): KnowledgeFile[] {
  return readKnowledgeFiles('seed/catalog').filter((f) => !basename(f.path).startsWith('ecosystem-') && ![TYPE_MODEL_FILE, RELATION_MODEL_FILE].includes(basename(f.path)));
}

/** An article made from text, as the read stage would make it. */
export function articleOf(body: string, path = 'test.md'): SourceArticle {
  const result = parseArticle(path, Buffer.from(body, 'utf8'));
  if (!result.article) throw new Error(result.issue.message);
  return result.article;
}

import { loadKnowledge, type Knowledge } from '../../../src/ingest/pipeline';
import { parseArticle } from '../../../src/ingest/stages/read-article';
import type { SourceArticle } from '../../../src/ingest/types';

let cached: Knowledge | undefined;

/** The seed catalog and lexicon, loaded once per test file. */
export function seedKnowledge(): Knowledge {
  cached ??= loadKnowledge('seed/catalog');
  return cached;
}

/** An article made from text, as the read stage would make it. */
export function articleOf(body: string, path = 'test.md'): SourceArticle {
  const result = parseArticle(path, Buffer.from(body, 'utf8'));
  if (!result.article) throw new Error(result.issue.message);
  return result.article;
}

import { readFileSync } from 'node:fs';
import path from 'node:path';

/** An example operation shown as a tab of the IDE. */
export interface IdeExample {
  title: string;
  query: string;
}

/**
 * The operations preloaded in the IDE, in tab order; the first one opens first. Together they use every
 * field of Query (tests/e2e/examples.e2e.test.ts checks it, and runs each one).
 */
export const IDE_EXAMPLE_FILES = ['solutions-using', 'ask', 'entity-evidence', 'search', 'path', 'related', 'neighborhood', 'entities-page', 'articles', 'article', 'stats', 'health'] as const;

/** Reads the example operations (tests/e2e/operations/*.graphql, which the e2e tests also run). */
export function ideExamples(dir: string): IdeExample[] {
  return IDE_EXAMPLE_FILES.map((file) => ({ title: file, query: readFileSync(path.join(dir, `${file}.graphql`), 'utf8') }));
}

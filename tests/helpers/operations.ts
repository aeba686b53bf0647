import { readFileSync } from 'node:fs';
import path from 'node:path';

/** The text of tests/e2e/operations/<name>.graphql (the README's examples). */
export function operation(name: string): string {
  return readFileSync(path.join(__dirname, '..', 'e2e', 'operations', `${name}.graphql`), 'utf8');
}

import { slug } from './names';
import type { EntityType } from './vocabulary';

/** The stable id of an entity: `<type in kebab-case>:<slug of name>`, e.g. `technique:validity-proofs`. */
export function entityId(type: EntityType, name: string): string {
  return `${slug(type.replace(/([a-z])([A-Z])/g, '$1-$2'))}:${slug(name)}`;
}

/** The file names read as articles: Markdown (MDX too: docs sites write their pages in it) and plain text. */
export const ARTICLE_EXTENSION = /\.(md|mdx|markdown|txt)$/i;

/** The stable id of an article from its path relative to the articles folder: `article:layer-2-scaling`. */
export function articleId(relativePath: string): string {
  return `article:${slug(relativePath.replace(ARTICLE_EXTENSION, ''))}`;
}

/** The key that identifies one relation (and groups its evidence): `subjectId|TYPE|objectId`. */
export function relationKey(subjectId: string, type: string, objectId: string): string {
  return `${subjectId}|${type}|${objectId}`;
}

import { SearchField, type Entity } from '../../domain/graph';
import { SEARCH_STOPWORDS } from '../../domain/stopwords';

const LUCENE_SPECIAL = /[+\-!(){}[\]^"~*?:\\/&|]/g;
/** At most this many words of the user's text reach the index. */
export const MAX_SEARCH_WORDS = 16;
/** Longest search text accepted: 16 words of any sensible length, with room for punctuation. */
export const MAX_SEARCH_TEXT_LENGTH = 1000;
/**
 * Longest word accepted. Lucene refuses the prefix query of a word over 1,000 characters ("input automaton
 * is too large"), which was an INTERNAL_SERVER_ERROR; no name or term comes near 100.
 */
export const MAX_SEARCH_WORD_LENGTH = 100;

/** Escapes every character Lucene's query parser treats as syntax. */
export function escapeLucene(text: string): string {
  return text.replace(LUCENE_SPECIAL, (c) => `\\${c}`);
}

/** The lower-case words of free text, as the full-text analyzer splits them. */
export function searchWords(text: string): string[] {
  return (
    text
      .normalize('NFKC')
      .toLowerCase()
      .match(/[\p{L}\p{N}]+/gu) ?? []
  ).slice(0, MAX_SEARCH_WORDS);
}

/**
 * A Lucene query for free text: each word as a term or a prefix, all words together boosted. Stopwords are
 * left out unless the text has nothing else ("the" alone still searches for "the").
 * User text never reaches the parser unescaped, so `title:x OR *` is just three words.
 * @example toLuceneQuery('zk rollup') === '(zk AND rollup)^2 OR zk OR zk* OR rollup OR rollup*'
 */
export function toLuceneQuery(text: string): string | null {
  const all = searchWords(text);
  const content = all.filter((w) => !SEARCH_STOPWORDS.has(w));
  const words = (content.length > 0 ? content : all).map(escapeLucene);
  if (words.length === 0) return null;
  const each = words.flatMap((w) => [w, `${w}*`]);
  return words.length > 1 ? [`(${words.join(' AND ')})^2`, ...each].join(' OR ') : each.join(' OR ');
}

/** Which field of an entity the words hit first: its name, an alias, else its description. */
export function matchedField(entity: Entity, words: readonly string[]): SearchField {
  const hits = (value: string | null) => {
    const own = searchWords(value ?? '');
    return words.some((w) => own.some((o) => o.startsWith(w)));
  };
  if (hits(entity.name)) return SearchField.NAME;
  if (entity.aliases.some(hits)) return SearchField.ALIAS;
  return SearchField.DESCRIPTION;
}

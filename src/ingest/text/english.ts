import { singular } from '../../domain/names';
import type { EntityType } from '../../domain/vocabulary';
import type { Token } from './tokenize';

/**
 * The rules of English the ingest stages share: plurals and which entity types are named by
 * proper names or by common nouns. Word lists (determiners, stop words, cue phrases) are data in
 * seed/catalog/lexicon.yaml; only rules live here. There is one plural rule, `singular`, which
 * `nameKey` uses too, so a name and its plural always share a key.
 */
export { singular };

/** Lower-case singular of a word, for lexicon look-ups ("Rollups" → "rollup"). */
export function nounKey(word: string): string {
  return singular(word.toLowerCase());
}

/** Do two lower-case words name the same noun, either perhaps plural ("rollup", "rollups")? */
export function sameNoun(a: string, b: string): boolean {
  return a === b || singular(a) === singular(b);
}

/** The forms whose singular is `noun`: itself, "+s" and "y" → "ies" (a listed noun always types itself). */
export function pluralForms(noun: string): string[] {
  const forms = [noun, `${noun}s`];
  if (noun.endsWith('y')) forms.push(`${noun.slice(0, -1)}ies`);
  return forms.filter((form) => form === noun || singular(form) === noun);
}

/** "ZKPs" → "ZKP": the plural "s" after an acronym's capital; other text is returned as it is. */
export function acronymSingular(text: string): string {
  return /\p{Lu}s$/u.test(text) ? text.slice(0, -1) : text;
}

/** The preposition that completes a noun ("the best features of X"): a phrase it follows is not whole. */
export const COMPLEMENT_OF = 'of';

/** The indefinite articles: "a Rust library" is some library, not Rust. */
export const INDEFINITE_ARTICLES: ReadonlySet<string> = new Set(['a', 'an']);

/** What may stand between two names of one enumeration: a comma, "and", "or" ("A, B and C", "A, B, or C"). */
export const LIST_GAP = /^\s*(?:,\s*(?:(?:and|or)\s+)?|(?:and|or)\s+)$/iu;

/** Part-of-speech tags (wink-nlp's) of words that never start a name, capitalised or not ("Later", "Meanwhile"). */
export const FUNCTION_TAGS: ReadonlySet<string> = new Set(['ADV', 'ADP', 'DET', 'PRON', 'CCONJ', 'SCONJ', 'AUX', 'PART', 'INTJ']);

/** Part-of-speech tags of words that carry content: a hyphenated compound opening with one is a word of a term ("lock-in"). */
export const CONTENT_TAGS: ReadonlySet<string> = new Set(['NOUN', 'PROPN', 'ADJ', 'VERB', 'NUM']);

/** Types whose instances have proper names ("Kestrel Labs", "the Harbor Commission", "Jane Roe"). */
export const NAMED_TYPES: ReadonlySet<EntityType> = new Set(['Organization', 'Person', 'Project', 'Network', 'Regulation', 'Initiative']);

/** Types of who acts rather than what is made or used: people and organizations. */
export const AGENT_TYPES: ReadonlySet<EntityType> = new Set(['Person', 'Organization']);

/** Types named by common nouns, often in lower case ("validity proofs", "vote buying", "payments"). */
export const TERM_TYPES: ReadonlySet<EntityType> = new Set(['Technique', 'UseCase', 'Challenge']);

/** Types a class belongs to, the object of IS_A ("a data availability layer", "a zkVM", "a paradigm"). */
export const CLASS_TYPES: ReadonlySet<EntityType> = new Set(['Technique', 'Concept', 'UseCase', 'Challenge']);

/** A term in lower case throughout ("gaming", "data availability", "multi-round"), not a code-like name ("zkEVM"). */
export function isLowerCaseTerm(text: string): boolean {
  return /^\p{Ll}[\p{Ll}\s-]*$/u.test(text);
}

/** "relies", "rely": a verb that can head a clause (no participle, no "-ing" form). */
export function isFiniteVerb(t: Token | undefined): boolean {
  return t !== undefined && t.pos === 'VERB' && !isPastParticiple(t) && !/ing$/.test(t.lower);
}

/** "choosing", "cutting": a verb's "-ing" form, which opens an action or qualifies a noun. */
export function isGerund(t: Token | undefined): boolean {
  return t !== undefined && t.pos === 'VERB' && /ing$/.test(t.lower);
}

/** "relies", "trains": a present verb of the third person, which heads a clause and is no word of a noun phrase. */
export function isPresentVerb(t: Token | undefined): boolean {
  return isFiniteVerb(t) && /[^s]s$/.test((t as Token).lower);
}

/** "written", "built": a verb whose lemma differs from it, not a present form ("writes", "writing"). */
export function isPastParticiple(t: Token | undefined): boolean {
  return t !== undefined && t.pos === 'VERB' && t.lemma !== undefined && t.lemma !== t.lower && !/(?:s|ing)$/.test(t.lower);
}

import { nameKey } from '../../../domain/names';
import type { EntityType } from '../../../domain/vocabulary';
import type { Lexicon } from '../../lexicon';
import type { Sentence } from '../../types';
import type { Found } from '../discover';

const DESCRIPTION = /^\s*(?:,|\s(?:is|was|are|were|remains|becomes|became))\s+(?:a|an|the|its|itself\s+an?)\s+((?:[\p{L}\p{N}-]+\s+){0,4}?[\p{L}\p{N}-]+)(?=$|[\s,;:.()])/u;

/** "ISO/IEC 42001", "EIP-4844", "RFC 9110": an acronym with a number of three or more digits names a standard. */
const STANDARD = /^\p{Lu}{2,}(?:\/\p{Lu}{2,})?[\s-]\p{N}{3,}$/u;

/** "Ravik Salur et al.", "Varn et al": a citation of a paper's authors names its first author (the citation is an alias). */
const ET_AL = /\s+et\s+al\.?$/u;

/** Types a name by how it is spelled: a standard is a regulation (when nothing stronger typed it); "X et al." is a person. */
export function typeByShape(f: Found, s: Sentence): Found {
  if (!f.discovered) return f;
  const text = s.text.slice(f.start - s.start, f.end - s.start);
  if (ET_AL.test(text)) {
    const name = text.replace(ET_AL, '');
    return { ...f, type: 'Person', weakType: false, name, key: nameKey(name), alias: f.alias ?? text };
  }
  if (!f.weakType && f.type !== 'Project') return f;
  return STANDARD.test(text) ? { ...f, type: 'Regulation', weakType: false } : f;
}

/**
 * "Giskard, an open-source testing library", "Inrupt, the company ...", "Semaphore is a signalling
 * protocol": a name whose type is only a guess takes the type of the noun that describes it, the
 * first of its next few words the lexicon types. Returns the name retyped, or as it was.
 */
export function typeByDescription(f: Found, s: Sentence, lexicon: Lexicon): Found {
  if (!f.discovered || !f.weakType) return f;
  const m = DESCRIPTION.exec(s.text.slice(f.end - s.start));
  if (!m?.[1]) return f;
  let type: EntityType | undefined;
  for (const word of m[1].split(/\s+/)) {
    const lower = word.toLowerCase();
    if (lexicon.stopwords.has(lower) && !lexicon.typeByWord.has(lower)) break;
    type = lexicon.typeByWord.get(lower) ?? type;
    if (type !== undefined && !lexicon.typeByWord.has(lower)) break;
  }
  return type === undefined ? f : { ...f, type, weakType: false };
}

/** A lower-case noun right before a name: "the governance engineering firm BlockScience". */
const CLASSIFIER = /(?:^|\s)(\p{Ll}[\p{Ll}-]*)\s+$/u;

/**
 * "the engineering firm BlockScience", "the start-up Kestrel": a name whose type is only a guess
 * takes the type of a typing noun standing right before it. Returns the name retyped, or as it was.
 */
export function typeByClassifier(f: Found, s: Sentence, lexicon: Lexicon): Found {
  if (!f.discovered || !f.weakType) return f;
  const word = CLASSIFIER.exec(s.text.slice(Math.max(0, f.start - s.start - 40), f.start - s.start))?.[1];
  const type = word ? lexicon.typeByWord.get(word) : undefined;
  return type === undefined ? f : { ...f, type, weakType: false };
}

import type { Lexicon } from '../../lexicon';
import type { Token } from '../../text/tokenize';
import type { Sentence } from '../../types';
import type { Found } from '../discover';
import { coordinatedPeople, listedTogether } from './coordinated-people';
import { asPerson, properNames, withInitials } from './proper-names';

/** "… by Jane Roe": "by" right before the name. */
const AGENT_BEFORE = /\bby\s+$/i;
/**
 * "… - _Jane Roe_", "…, Jane Roe)", "… - Jane Roe, talk": a separator before the name; after it only markup, punctuation
 * or one word of what the item is.
 */
const SEPARATED_BEFORE = /(?:\s[-–—]|,|\()\s*[*_]*$/u;
const CLOSING_AFTER = /^(?:,\s*\p{Ll}+)?[\s*_)\].,;]*$/u;
/** "[2] Roe et al. Quill in depth.": the first author of a cited work. */
const CITED_AFTER = /^\s+et\s+al\b/;

/**
 * "- [Quill in depth by Jane Roe](…)", "- [Quill notes](…) - _Ravi Ostrane_": a list of further reading states no fact of
 * the article, yet the people it names as its authors are people of its field. Only a name read as a person that "by"
 * introduces, that "et al." follows, or that closes the item after a separator, is taken ("Quill Book" opening an item is
 * a title's words); so is every person of an author line, names of a person's shape listed with one ("Oriel Roe, Jane
 * Doe, and Ravi Ostrane"). `known` holds the sentence's names from the catalog; its people are kept on the same terms.
 */
export function listedAuthors(s: Sentence, toks: readonly Token[], known: readonly Found[], lexicon: Lexicon): Found[] {
  const before = (f: Found) => s.text.slice(0, f.start - s.start);
  const after = (f: Found) => s.text.slice(f.end - s.start);
  const authorPlace = (f: Found) => AGENT_BEFORE.test(before(f)) || CITED_AFTER.test(after(f)) || (SEPARATED_BEFORE.test(before(f)) && CLOSING_AFTER.test(after(f)));
  const people = known.filter((f) => f.type === 'Person');
  const names = [...people, ...properNames(s, toks, people, lexicon).map((f) => asPerson(f, s, toks, lexicon))];
  const listed = coordinatedPeople(names, s, toks, lexicon).filter((f) => f.type === 'Person' && f.weakType !== true);
  // (Two people or more in a row of commas and "and" are the authors of the line.)
  const inRun = (f: Found) => listed.some((g) => g !== f && listedTogether(s, f, g, lexicon));
  return listed.filter((f) => authorPlace(f) || inRun(f)).map((f) => (f.discovered ? withInitials(f, s) : f));
}

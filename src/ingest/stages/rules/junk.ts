import type { Lexicon } from '../../lexicon';
import { LANGUAGE_NAMES, PLACE_NAMES } from '../../text/places';
import type { Sentence } from '../../types';
import { fusedToWordBefore, type Token } from '../../text/tokenize';
import { isPresentVerb } from '../../text/english';
import { isEnglishWord } from '../../text/pos';
import type { Found } from '../discover';

const NUMBER = /^[~≈<>$€£±+-]?\s*\p{N}[\p{N}.,:/\s]*(?:st|nd|rd|th|\+)?(?:[kKmMbB%]|\s|$)|^0x[\p{N}a-f]+$/iu;
const FILE_OR_HOST = /\.(?:md|markdown|svg|png|jpe?g|gif|ya?ml|json|toml|lock|txt|html?|com|org|io|net|dev|xyz)$/i;
const DATELINE = /^\s*[—–-]|^\s*,\s*\p{N}/u;
const SHORT_DATE = /^(?:jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\.?\s+(?:\p{N}{1,2},?\s+)?\p{N}{4}$/iu;
const VERSION = /^v\p{N}+(?:\.\p{N}+)*$/iu;
const ITEM_ID = /^\p{Lu}{1,5}-0\p{N}+$/u;
/** "9c0e4d1", "3b7aa02e51c4": a commit id, seven hexadecimal digits or more with a figure and a letter among them. */
export const COMMIT_ID = /^(?=[a-f]*\d)(?=\d*[a-f])[\da-f]{7,40}$/;
/** "XXXXXXX", "xxxx": one letter repeated stands in for a value. */
const PLACEHOLDER = /^(\p{L})\1{3,}$/iu;

/**
 * Why a discovered name is no entity, or null: a number or quantity ("2019", "~230k", "0x0A", "3rd", "500+ members"), one
 * character, a run of single letters ("A B C"), a file name or host ("CHANGELOG.md", "shields.io"), a lone junk word of the lexicon
 * ("Status", "Please") or general noun ("Platform"), an adjective ("SNARK-based"), a place ("Singapore": the graph has no place type), a nationality ("Swiss"),
 * an item number ("WRN-01"), a run a code quote cuts ("Anchor` and `Ledger"), a version ("V2"), a commit id ("9c0e4d1"), a placeholder ("XXXX"), a news dateline ("LISBON —"), a phrase a determiner ("Our stack") or a
 * describing adjective ("common mechanisms") opens, a name fused to the word before it ("non-EVM"), a kind noun after a
 * parenthesis ("(Kestrel) Network"), or a label of dictionary words before a condition ("**Cost Efficiency**: If …").
 */
export function junkReason(f: Found, s: Sentence, lexicon: Lexicon, toks: readonly Token[] = []): string | null {
  if (!f.discovered) return null;
  const text = s.text.slice(f.start - s.start, f.end - s.start);
  // "allow seamless updates", "submit contributions": a lower-case phrase opening with a verb's plain form is a predicate.
  const opener = toks.find((t) => t.start === f.start);
  if (opener && /^\p{Ll}/u.test(text) && /\s/.test(text) && (opener.pos === 'VERB' || opener.pos === 'AUX') && !/(?:ing|ed)$/.test(opener.lower)) return 'a verb phrase';
  // ("*Sync service*. Subscribes to bridge events", "Extracts transactions from the pool": so is one opening with a present verb.)
  if (opener && /\s/.test(text) && isPresentVerb(opener)) return 'a verb phrase';
  // ("Initially, …", "Additionally, …": one dictionary word the tagger reads as an adverb names nothing.)
  if (opener && opener.end === f.end && opener.pos === 'ADV' && /ly$/.test(opener.lower) && isEnglishWord(opener.lower)) return 'an adverb';
  if (NUMBER.test(text)) return 'a number or quantity';
  // "common mechanisms", "an expensive commitment": a lower-case phrase a describing adjective opens describes; it names no term.
  const [firstWord] = text.split(' ');
  if (/^\p{Ll}/u.test(text) && text.includes(' ') && lexicon.describingWords.has(firstWord ?? '')) return 'a description';
  // "**Paper:**": a label with its colon names a field, not a thing.
  if (/:[*_]*\s*$/.test(text)) return 'a field label';
  // "**Cost Efficiency**: If the batch is …", "Fallback Procedures: When …": a label of dictionary words whose text opens with a
  // condition heads a piece of advice; it names nothing.
  const lead = /^[*_`]*\s*:\s*/.exec(s.text.slice(f.end - s.start))?.[0].length;
  const condition = lead !== undefined && lexicon.conditionOpeners.has(toks.find((t) => t.start >= f.end + lead)?.lower ?? '');
  if (condition && /^[\s*_]*$/.test(s.text.slice(0, f.start - s.start)) && text.split(/[\s-]+/).every((w) => isEnglishWord(w.toLowerCase()) || lexicon.minorWords.has(w.toLowerCase())))
    return 'a label of advice';
  if (text.replace(/[^\p{L}\p{N}]/gu, '').length < 2) return 'a single character';
  // "A B C D": a run of single letters is an alphabetical index, no name.
  if (/^\p{Lu}(?:\s+\p{Lu})+$/u.test(text)) return 'letters of an index';
  // "Our stack", "These tools": a determiner or a possessive opens a common noun phrase, never a name.
  if (lexicon.phraseOpeners.has(text.split(/\s+/)[0]?.toLowerCase() ?? '')) return 'a common noun phrase';
  if (FILE_OR_HOST.test(text)) return 'a file name or host';
  // "Quill (Kestrel) Network": a lone kind noun right after a parenthesis is the tail of a name, no name of its own.
  if (!/\s/.test(text) && lexicon.typeByWord.has(text.toLowerCase()) && /\)\s*$/.test(s.text.slice(0, f.start - s.start))) return 'a fragment of a name';
  // "non-EVM chains", "pre-Tessbar blobs": a name a hyphen fuses to the word before it is part of a modifier.
  if (fusedToWordBefore(s.text, f.start - s.start)) return 'part of a modifier';
  // "SNARK-based systems", "EVM-compatible chains": a word fused to an adjective suffix describes the noun after it.
  const suffix = /-([\p{L}]+)$/u.exec(text)?.[1];
  if (suffix !== undefined && lexicon.adjectiveSuffixes.has(suffix.toLowerCase())) return 'an adjective';
  // "TL;DR" is the junk word "tldr" spelled with punctuation.
  if (!/\s/.test(text) && (lexicon.junkWords.has(text.toLowerCase()) || lexicon.junkWords.has(text.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '')))) return 'a junk word';
  // A lone "Platform", "Guide", "Users": a general noun names nothing by itself.
  if (!/\s/.test(text) && lexicon.genericWords.has(text.toLowerCase())) return 'a generic word';
  // "V2", "v0.3.1": a version tag. "Jul 2024", "Sept. 2025": a date with the month cut short.
  if (VERSION.test(text)) return 'a version';
  if (COMMIT_ID.test(text)) return 'a commit id';
  // "not just `Anchor` and `Ledger`": a capitalised dictionary word quoted as code alone is an identifier of the code (a type, a
  // field), no name; a lower-case one may be a package's ("`courier`").
  if (/^\p{Lu}\p{L}*$/u.test(text) && isEnglishWord(text.toLowerCase()) && s.text.charAt(f.start - s.start - 1) === '`' && s.text.charAt(f.end - s.start) === '`') return 'a code word';
  // "`Anchor` and `Ledger`": a name a code quote cuts through is the fragments of two.
  if (text.replace(/^`+|`+$/g, '').includes('`')) return 'a fragment of code';
  if (PLACEHOLDER.test(text)) return 'a placeholder';
  if (SHORT_DATE.test(text)) return 'a date';
  if (PLACE_NAMES.has(text) || lexicon.regions.has(text.toLowerCase())) return 'a place';
  // "a Swiss non-profit", "the French regulator", "Dutch and Belgian centres": words of nationality or languages.
  const nationality = (w: string) => LANGUAGE_NAMES.has(w) || lexicon.demonyms.has(w.toLowerCase());
  if (nationality(text) || (/\s/.test(text) && text.split(/\s+/).every((w) => nationality(w) || lexicon.listConnectors.has(w.toLowerCase())))) return 'a nationality';
  // "WRN-01", "REQ-07": a numbered item of a list (a finding, a requirement), no entity.
  if (ITEM_ID.test(text)) return 'an item number';
  // "August 2025", "Q3 2024": junk words and numbers only make a date.
  const words = text
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
  // ("Article 22" is a numbered part of a law, see `legalParts`.)
  if (words.length > 1 && f.rule !== 'discover:legal-part' && words.every((w) => /^\p{N}+$/u.test(w) || lexicon.junkWords.has(w))) return 'a date';
  const opensBlock = s.text.slice(0, f.start - s.start).trim() === '';
  // "**ROTTERDAM, March 10, 2026** —": a place in capitals, a comma and a date.
  if (/^\p{Lu}{3,}[\p{Lu}\s.'-]*,\s/u.test(text) && /\p{N}/u.test(text)) return 'a dateline';
  if (opensBlock && /^\p{Lu}{3,}$/u.test(text) && DATELINE.test(s.text.slice(f.end - s.start))) return 'a dateline';
  return null;
}

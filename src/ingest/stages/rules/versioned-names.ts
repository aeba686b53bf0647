import type { Token } from '../../text/tokenize';
import type { Sentence } from '../../types';
import type { Lexicon } from '../../lexicon';
import { discovered, type Found } from '../discover';

/** "v3", "v0.14.0": a version the letter marks. */
const MARKED = /^ (v\d+(?:\.\d+)*)(?![\p{L}\p{N}])/u;
/** "2.0", "1.5.1", "2.4-12B": a dotted number (and a hyphened size or variant), a version only where no unit or noun follows it ("Quill 2.0 went live", not "Quill 2.5 seconds"). */
const DOTTED = /^ (\d+\.\d+(?:\.\d+)?(?:-[\p{L}\p{N}]*\p{N}[\p{L}\p{N}]*)?)(?![\p{L}\p{N}%])/u;
/** ".5", ".4-12B" right after a name that ends in a figure ("Quill-2.5", "Quill 2.4-12B"): the rest of its number. */
const DECIMAL = /^(\.\d+(?:\.\d+)?(?:-[\p{L}\p{N}]*\p{N}[\p{L}\p{N}]*)?)(?![\p{L}\p{N}])/u;

/**
 * "Quill v3", "Quillnet 2.0", "Harbor Bridge v1": a name with its version right after it names that version, a
 * thing of its own (the name inside is nested by the caller). Typed like the name; discovered.
 */
export function versionedNames(s: Sentence, toks: readonly Token[], found: readonly Found[], lexicon: Lexicon): Found[] {
  const out: Found[] = [];
  for (const f of found) {
    if (f.nested || !/^\p{Lu}|^\p{Ll}+\p{Lu}/u.test(f.name)) continue;
    const rest = s.text.slice(f.end - s.start);
    const decimal = /\p{N}$/u.test(f.name) ? DECIMAL.exec(rest) : null;
    const marked = decimal ? null : MARKED.exec(rest);
    const dotted = decimal || marked ? null : DOTTED.exec(rest);
    const version = decimal ?? marked ?? dotted;
    if (!version) continue;
    let end = f.end + version[0].length;
    // (A dotted number followed by a noun counts something: "Quill 2.5 seconds", "Quill 1.2 million".)
    const next = toks.find((t) => t.start >= end);
    if ((dotted || decimal) && next && /^\s+$/.test(s.text.slice(end - s.start, next.start - s.start)) && (next.pos === 'NOUN' || next.pos === 'NUM')) continue;
    // ("Quill 1.0 Prime": a capitalised word right after the version names the variant, part of the name.)
    const variant =
      (dotted || decimal) && next && /^ $/.test(s.text.slice(end - s.start, next.start - s.start)) && next.pos === 'PROPN' && /^\p{Lu}\p{Ll}+$/u.test(next.text) && !lexicon.stopwords.has(next.lower);
    const variantName = variant ? found.find((g) => g.discovered && !g.nested && g.start === next.start && g.end === next.end) : undefined;
    if (variantName) end = variantName.end;
    // (A name inside the version's own words, "12B", is part of it.)
    if (found.some((g) => g !== f && g !== variantName && !g.nested && g.start < end && g.end > f.end && !(g.start > f.end && g.end <= end))) continue;
    out.push({ ...discovered(f.start, end, s.text.slice(f.start - s.start, end - s.start), f.type, 'discover:versioned', lexicon), weakType: f.weakType });
  }
  return out;
}

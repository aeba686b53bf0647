import type { Lexicon } from '../../lexicon';
import { linksIn, type Link } from '../../text/markup';
import { LIST_GAP } from '../../text/english';
import type { Sentence } from '../../types';
import { commonType, discovered, type Found } from '../discover';

/** Code quotes and emphasis around a link's words. */
const WRAPPING = /^[`*_"“'‘\s]+|[`*_"”'’\s]+$/gu;

/**
 * "[Quorrel](…), [Tessbar](…), [Quorrel Harrowfen](…), [vexmoor](…)": the links of an enumeration of three or more
 * each name one thing, and things of one kind. When two or more of them are catalog names of one type, and no other
 * type is as common among them, every other item whose words look like a name (one to four words, none a stop word) is
 * a name of that type, its words whole: the catalog names inside it become its parts. `raw` is the sentence as
 * written (`s.text` has the link targets blanked out, at the same offsets). Returns the names to add; a discovered
 * name of the same span they replace.
 */
export function linkedLists(raw: string, s: Sentence, found: readonly Found[], lexicon: Lexicon): Found[] {
  const out: Found[] = [];
  for (const run of enumerations(raw, linksIn(raw))) {
    const items = run.map((link) => unwrapped(link, s.start));
    const exact = (item: { start: number; end: number }) => found.find((f) => !f.nested && !f.discovered && f.start === item.start && f.end === item.end);
    const type = commonType(items.map((item) => exact(item)?.type));
    if (type === undefined) continue;
    for (const item of items) {
      if (exact(item) || !nameLike(item.text, lexicon)) continue;
      out.push(discovered(item.start, item.end, item.text, type, 'discover:link-list', lexicon));
    }
  }
  return out;
}

/** Runs of three or more links with only list separators between them. */
function enumerations(raw: string, links: readonly Link[]): Link[][] {
  const runs: Link[][] = [];
  let run: Link[] = [];
  for (const link of links) {
    const last = run.at(-1);
    if (last && !LIST_GAP.test(raw.slice(last.linkEnd, link.linkStart))) {
      if (run.length >= 3) runs.push(run);
      run = [];
    }
    run.push(link);
  }
  if (run.length >= 3) runs.push(run);
  return runs;
}

function unwrapped(link: Link, offset: number): { start: number; end: number; text: string } {
  const lead = link.text.length - link.text.replace(/^[`*_"“'‘\s]+/u, '').length;
  const text = link.text.replace(WRAPPING, '');
  return { start: offset + link.start + lead, end: offset + link.start + lead + text.length, text };
}

function nameLike(text: string, lexicon: Lexicon): boolean {
  const words = text.split(/\s+/u);
  return /\p{L}/u.test(text) && text.length <= 40 && words.length <= 4 && words.every((w) => !lexicon.stopwords.has(w.toLowerCase()));
}

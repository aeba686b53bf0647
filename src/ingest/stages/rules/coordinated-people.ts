import type { Lexicon } from '../../lexicon';
import type { Token } from '../../text/tokenize';
import type { Sentence } from '../../types';
import { headType, type Found } from '../discover';
import { PERSON_SHAPE } from './proper-names';

/**
 * "Joseph Poon and Vitalik Buterin", "from Jane Roe, John Doe and Mara Tillerman": a discovered name of a
 * person's shape listed with a person is a person too. Returns the sentence's mentions, retyped
 * where the rule applies (new objects; the input is left alone).
 */
export function coordinatedPeople(found: readonly Found[], s: Sentence, toks: readonly Token[], lexicon: Lexicon): Found[] {
  const named = found.filter((f) => !f.nested).sort((a, b) => a.start - b.start);
  const people = new Set(named.filter((f) => f.type === 'Person' && !f.weakType));
  if (people.size === 0) return [...found];
  const text = (f: Found) => s.text.slice(f.start - s.start, f.end - s.start);
  const candidate = (f: Found) =>
    f.discovered &&
    f.type !== 'Person' &&
    PERSON_SHAPE.test(text(f)) &&
    headType(
      toks.filter((t) => t.start >= f.start && t.end <= f.end),
      lexicon,
    ) === undefined;
  const retyped = new Set<Found>();
  let run: Found[] = [];
  const close = () => {
    if (run.some((f) => people.has(f))) for (const f of run) if (candidate(f)) retyped.add(f);
    run = [];
  };
  for (const f of named) {
    const last = run[run.length - 1];
    // Runs of names of one list (`listedTogether`).
    if (last && !listedTogether(s, last, f, lexicon)) close();
    run.push(f);
  }
  close();
  return found.map((f) => (retyped.has(f) ? { ...f, type: 'Person', weakType: false, alias: text(f).split(/\s+/).pop() ?? null } : f));
}

/**
 * True when only commas and list connectors ("and", "or") stand between `a` and `b` (in either order): names of one list.
 * Marks of a byline may follow a name ("Jane Roe¹,", "Ravi Ostrane*").
 */
export function listedTogether(s: Sentence, a: Found, b: Found, lexicon: Lexicon): boolean {
  const [x, y] = a.start < b.start ? [a, b] : [b, a];
  const gap = s.text
    .slice(x.end - s.start, y.start - s.start)
    .replace(/[\p{No}*†‡]/gu, '')
    .trim()
    .toLowerCase();
  return (
    gap === ',' ||
    (gap
      .split(/[\s,]+/)
      .filter(Boolean)
      .every((w) => lexicon.listConnectors.has(w)) &&
      gap.length > 0)
  );
}

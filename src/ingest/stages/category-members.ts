import type { Lexicon } from '../lexicon';
import type { Block, Mention, Sentence } from '../types';
import { add, headingSubject, termMentions, type Context } from './relation-context';

/**
 * "- **Quorrel chains**: Chains that settle to X. Chains in this category include A and B": names listed after "in this
 * category" (lexicon `categoryMembers.nouns`) and one of its `cues` are kinds of what the item's term, else the section's
 * heading, names.
 */
export function categoryMembers(ctx: Context, block: Block, s: Sentence): void {
  if (!/\bthis\s/i.test(s.text)) return;
  const said = pattern(ctx.lexicon).exec(s.text);
  if (!said) return;
  const first = ctx.byBlock[block.index]?.[0];
  const [term] = block.term && first ? termMentions(ctx, block, first) : [];
  const cls = term ?? (block.heading >= 0 ? headingSubject(ctx, block.heading) : undefined);
  if (!cls) return;
  const from = s.start + said.index + said[0].length;
  const members = (ctx.bySentence[s.index] ?? []).filter((m: Mention) => m.start >= from && !m.nested && m.key !== cls.key);
  for (const m of members) add(ctx, m, 'IS_A', cls, s.index, 'structure:category-members', ctx.lexicon.data.confidence.structure);
}

const patterns = new WeakMap<Lexicon, RegExp>();

/** "in this category … include ": the lexicon's nouns and cues as one expression, built once per lexicon. */
function pattern(lexicon: Lexicon): RegExp {
  let found = patterns.get(lexicon);
  if (!found) {
    const { nouns, cues } = lexicon.data.categoryMembers;
    found = new RegExp(`\\b(?:in|of|from)\\s+this\\s+(?:${nouns.join('|')})\\b[^.;:]*?\\b(?:${cues.join('|')})\\s+`, 'i');
    patterns.set(lexicon, found);
  }
  return found;
}

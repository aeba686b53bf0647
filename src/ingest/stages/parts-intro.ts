import { NAMED_TYPES } from '../text/english';
import type { Block, Mention, Sentence } from '../types';
import type { Context } from './relation-context';

/**
 * "The major components of Quorrel are:", "Quorrel's architecture consists of several services, which include:", "There
 * are several services that run the Quorrel network.": a list intro (a colon or a counting sentence closes it) that names
 * parts (lexicon `partNouns`) of a named whole, after "of", before "'s", or in a relative clause right after the part
 * noun. Returns the whole each item below is a part of, or undefined.
 */
export function partsWhole(ctx: Context, intro: Sentence): Mention | undefined {
  if (!/[:.][\s*_]*$/.test(intro.text)) return undefined;
  const toks = ctx.tokens[intro.index] ?? [];
  const at = toks.findIndex((t) => ctx.lexicon.partNouns.has(t.lower));
  const noun = toks[at];
  if (!noun) return undefined;
  const mentions = (ctx.bySentence[intro.index] ?? []).filter((m) => NAMED_TYPES.has(m.type));
  // ("components of Quorrel", "the modules of the Quorrel stack")
  const after = intro.text.slice(noun.end - intro.start);
  const of = /^\s+of\s+(?:the\s+)?/i.exec(after);
  if (of) {
    const from = noun.end + of[0].length;
    return mentions.find((m) => m.start === from);
  }
  // ("several services that run the Quorrel network", "the modules that make up Quorrel": the name a relative clause after the part noun is about.)
  const relative = /^\s+(?:that|which)\s+(?:\p{Ll}+\s+){1,2}(?:the\s+)?$/u;
  const about = mentions.find((m) => m.start > noun.end && relative.test(intro.text.slice(noun.end - intro.start, m.start - intro.start)));
  if (about) return about;
  // ("Quorrel's components", "Quorrel's architecture consists of several services"): the owner before the part noun.
  return mentions.find((m) => m.end < noun.start && /^['’]s?\s/.test(intro.text.slice(m.end - intro.start)));
}

/**
 * "- Quorrel Node" over "  - Sequencer", "- proof checks:" over "  - replay checks": an item that only names a thing (a
 * colon may close it) makes the items indented under it its parts. Returns that name, or undefined.
 */
export function nestedWhole(ctx: Context, parent: Block | undefined): Mention | undefined {
  if (!parent || (parent.kind !== 'item' && parent.kind !== 'bullet')) return undefined;
  const sentence = ctx.byBlock[parent.index]?.[0];
  const [name] = ctx.bySentence[sentence?.index ?? -1] ?? [];
  if (!sentence || !name || name.nested) return undefined;
  const around = [sentence.text.slice(0, name.start - sentence.start), sentence.text.slice(name.end - sentence.start)];
  return /^[\s*_`[]*$/.test(around[0] as string) && /^[\s*_`\]]*:?[\s*_]*$/.test(around[1] as string) ? name : undefined;
}

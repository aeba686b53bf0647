import type { EntityType } from '../../domain/vocabulary';
import type { Token } from '../text/tokenize';
import type { Block, Mention, Segmentation } from '../types';

/**
 * "- QC254 / - QC381 / - KQ12-377": the items of one bullet list name things of one kind. A discovered name that
 * is a whole item takes the type that two or more catalog names, whole items of the same list, all share. Returns new
 * mentions (the same list when nothing changes).
 */
export function typeBySiblings(mentions: readonly Mention[], seg: Segmentation, tokens: readonly Token[][]): Mention[] {
  const bySentence = new Map<number, Mention[]>();
  for (const m of mentions) if (!m.nested) bySentence.set(m.sentence, [...(bySentence.get(m.sentence) ?? []), m]);
  // The one mention that is all of an item's words (a lone character aside), or undefined.
  const wholeItem = (block: Block): Mention | undefined => {
    const sentences = seg.sentences.filter((s) => s.block === block.index);
    const [s, more] = sentences;
    const [m, other] = s ? (bySentence.get(s.index) ?? []) : [];
    if (!s || more || !m || other) return undefined;
    const outside = (tokens[s.index] ?? []).filter((t) => t.end <= m.start || t.start >= m.end);
    return outside.every((t) => t.text.length === 1) ? m : undefined;
  };
  const retyped = new Map<number, EntityType>();
  for (const list of bulletLists(seg.blocks)) {
    const items = list.map(wholeItem).filter((m): m is Mention => m !== undefined);
    const known = new Set(items.filter((m) => !m.discovered).map((m) => m.type));
    const [type] = known;
    if (type === undefined || known.size > 1 || items.filter((m) => !m.discovered).length < 2) continue;
    for (const m of items) if (m.discovered && m.type !== type) for (const x of mentions) if (x.key === m.key && x.discovered) retyped.set(x.index, type);
  }
  return retyped.size === 0 ? [...mentions] : mentions.map((m) => (retyped.has(m.index) ? { ...m, type: retyped.get(m.index) as EntityType, weakType: false } : m));
}

/** Runs of adjacent list blocks (bullets, or items a name opens) under one heading and one intro. */
function bulletLists(blocks: readonly Block[]): Block[][] {
  const out: Block[][] = [];
  let run: Block[] = [];
  for (const b of blocks) {
    const last = run.at(-1);
    const member = b.kind === 'bullet' || b.kind === 'item';
    if (member && last && b.index === last.index + 1 && b.heading === last.heading && b.intro === last.intro) run.push(b);
    else {
      if (run.length > 1) out.push(run);
      run = member ? [b] : [];
    }
  }
  if (run.length > 1) out.push(run);
  return out;
}

import { AGENT_TYPES } from '../text/english';
import type { Mention, Sentence } from '../types';
import { add, type Context } from './relation-context';

/**
 * "In addition to Kestrel, Quorrel uses Tessbar", "Besides Quill, the chain supports Marrow": the names a sentence's
 * additive opener (lexicon `additiveOpeners`) lists before its first comma stand in the relation the main clause's cue
 * states between its subject and an object (both things, or both people or organizations). Reads the cue relations
 * already found in the sentence.
 */
export function additiveOpener(ctx: Context, s: Sentence): void {
  const head = s.text
    .slice(0, 40)
    .replace(/^[\s*_]+/, '')
    .replace(/\s+/g, ' ')
    .toLowerCase();
  const opener = [...ctx.lexicon.additiveOpeners].find((o) => head.startsWith(`${o} `));
  const comma = opener ? s.text.indexOf(',') : -1;
  if (comma < 0) return;
  const mentions = ctx.bySentence[s.index] ?? [];
  const fronted = mentions.filter((m) => m.end <= s.start + comma);
  const inClause = (m: Mention | undefined) => m !== undefined && m.start > s.start + comma;
  // (An agent set beside a thing is no object of the same kind: "Besides Acme, Quill uses Tessbar" says who else uses it.)
  const stated = ctx.out.filter((c) => c.sentence === s.index && c.rule.startsWith('cue:'));
  for (const c of stated) {
    const subject = mentions.find((m) => m.index === c.subject);
    const object = mentions.find((m) => m.index === c.object);
    if (!subject || !object || !inClause(subject) || !inClause(object) || subject.start > object.start) continue;
    for (const f of fronted) {
      if (AGENT_TYPES.has(f.type) === AGENT_TYPES.has(object.type)) add(ctx, subject, c.type, f, s.index, 'structure:additive-opener', ctx.lexicon.data.confidence.structure);
    }
  }
}

import type { Reading, Slots } from './intents';
import { normalizeSpaces, type Phrasings } from './phrasings';

/** The question as patterns see it: one line, curly quotes straightened, no trailing punctuation or commas. */
export function normalizeQuestion(question: string): string {
  return normalizeSpaces(
    question
      .normalize('NFKC')
      .replace(/[’‘]/g, "'")
      .replace(/[“”]/g, '"')
      .replace(/,(\s|$)/g, ' ')
      .replace(/[?.!;:\s]+$/u, ''),
  );
}

/** The question with filler openings ("could you tell me", "please") removed, repeatedly. */
function withoutPrefixes(text: string, phrasings: Phrasings): string {
  let rest = text;
  for (let changed = true; changed; ) {
    changed = false;
    for (const prefix of phrasings.prefixes) {
      const m = new RegExp(`${prefix.regex.source.slice(0, -1)}\\s+`, 'iu').exec(rest);
      if (m && m[0].length < rest.length) {
        rest = rest.slice(m[0].length);
        changed = true;
      }
    }
  }
  return rest;
}

/** An entity name as written, without the determiners and filler words around it, quotes or a possessive. */
export function trimSlot(text: string, phrasings: Phrasings): string {
  let words = normalizeSpaces(text.replace(/^["'`]+|["'`]+$/g, '')).split(' ');
  const lower = () => words.join(' ').toLowerCase();
  for (let changed = true; changed && words.length > 1; ) {
    changed = false;
    for (const lead of phrasings.leadingTrim) {
      if (words.length > 1 && lower().startsWith(`${lead} `)) {
        words = words.slice(lead.split(' ').length);
        changed = true;
      }
    }
    for (const trail of phrasings.trailingTrim) {
      if (words.length > trail.split(' ').length && lower().endsWith(` ${trail}`)) {
        words = words.slice(0, -trail.split(' ').length);
        changed = true;
      }
    }
  }
  return words
    .join(' ')
    .replace(/^["'`]+|["'`]+$/g, '')
    .replace(/['’]s$/u, '');
}

/**
 * Every reading of a question the phrasings allow, most specific first (the most literal text matched, then
 * the earlier intent in the file). Pure: the entity names are not looked up here. Empty when nothing matches.
 */
export function interpret(question: string, phrasings: Phrasings): Reading[] {
  const full = normalizeQuestion(question);
  if (full === '') return [];
  const forms = [...new Set([full, withoutPrefixes(full, phrasings)])];
  const readings: (Reading & { order: number })[] = [];
  phrasings.intents.forEach((spec, order) => {
    for (const pattern of spec.patterns) {
      for (const form of forms) {
        const m = pattern.regex.exec(form);
        if (!m) continue;
        const groups = m.groups ?? {};
        const slots: Slots = {};
        let slotLength = 0;
        for (const name of ['x', 'y'] as const) {
          const raw = groups[name];
          if (raw === undefined) continue;
          slotLength += raw.length;
          const trimmed = trimSlot(raw, phrasings);
          if (trimmed !== '') slots[name] = trimmed;
        }
        if ((groups.x !== undefined && !slots.x) || (groups.y !== undefined && !slots.y)) continue;
        if (groups.type !== undefined) {
          const type = phrasings.typeWords.get(normalizeSpaces(groups.type.toLowerCase()));
          if (type) slots.type = type;
        }
        readings.push({ intent: spec.intent, slots, pattern: pattern.source, specificity: form.length - slotLength, order });
      }
    }
  });
  readings.sort((a, b) => b.specificity - a.specificity || a.order - b.order);
  const seen = new Set<string>();
  return readings
    .filter((r) => {
      const key = `${r.intent}|${r.slots.x ?? ''}|${r.slots.y ?? ''}|${r.slots.type ?? ''}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .map(({ order: _order, ...r }) => r);
}

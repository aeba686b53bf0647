/**
 * The phrasing pattern language of seed/ask/phrasings.yaml, compiled to anchored, case-insensitive regular
 * expressions: words, `(a|b c)` alternatives, `[a|b]` optional alternatives, `{x}`/`{y}` entity slots and a
 * `{type}` slot (one of the type words). Literal words match as whole words, separated by any whitespace.
 */
export interface CompiledPattern {
  source: string;
  regex: RegExp;
}

type Piece = { kind: 'word'; text: string } | { kind: 'group'; optional: boolean; alternatives: string[] };

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function split(pattern: string): Piece[] {
  const pieces: Piece[] = [];
  let i = 0;
  while (i < pattern.length) {
    const c = pattern[i]!;
    if (/\s/.test(c)) {
      i += 1;
    } else if (c === '(' || c === '[') {
      const close = c === '(' ? ')' : ']';
      const end = pattern.indexOf(close, i);
      if (end < 0) throw new Error(`unclosed "${c}" in ${JSON.stringify(pattern)}`);
      const alternatives = pattern
        .slice(i + 1, end)
        .split('|')
        .map((a) => a.trim());
      if (alternatives.some((a) => a === '' || /[()[\]]/.test(a))) throw new Error(`empty or nested alternative in ${JSON.stringify(pattern)}`);
      pieces.push({ kind: 'group', optional: c === '[', alternatives });
      i = end + 1;
    } else {
      const m = /^[^\s()[\]]+/.exec(pattern.slice(i));
      pieces.push({ kind: 'word', text: m![0] });
      i += m![0].length;
    }
  }
  return pieces;
}

/** One word of a pattern: a slot (maybe with a suffix such as `'s`) or a literal. */
function word(text: string, typeGroup: string, used: Set<string>): string {
  const m = /^\{(x|y|type)\}(.*)$/.exec(text);
  if (!m) {
    if (/[{}]/.test(text)) throw new Error(`unknown slot in ${JSON.stringify(text)} (slots are {x}, {y} and {type})`);
    return escapeRegExp(text).replace(/'/g, "['’]");
  }
  const [, slot, suffix] = m as unknown as [string, string, string];
  if (used.has(slot)) throw new Error(`slot {${slot}} appears twice`);
  used.add(slot);
  const body = slot === 'type' ? typeGroup : '\\S.*?';
  return `(?<${slot}>${body})${escapeRegExp(suffix).replace(/'/g, "['’]")}`;
}

function alternative(text: string, typeGroup: string, used: Set<string>): string {
  return text
    .split(/\s+/)
    .map((w) => word(w, typeGroup, used))
    .join('\\s+');
}

/** Compiles one pattern; `typeWords` are what `{type}` matches (longest tried first). */
export function compilePattern(source: string, typeWords: readonly string[]): CompiledPattern {
  const typeGroup = [...typeWords]
    .sort((a, b) => b.length - a.length)
    .map((w) => w.split(/\s+/).map(escapeRegExp).join('\\s+'))
    .join('|');
  const used = new Set<string>();
  const pieces = split(source);
  if (pieces.length === 0) throw new Error('empty pattern');
  let body = '';
  let started = false;
  for (const piece of pieces) {
    const inner = piece.kind === 'word' ? word(piece.text, typeGroup, used) : `(?:${piece.alternatives.map((a) => alternative(a, typeGroup, used)).join('|')})`;
    const optional = piece.kind === 'group' && piece.optional;
    if (!started) body += optional ? `(?:${inner}\\s+)?` : inner;
    else body += optional ? `(?:\\s+${inner})?` : `\\s+${inner}`;
    if (!optional) started = true;
  }
  if (!started) throw new Error(`pattern ${JSON.stringify(source)} has only optional parts`);
  return { source, regex: new RegExp(`^${body}$`, 'iu') };
}

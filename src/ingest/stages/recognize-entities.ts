import { nameKey } from '../../domain/names';
import { matchAt, type Gazetteer } from '../gazetteer';
import type { Knowledge } from '../knowledge';
import { normalizeLabel } from '../lexicon';
import { discoverInSentence, discoverTerm, type Found } from './discover';
import { tokenize, type Token } from '../text/tokenize';
import type { IngestIssue, Mention, Segmentation, Sentence, SourceArticle } from '../types';

export interface Recognition {
  mentions: Mention[];
  /** Tokens of each sentence (index = sentence index), shared with later stages. */
  tokens: Token[][];
  issues: IngestIssue[];
}

/**
 * Names in each sentence: catalog names first (longest match wins, so "Layer 2 scaling solution"
 * beats "Layer 2"), then names the catalog lacks, discovered from their place in the text.
 */
export function recognizeEntities(article: SourceArticle, seg: Segmentation, knowledge: Knowledge): Recognition {
  const { lexicon } = knowledge;
  const issues: IngestIssue[] = [];
  const tokens = seg.sentences.map((s) => tokenize(s.text, s.start, lexicon.glueWords));
  const found: Found[][] = seg.sentences.map((s, i) => catalogNames(article, s, tokens[i] ?? [], knowledge.gazetteer, issues));
  const known = new Map<string, Found>();
  for (const s of seg.sentences) {
    const block = seg.blocks[s.block];
    const list = found[s.index] ?? [];
    const toks = tokens[s.index] ?? [];
    if (block?.term && block.term.start >= s.start && block.term.end <= s.end) {
      const intro = seg.blocks[block.intro];
      const itemType = intro ? lexicon.labels.get(normalizeLabel(intro.text))?.itemType : undefined;
      list.push(...discoverTerm(block.term, toks, list, lexicon, itemType));
    }
    list.push(...discoverInSentence(s, toks, list, lexicon));
    for (const f of list) {
      if (!f.discovered) continue;
      // An acronym defined earlier names its long form wherever it stands alone.
      const earlier = known.get(f.key);
      if (earlier && earlier.key !== f.key) Object.assign(f, { key: earlier.key, name: earlier.name, type: earlier.type });
      if (!known.has(f.key)) known.set(f.key, f);
      if (f.alias !== null && !known.has(nameKey(f.alias))) known.set(nameKey(f.alias), f);
    }
  }
  rescanDiscovered(seg.sentences, tokens, found);
  const mentions: Mention[] = [];
  for (const s of seg.sentences) {
    const list = (found[s.index] ?? []).sort((a, b) => a.start - b.start || b.end - a.end);
    for (const f of list) mentions.push({ ...f, index: mentions.length, sentence: s.index, text: article.body.slice(f.start, f.end) });
  }
  return { mentions, tokens, issues };
}

function catalogNames(article: SourceArticle, s: Sentence, toks: Token[], gazetteer: Gazetteer, issues: IngestIssue[]): Found[] {
  const out: Found[] = [];
  for (let i = 0; i < toks.length; ) {
    const m = matchAt(gazetteer, toks, i, s.text, s.start);
    if (!m) {
      i += 1;
      continue;
    }
    const start = (toks[i] as Token).start;
    const end = (toks[m.endToken - 1] as Token).end;
    const [entity, ...others] = m.entities;
    if (entity && others.length === 0) {
      out.push({ start, end, key: m.key, entityId: entity.id, name: entity.name, type: entity.type, discovered: false, confidence: 1, rule: 'catalog', alias: null, nested: false });
    } else {
      const ids = m.entities.map((e) => e.id).join(' and ');
      issues.push({ stage: 'recognize', articleId: article.id, at: start, message: `"${article.body.slice(start, end)}" matches ${ids}; left unresolved` });
    }
    i = m.endToken;
  }
  return out;
}

/** A discovered name (or its acronym) found once is recognized wherever else it occurs. */
function rescanDiscovered(sentences: readonly Sentence[], tokens: Token[][], found: Found[][]): void {
  const byKey = new Map<string, Found>();
  for (const list of found) {
    for (const f of list) {
      if (!f.discovered || f.nested) continue;
      if (!byKey.has(f.key)) byKey.set(f.key, f);
      if (f.alias !== null && !byKey.has(nameKey(f.alias))) byKey.set(nameKey(f.alias), f);
    }
  }
  if (byKey.size === 0) return;
  const names = [...byKey.entries()].map(([key, f]) => ({ key, f, words: tokenize(key === f.key ? f.name : (f.alias ?? f.name)).map((t) => t.lower) }));
  for (const s of sentences) {
    const toks = tokens[s.index] ?? [];
    const list = found[s.index] ?? [];
    for (let i = 0; i < toks.length; i += 1) {
      const tok = toks[i] as Token;
      if (list.some((f) => !f.nested && f.start <= tok.start && tok.start < f.end)) continue;
      for (const { f, words } of names) {
        const end = matchWords(toks, i, words);
        if (end < 0) continue;
        const last = toks[end - 1] as Token;
        if (list.some((o) => !o.nested && o.start < last.end && tok.start < o.end)) continue;
        list.push({ ...f, start: tok.start, end: last.end, rule: 'discover:repeat', alias: null });
        i = end - 1;
        break;
      }
    }
  }
}

function matchWords(toks: readonly Token[], i: number, words: readonly string[]): number {
  if (words.length === 0) return -1;
  for (let k = 0; k < words.length; k += 1) {
    const t = toks[i + k];
    if (!t) return -1;
    const w = words[k] as string;
    if (t.lower !== w && !(k === words.length - 1 && (t.lower === `${w}s` || `${t.lower}s` === w))) return -1;
  }
  return i + words.length;
}


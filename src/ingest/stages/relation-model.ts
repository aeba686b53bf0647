import { RELATION_TYPES, type RelationType } from '../../domain/vocabulary';
import { best, predict, type LinearModel } from '../learn/linear-model';
import type { Lexicon } from '../lexicon';
import type { Token } from '../text/tokenize';
import type { Mention, RelationCandidate } from '../types';

/**
 * Relations between two names of one sentence that no rule read, proposed by a classifier learned
 * from our own annotated articles (`npm run train`, stored as `seed/catalog/relation-model.json`).
 * It reads the words between the two names (their lemmas, the verbs, the first and last word), the
 * names' types and head words, how far apart they are and how many names stand between. Its labels
 * are a relation type with a direction (`USES>`: the first name uses the second; `USES<`: the other
 * way), or `NONE`.
 * Two names some rule related anywhere in the article get no proposal, nor does a pair with a negator
 * between (or just before the first name), nor a pair with a discovered name (only two catalog names).
 * A rule's relation between the pair in the sentence is among the features, and the model drops it
 * only when it is sure (`dropThreshold`) that the sentence does not relate the two.
 */
export interface RelationModel extends LinearModel {
  /** Names further apart than this many words are never paired. */
  maxDistance: number;
  /** A proposed relation's confidence is its probability times this, so rules' relations rank above it. */
  confidenceScale: number;
  /** The labels it may add; the others it only tells apart (so that it does not take them for these). */
  proposes: string[];
  /** A rule's relation between a pair is dropped when `NONE` is this probable; absent: never. */
  dropThreshold?: number;
}

/** The label of a pair the sentence does not relate. */
export const NO_RELATION = 'NONE';

/** The model's labels: `NONE`, then each relation type forwards (`>`) and backwards (`<`). */
export const RELATION_LABELS: readonly string[] = [NO_RELATION, ...RELATION_TYPES.flatMap((t) => [`${t}>`, `${t}<`])];

/** Two names of one sentence, the first before the second, with what the model reads of them. */
export interface MentionPair {
  first: Mention;
  second: Mention;
  features: string[];
  negated: boolean;
  /** The rules' candidates between these two mentions in this sentence. */
  ruled: RelationCandidate[];
}

const lemma = (t: Token): string => t.lemma ?? t.lower;

/** The lemma of a name's last word. */
const head = (m: Mention, inside: (m: Mention) => readonly Token[]): string => {
  const last = inside(m).at(-1);
  return last ? lemma(last) : m.text.toLowerCase();
};

/**
 * What the model reads of one pair: `between` are the sentence's words from the first name's end to the second's start,
 * `inNames` the names that stand there.
 */
function pairFeatures(
  first: Mention,
  second: Mention,
  between: readonly Token[],
  before: Token | undefined,
  after: Token | undefined,
  inNames: readonly Mention[],
  inside: (m: Mention) => readonly Token[],
): string[] {
  const types = `${first.type}>${second.type}`;
  const words = between.map(lemma);
  const distance = `${Math.min(words.length, 12) >> 1}`;
  const names = `${Math.min(inNames.length, 3)}`;
  const f = [`T:${types}`, `TA:${first.type}`, `TB:${second.type}`, `D:${distance}`, `MB:${names}`, `DM:${distance}|${names}`];
  // The names' head words ("Labs", "proofs", "DAO") say more of their roles than their types do.
  const heads = [`HA:${head(first, inside)}`, `HB:${head(second, inside)}`];
  for (const h of heads) f.push(h, `${h}|${types}`);
  f.push(`DA:${first.discovered ? 1 : 0}${second.discovered ? 1 : 0}`);
  f.push(`L1:${before ? lemma(before) : '^'}`, `R1:${after ? lemma(after) : '$'}`);
  if (words.length <= 5) f.push(`SEQ:${words.join(' ')}`, `TS:${types}|${words.join(' ')}`);
  // A long gap is read at its two ends, where the words that relate the names usually stand.
  const kept = words.length > 10 ? [...words.slice(0, 5), ...words.slice(-5)] : words;
  for (const w of kept) f.push(`B:${w}`);
  for (let i = 0; i + 1 < kept.length; i += 1) f.push(`BB:${kept[i]}_${kept[i + 1]}`);
  const firstWord = words[0];
  const lastWord = words.at(-1);
  if (firstWord !== undefined) f.push(`B0:${firstWord}`, `T0:${types}|${firstWord}`);
  if (lastWord !== undefined) f.push(`BZ:${lastWord}`, `TZ:${types}|${lastWord}`);
  // (A word of a name between them is no verb, whatever the tagger made of it: "TEEs", "Proof of Stake".)
  const verbs = between.filter((t) => (t.pos === 'VERB' || t.pos === 'AUX') && !inNames.some((m) => m.start <= t.start && t.end <= m.end)).map(lemma);
  for (const v of verbs) f.push(`V:${v}`);
  if (verbs[0] !== undefined) f.push(`V0:${verbs[0]}`, `TV:${types}|${verbs[0]}`);
  return f;
}

/**
 * Every pair of names one sentence holds (outer names only, two different names, at most
 * `maxDistance` words apart), in text order, with its features and whether a negator scopes it.
 * `wanted`, when given, skips the pairs it refuses before their features are built.
 */
export function mentionPairs(
  mentions: readonly Mention[],
  tokens: readonly Token[][],
  candidates: readonly RelationCandidate[],
  lexicon: Lexicon,
  maxDistance: number,
  wanted?: (first: Mention, second: Mention, ruled: readonly RelationCandidate[]) => boolean,
): MentionPair[] {
  const bySentence = new Map<number, Mention[]>();
  for (const m of mentions) {
    if (m.nested) continue;
    const list = bySentence.get(m.sentence);
    if (list) list.push(m);
    else bySentence.set(m.sentence, [m]);
  }
  const ruledIn = new Map<number, RelationCandidate[]>();
  for (const c of candidates) {
    const list = ruledIn.get(c.sentence);
    if (list) list.push(c);
    else ruledIn.set(c.sentence, [c]);
  }
  const out: MentionPair[] = [];
  for (const [sentence, names] of bySentence) {
    const sentenceCandidates = ruledIn.get(sentence) ?? [];
    const words = tokens[sentence] ?? [];
    const firstAt = (offset: number) => {
      const i = words.findIndex((t) => t.start >= offset);
      return i < 0 ? words.length : i;
    };
    for (let i = 0; i < names.length; i += 1) {
      const first = names[i] as Mention;
      const from = firstAt(first.end);
      const start = firstAt(first.start);
      for (let j = i + 1; j < names.length; j += 1) {
        const second = names[j] as Mention;
        if (second.key === first.key || second.start < first.end) continue;
        const to = firstAt(second.start);
        if (to - from > maxDistance) break;
        const ruled = sentenceCandidates.filter((c) => (c.subject === first.index && c.object === second.index) || (c.subject === second.index && c.object === first.index));
        if (wanted && !wanted(first, second, ruled)) continue;
        const between = words.slice(from, to);
        const namesBetween = names.filter((m) => m.start >= first.end && m.end <= second.start);
        const negated = [...between, ...words.slice(Math.max(0, start - 3), start)].some((t) => lexicon.negators.has(t.lower) || lexicon.negators.has(lemma(t)));
        const inside = (m: Mention) => words.slice(firstAt(m.start), firstAt(m.end));
        const features = pairFeatures(first, second, between, words[start - 1], words[firstAt(second.end)], namesBetween, inside);
        for (const c of ruled) features.push(`RULE:${c.type}${c.subject === first.index ? '>' : '<'}`, `RULEBY:${c.rule.split(':')[0]}`);
        out.push({ first, second, features, negated, ruled });
      }
    }
  }
  return out;
}

/** The relation a label names between a pair, or null for `NONE`. */
export function labelRelation(label: string, pair: MentionPair): { subject: Mention; type: RelationType; object: Mention } | null {
  if (label === NO_RELATION) return null;
  const type = label.slice(0, -1) as RelationType;
  return label.endsWith('>') ? { subject: pair.first, type, object: pair.second } : { subject: pair.second, type, object: pair.first };
}

/**
 * The candidates, with the model's relations added for the pairs no rule related, and (when the
 * model has a `dropThreshold`) without the rules' relations of a pair the model is that sure the
 * sentence does not relate (but for a name a cue lists with one the model keeps). Returns a new list.
 */
export function relationsByModel(mentions: readonly Mention[], tokens: readonly Token[][], candidates: readonly RelationCandidate[], lexicon: Lexicon, model: RelationModel): RelationCandidate[] {
  const pairKey = (a: string, b: string) => (a < b ? `${a}|${b}` : `${b}|${a}`);
  const related = new Set(candidates.map((c) => pairKey(mentions[c.subject]?.key ?? '', mentions[c.object]?.key ?? '')));
  const none = model.labels.indexOf(NO_RELATION);
  const dropped = new Set<RelationCandidate>();
  const added: RelationCandidate[] = [];
  // Only pairs the model may act on: a rule's pair when it may drop, else a pair no rule relates anywhere.
  const wanted = (first: Mention, second: Mention, ruled: readonly RelationCandidate[]) => (ruled.length > 0 ? model.dropThreshold !== undefined : !related.has(pairKey(first.key, second.key)));
  for (const pair of mentionPairs(mentions, tokens, candidates, lexicon, model.maxDistance, wanted)) {
    if (pair.ruled.length > 0) {
      if (model.dropThreshold !== undefined && (predict(model, pair.features)[none] ?? 0) >= model.dropThreshold) for (const c of pair.ruled) dropped.add(c);
      continue;
    }
    // (Only between two catalog names: on real pages nobody here wrote, its proposals with a discovered name were right 2
    // times in 14, against 4 in 17 between catalog names; docs/EXTRACTION.md, 2026-12-06 second session.)
    if (pair.negated || pair.first.entityId === null || pair.second.entityId === null) continue;
    const { label, p } = best(model, predict(model, pair.features));
    if (p < model.threshold || !model.proposes.includes(label)) continue;
    const relation = labelRelation(label, pair);
    if (relation === null || saidOfInstance(relation, pair.first.sentence, candidates, mentions)) continue;
    added.push({
      subject: relation.subject.index,
      type: relation.type,
      object: relation.object.index,
      sentence: pair.first.sentence,
      rule: 'model',
      confidence: Math.round(p * model.confidenceScale * 100) / 100,
    });
  }
  // ("rollups such as A, B and C", "X supports A, B and C": the names one cue lists stand in its relation alike; the model
  // keeps all when it keeps one.)
  const cue = (c: RelationCandidate) => c.rule.startsWith('cue:');
  // (Examples share the class they are kinds of, the objects of one cue its subject.)
  const ends = (c: RelationCandidate) => `${c.sentence}|${c.rule}|${c.type}|${c.type === 'IS_A' ? `o${c.object}` : `s${c.subject}`}`;
  const kept = new Set(candidates.filter((c) => !dropped.has(c) && cue(c)).map(ends));
  const listed = (c: RelationCandidate) => cue(c) && kept.has(ends(c));
  return [...candidates.filter((c) => !dropped.has(c) || listed(c)), ...added];
}

/**
 * ("Quillnet is a rollup which uses X": a rule gave Quillnet USES X, so the model's Rollups USES X would say of the class what
 * the sentence says of one of its kind.) Whether a rule relates, in the same sentence and the same way, a name the
 * relation's subject is the class of.
 */
function saidOfInstance(relation: { subject: Mention; type: RelationType; object: Mention }, sentence: number, candidates: readonly RelationCandidate[], mentions: readonly Mention[]): boolean {
  const inSentence = candidates.filter((c) => c.sentence === sentence);
  const key = (index: number) => mentions[index]?.key;
  return inSentence.some(
    (c) => c.type === relation.type && key(c.object) === relation.object.key && inSentence.some((isA) => isA.type === 'IS_A' && isA.subject === c.subject && key(isA.object) === relation.subject.key),
  );
}

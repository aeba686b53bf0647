import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import type { Token } from './tokenize';

// Loaded once: building the model costs far more than tagging an article.
const nlp = winkNLP(model, ['pos']);
const its = nlp.its;

/**
 * The tokens of `text` (a sentence starting at body offset `offset`) with the part of speech and
 * lemma of the wink-nlp token that holds each one's first character. New objects; the input is
 * left alone. Wink tokens are substrings of the text in order, so they are placed by `indexOf`.
 */
export function tagTokens(text: string, offset: number, tokens: readonly Token[]): Token[] {
  if (tokens.length === 0) return [];
  const doc = nlp.readDoc(text);
  const words = doc.tokens().out() as string[];
  const tags = doc.tokens().out(its.pos as never) as string[];
  const lemmas = doc.tokens().out(its.lemma as never) as string[];
  const spans: { start: number; end: number; pos: string; lemma: string }[] = [];
  let at = 0;
  for (const [i, word] of words.entries()) {
    const k = text.indexOf(word, at);
    if (k < 0) continue;
    spans.push({ start: offset + k, end: offset + k + word.length, pos: tags[i] ?? 'X', lemma: (lemmas[i] ?? word).toLowerCase() });
    at = k + word.length;
  }
  const out: Token[] = [];
  let j = 0;
  for (const tok of tokens) {
    while (j < spans.length && (spans[j] as (typeof spans)[number]).end <= tok.start) j += 1;
    const span = spans[j];
    const holds = span !== undefined && span.start <= tok.start;
    // A word cut from a longer wink token ("Layer" of "Layer-2") keeps its own lower-case form as lemma.
    const whole = holds && span.start === tok.start && span.end === tok.end;
    out.push({ ...tok, pos: holds ? span.pos : 'X', lemma: whole ? span.lemma : tok.lower });
  }
  return out;
}

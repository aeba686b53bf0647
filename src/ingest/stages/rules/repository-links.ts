import type { Lexicon } from '../../lexicon';
import { linksIn } from '../../text/markup';
import type { Sentence } from '../../types';
import { discovered, type Found } from '../discover';

/** A link to a code repository or a package page: the host, then the owner and the name (a package page: its name). */
const REPOSITORY =
  /^\]\(\s*https?:\/\/(?:www\.)?(?:(?:github\.com|gitlab\.com|codeberg\.org|bitbucket\.org)\/[\w.-]+\/([\w.-]+)|(?:npmjs\.com\/package|crates\.io\/crates|pypi\.org\/project)\/([\w.@/-]+?))\/?(?:\.git)?\s*\)$/iu;
const WRAPPING = /^[`*_"“'‘\s]+|[`*_"”'’\s]+$/gu;

/**
 * "[`btcd`](https://github.com/btcsuite/btcd)", "[quorrel-sdk](https://npmjs.com/package/quorrel-sdk)": a link whose
 * words name the repository or package it points at (one spelling starts the other) names a project, whatever its
 * case. `raw` is the sentence as written (`s.text` has the link targets blanked out, at the same offsets).
 */
export function repositoryLinks(raw: string, s: Sentence, found: readonly Found[], lexicon: Lexicon): Found[] {
  const out: Found[] = [];
  for (const link of linksIn(raw)) {
    const target = REPOSITORY.exec(raw.slice(link.end, link.linkEnd));
    const repo = (target?.[1] ?? target?.[2] ?? '').toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
    const text = link.text.replace(WRAPPING, '');
    const key = text.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
    if (repo.length < 3 || key.length < 3 || /\s/.test(text) || !(repo.startsWith(key) || key.startsWith(repo))) continue;
    const start = s.start + link.start + (link.text.length - link.text.replace(/^[`*_"“'‘\s]+/u, '').length);
    if (found.some((f) => !f.nested && f.start < start + text.length && start < f.end)) continue;
    out.push(discovered(start, start + text.length, text, 'Project', 'discover:repository-link', lexicon));
  }
  return out;
}

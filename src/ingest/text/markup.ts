/**
 * Lines of a page that are markup, not prose: what docs sites put around their text in MDX and HTML
 * (`import Tabs from '@theme/Tabs';`, `<Tabs>`, `<!-- note -->`, `{/* note *\/}`, Docusaurus's `:::note`
 * fences). They name nothing a reader would take from the page, so segmentation skips them.
 */

/** `import X from 'y';`, `import 'y';`, `export const meta = …`: MDX's module lines. */
const MODULE_LINE = /^(?:import\s+(?:[^'"]+\s+from\s+)?['"][^'"]+['"];?|export\s+(?:const|let|default|function)\b.*)$/;
/** A line of tags only: `<Tabs>`, `</TabItem>`, `<Banner type="info" />`, `<br/><br/>`. */
const TAGS_ONLY = /^(?:<\/?[A-Za-z][\w.:-]*(?:\s[^<>]*)?\/?>\s*)+$/;
/** A tag whose attributes go on over the next lines: `<ExpandableCard` … `>`. */
const OPEN_TAG = /^<[A-Za-z][\w.:-]*(?:\s[^<>]*)?$/;
/** Docusaurus admonitions: `:::note`, `:::tip Did you know?`, the closing `:::`. */
const ADMONITION = /^:::(?:\s*[\w-]+.*)?$/;
/** A link reference definition: `[g-trie]: glossary.md#quill-trie`, `[1]: https://… "Title"`. */
const LINK_DEFINITION = /^\[[^\]\n]+\]:\s*\S+(?:\s+["'(].*)?$/;
/** reStructuredText directives and their options: `.. image:: ./fig.png`, `:align: center`, `.. math::`. */
const DIRECTIVE = /^(?:\.\.\s+[\w-]+::.*|:[\w-]+:(?:\s.*)?)$/;

/** The indexes of the lines (trimmed texts, in order) that are markup. */
export function markupLines(lines: readonly string[]): Set<number> {
  const out = new Set<number>();
  // The text that closes a comment or a tag opened on an earlier line.
  let closer: string | undefined;
  for (const [i, text] of lines.entries()) {
    if (closer !== undefined) {
      out.add(i);
      if (text.includes(closer)) closer = undefined;
      continue;
    }
    const opener = ['<!--', '{/*'].find((o) => text.startsWith(o));
    if (opener !== undefined) {
      const comment = opener === '<!--' ? '-->' : '*/}';
      out.add(i);
      // Prose after a comment closed on its own line is rare; the whole line goes.
      if (!text.slice(opener.length).includes(comment)) closer = comment;
      continue;
    }
    if (MODULE_LINE.test(text) || TAGS_ONLY.test(text) || ADMONITION.test(text) || LINK_DEFINITION.test(text) || DIRECTIVE.test(text)) out.add(i);
    else if (OPEN_TAG.test(text)) {
      out.add(i);
      closer = '>';
    }
  }
  return out;
}

/** `[words](target)`, `[words][label]`: a link, its words kept. */
const LINK = /(?<!!)\[([^[\]\n]*)\](?:\([^)\s]*\)|\[[^[\]\n]*\])/g;
/** `](https://…)` after a link's text (one that holds brackets), `<https://…>`, `![alt](src)`, `<sup>`, a bare `https://…`, a character reference (`&#x20;`, `&nbsp;`): what no reader reads as words. */
const INLINE_MARKUP = /!\[[^\]\n]*\]\([^)\s]*\)|\]\([^)\s]*\)|<https?:[^>\s]*>|<\/?[A-Za-z][\w-]*(?:\s[^<>\n]*)?\/?>|\bhttps?:\/\/[^\s)\]>]+|&(?:#x[\da-f]{1,6}|#\d{1,7}|[a-z][a-z\d]{1,9});/gi;

/**
 * A sentence's text with its inline markup blanked out, at the same length so every offset still holds:
 * "such as [sidechains](/docs/sidechains/), rollups" reads "such as  sidechains               , rollups".
 * A link's words stay; the line breaks of a hard-wrapped sentence become spaces.
 */
export function withoutInlineMarkup(text: string): string {
  const flat = text.replace(/[\r\n]/g, ' ');
  if (!/[\](<&]|https?:/.test(flat)) return flat;
  return flat
    .replace(LINK, (m, words: string) => ` ${words}${' '.repeat(m.length - words.length - 1)}`)
    .replace(INLINE_MARKUP, (m) => (m.startsWith('](') ? `]${' '.repeat(m.length - 1)}` : ' '.repeat(m.length)));
}

/** A Markdown link in `text`: the offsets of its words (inside the brackets) and of the whole link. */
export interface Link {
  start: number;
  end: number;
  text: string;
  linkStart: number;
  linkEnd: number;
}

/** The links of `text` (images left out), at offsets into `text`. */
export function linksIn(text: string): Link[] {
  return [...text.matchAll(LINK)].map((m) => {
    const linkStart = m.index ?? 0;
    const words = m[1] as string;
    return { start: linkStart + 1, end: linkStart + 1 + words.length, text: words, linkStart, linkEnd: linkStart + m[0].length };
  });
}

/** The body with each sentence's text (`withoutInlineMarkup`) in its place: what the tagger reads, at the body's offsets. */
export function readableBody(body: string, sentences: readonly { start: number; end: number; text: string }[]): string {
  let out = '';
  let at = 0;
  for (const s of sentences) {
    if (s.start < at) continue;
    out += body.slice(at, s.start) + s.text;
    at = s.end;
  }
  return out + body.slice(at);
}

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
    if (MODULE_LINE.test(text) || TAGS_ONLY.test(text) || ADMONITION.test(text)) out.add(i);
    else if (OPEN_TAG.test(text)) {
      out.add(i);
      closer = '>';
    }
  }
  return out;
}

import { readdirSync, readFileSync } from 'node:fs';
import { parseArticle } from '../../../src/ingest/stages/read-article';
import { segment } from '../../../src/ingest/stages/segment';
import { articleOf, seedKnowledge } from './helpers';

const { lexicon } = seedKnowledge();
const kinds = (body: string) => segment(articleOf(body), lexicon).blocks.map((b) => [b.kind, b.text]);

/** A paragraph wrapped at a fixed width, its sentences ending mid-line and at a line's end. */
const WRAPPED_PARAGRAPH = [
  'The requirement of downloading the intermediate roots of the tree is a',
  'consequence of using a two-dimensional encoding scheme for the data. Instead,',
  'Quorrel could be designed with a standard one-dimensional encoding, where the',
  'original data is split into chunks and extended with additional chunks of',
  'parity data.',
];

describe('segment', () => {
  it("takes a line of tildes under a heading of its length for the heading's underline, no code fence, and drops directive lines", () => {
    const body = [
      'Quorrel Notes',
      '=============',
      '',
      'Setup Guide',
      '~~~~~~~~~~~',
      '',
      'Quorrel relies on fraud proofs.',
      '',
      '.. image:: ./quorrel.png',
      '  :align: center',
      '',
      'Next Part',
      '~~~~~~~~~',
      '',
      'Tessbar uses sharding.',
      '',
      '~~~',
      'code();',
      '~~~',
      '',
    ].join('\n');
    const texts = segment(articleOf(body), lexicon).sentences.map((s) => s.text);
    expect(texts).toContain('Quorrel relies on fraud proofs.');
    expect(texts).toContain('Tessbar uses sharding.');
    expect(texts.some((t) => /~|image::|:align:|code\(\)/.test(t))).toBe(false);
  });

  it('starts a new table at a header line over a rule, even right after another table', () => {
    const body = '# Designs\n\n| A | B |\n|---|---|\n| a1 | b1 |\n\n| C | D |\n|---|---|\n| c1 | d1 |\n';
    const blocks = segment(articleOf(body), lexicon).blocks;
    expect(blocks.map((b) => [b.kind, b.text, b.intro])).toEqual([
      ['title', 'Designs', -1],
      ['table-header', '| A | B |', -1],
      ['row', '| a1 | b1 |', 1],
      ['table-header', '| C | D |', -1],
      ['row', '| c1 | d1 |', 3],
    ]);
  });

  it('keeps every block, term and sentence at its offsets in the body (seed articles)', () => {
    for (const file of readdirSync('seed/articles')) {
      const { article } = parseArticle(file, readFileSync(`seed/articles/${file}`));
      if (!article) continue;
      const seg = segment(article, lexicon);
      for (const piece of [...seg.blocks, ...seg.sentences, ...seg.blocks.flatMap((b) => (b.term ? [b.term] : []))]) {
        expect(article.body.slice(piece.start, piece.end).length).toBe(piece.text.length);
      }
      expect(seg.sentences.length).toBeGreaterThan(seg.blocks.length);
    }
  });

  it('reads a task-list checkbox as list markup, not as part of the item', () => {
    expect(kinds('# Notes\n\nQuill supports two schemes:\n\n- [x] Alpha\n- [ ] Beta\n')).toEqual([
      ['title', 'Notes'],
      ['list-intro', 'Quill supports two schemes:'],
      ['item', 'Alpha'],
      ['item', 'Beta'],
    ]);
  });

  it('finds the title, part markers, plain-text headings and list intros', () => {
    expect(kinds('My Article Title\nPart 1\nThe Current Landscape\nToday, things change. They do.\nImplementation:\n')).toEqual([
      ['title', 'My Article Title'],
      ['part', 'Part 1'],
      ['heading', 'The Current Landscape'],
      ['paragraph', 'Today, things change. They do.'],
      ['list-intro', 'Implementation:'],
    ]);
  });

  it('splits several definition items on one line and ties them to their list intro', () => {
    const seg = segment(articleOf('Rollups Explained\nOpportunities:\nDeFi Protocols: Rollups help DeFi. Gaming: The speed helps games. Ordinary sentence here.\n'), lexicon);
    const items = seg.blocks.filter((b) => b.kind === 'item');
    expect(items.map((b) => [b.term?.text, b.text, b.intro])).toEqual([
      ['DeFi Protocols', 'DeFi Protocols: Rollups help DeFi.', 1],
      ['Gaming', 'Gaming: The speed helps games. Ordinary sentence here.', 1],
    ]);
  });

  it('takes the capitalised name before a spaced dash in a bullet as its term, not a hyphenated word', () => {
    const body = 'Actors\n\n- Quorrel Actor - keeps the registry.\n- Tessbar — a prover.\n- Zero-knowledge proofs are used.\n';
    expect(segment(articleOf(body), lexicon).blocks.map((b) => b.term?.text ?? null)).toEqual([null, 'Quorrel Actor', 'Tessbar', null]);
  });

  it('takes a lower-case phrase of two to four words before a spaced dash or colon in a bullet as its term, not one word or a clause', () => {
    const body =
      'Checks\n\n- replay testing - we rerun old blocks.\n- state bloat: nodes store too much.\n- fuzzing - we mutate inputs.\n- we test - each release.\n- the proofs of the batch - are posted.\n';
    expect(segment(articleOf(body), lexicon).blocks.map((b) => b.term?.text ?? null)).toEqual([null, 'replay testing', 'state bloat', null, null, null]);
  });

  it('ties an item indented under another item to that item, and the next outer item back to the list intro', () => {
    const body = 'Parts\n\nQuorrel has three parts:\n\n- Quorrel Node\n    - Synchronizer\n    - Tessbar\n- Marrowfield\n';
    expect(segment(articleOf(body), lexicon).blocks.map((b) => [b.text, b.intro])).toEqual([
      ['Parts', -1],
      ['Quorrel has three parts:', -1],
      ['Quorrel Node', 1],
      ['Synchronizer', 2],
      ['Tessbar', 2],
      ['Marrowfield', 1],
    ]);
  });

  it('does not take a colon inside an ordinary sentence for a term', () => {
    expect(kinds('At the heart of this lies a question: who owns the models? Nobody knows.\n').map(([k]) => k)).toEqual(['paragraph']);
  });

  it('reads Markdown headings with levels, bullets and bold terms', () => {
    const seg = segment(articleOf('# Title\n\n## Celestia\n\n### Implementation\n\n- **Erasure Coding**: data is extended.\n- plain bullet\n'), lexicon);
    expect(seg.blocks.map((b) => [b.kind, b.level, b.heading, b.text])).toEqual([
      ['title', 1, -1, 'Title'],
      ['heading', 2, 0, 'Celestia'],
      ['heading', 3, 1, 'Implementation'],
      ['item', 0, 2, '**Erasure Coding**: data is extended.'],
      ['bullet', 0, 2, 'plain bullet'],
    ]);
    expect(seg.blocks[3]?.term?.text).toBe('Erasure Coding');
  });

  it("skips an MDX page's imports, components, comments and admonition fences, and keeps the prose inside them", () => {
    const page = [
      "import Tabs from '@theme/Tabs';",
      'export const meta = { sidebar: true };',
      '# Inside Quorrel',
      '<Banner type="info" />',
      ':::tip Good to know',
      'Quorrel settles on Tessbar.',
      ':::',
      '<!-- a note for',
      'the editors -->',
      '{/* hidden */}',
      '<ExpandableCard',
      '  title="Why Vexmoor"',
      '>',
      'Quorrel uses Harrowfen.',
      '</ExpandableCard>',
      '<br/><br/>',
    ].join('\n\n');
    expect(kinds(page)).toEqual([
      ['title', 'Inside Quorrel'],
      ['paragraph', 'Quorrel settles on Tessbar.'],
      ['paragraph', 'Quorrel uses Harrowfen.'],
    ]);
  });

  it('skips link reference definitions and keeps only the words of a reference-style link', () => {
    const body = '# Quorrel\n\n[g-trie]: glossary.md#quill-trie\n[1]: https://example.org "Notes"\n\nQuorrel uses a [Quill Trie][g-trie], slower than [Marrow][1].\n';
    expect(kinds(body)).toEqual([
      ['title', 'Quorrel'],
      ['paragraph', 'Quorrel uses a [Quill Trie][g-trie], slower than [Marrow][1].'],
    ]);
    const sentence = segment(articleOf(body), lexicon).sentences.find((x) => x.text.includes('Quill Trie'));
    expect(sentence?.text).not.toContain('g-trie');
    expect(sentence?.text).toContain('Quill Trie');
  });

  it("reads a paragraph whose last sentence counts a class, right over a list, as the list's intro; another paragraph stays one", () => {
    const counted = segment(articleOf('# Quorrel\n\nThere are several core services that run Quorrel.\n\n- Cron Service - runs jobs.\n- Vault Service - keeps funds.\n'), lexicon).blocks;
    expect(counted.map((b) => [b.kind, b.intro])).toEqual([
      ['title', -1],
      ['list-intro', -1],
      ['item', 1],
      ['item', 1],
    ]);
    const plain = segment(articleOf('# Quorrel\n\nQuorrel settles on Tessbar.\n\n- Cron Actor - runs jobs.\n'), lexicon).blocks;
    expect(plain.map((b) => [b.kind, b.intro])).toEqual([
      ['title', -1],
      ['paragraph', -1],
      ['item', -1],
    ]);
  });

  it("leaves a docs site's anchor id out of its heading", () => {
    expect(kinds('# Quorrel {#quorrel}\n\n## Further reading {#further-reading}\n\n- [Quorrel notes](https://example.org)\n')).toEqual([
      ['title', 'Quorrel'],
      ['heading', 'Further reading'],
      ['bullet', '[Quorrel notes](https://example.org)'],
    ]);
  });

  it('joins the lines of a hard-wrapped paragraph and list item, and ends no sentence at a line break', () => {
    const body = [
      '# Quorrel',
      '',
      'Quorrel is a rollup built by',
      'Acme Labs that settles on Tessbar and keeps its data on Harrowfen, a network run by',
      'the Vexmoor Foundation. It launched in 2024.',
      '',
      '- Replaces the regular Merkle tree used by Tessbar to store block data with a',
      '  namespaced Merkle tree.',
      '- Adds fraud proofs.',
    ].join('\n');
    const seg = segment(articleOf(body), lexicon);
    expect(seg.blocks.map((b) => b.kind)).toEqual(['title', 'paragraph', 'bullet', 'bullet']);
    expect(seg.sentences.map((s) => s.text)).toEqual([
      'Quorrel',
      'Quorrel is a rollup built by Acme Labs that settles on Tessbar and keeps its data on Harrowfen, a network run by the Vexmoor Foundation.',
      'It launched in 2024.',
      'Replaces the regular Merkle tree used by Tessbar to store block data with a   namespaced Merkle tree.',
      'Adds fraud proofs.',
    ]);
    for (const s of seg.sentences) expect(body.slice(s.start, s.end).replace(/\n/g, ' ')).toBe(s.text);
  });

  it('goes on joining a wrapped paragraph until a sentence ends, whatever its next line opens with', () => {
    const body = [
      '# Quorrel',
      '',
      'Quorrel is a library for private learning on shared data. Quorrel keeps',
      'private data apart from training, using',
      '[Tessbar](https://tessbar.example/a-long-path-to-the-page),',
      '[Harrowfen](https://harrowfen.example/another-long-path),',
      'and Vexmoor within the common frameworks.',
    ].join('\n');
    const seg = segment(articleOf(body), lexicon);
    expect(seg.blocks.map((b) => b.kind)).toEqual(['title', 'paragraph']);
    expect(seg.sentences.map((s) => s.text.replace(/ +/g, ' '))).toEqual([
      'Quorrel',
      'Quorrel is a library for private learning on shared data.',
      'Quorrel keeps private data apart from training, using Tessbar , Harrowfen , and Vexmoor within the common frameworks.',
    ]);
  });

  it('joins every full line of a file wrapped at a fixed width, a sentence ending on it or not', () => {
    const body = ['# Quorrel', '', ...WRAPPED_PARAGRAPH].join('\n');
    expect(segment(articleOf(body), lexicon).blocks.map((b) => b.kind)).toEqual(['title', 'paragraph']);
  });

  it('joins no line that ends in a hard line break (a backslash) to the next, in a file wrapped at a fixed width', () => {
    const body = [
      '# Quorrel',
      '',
      ...WRAPPED_PARAGRAPH,
      '',
      '[Quorrel: Recursive Arguments from Folding the Tessbar Schemes](https://example.org/a) \\',
      'Jane Roe, Vasko Ostrane, and Oriel Tessaly \\',
      'QUILLCONF 2024',
    ].join('\n');
    const blocks = segment(articleOf(body), lexicon).blocks;
    expect(blocks.map((b) => b.text.trim())).toEqual(expect.arrayContaining(['Jane Roe, Vasko Ostrane, and Oriel Tessaly \\', 'QUILLCONF 2024']));
  });

  it('keeps one line per block where plain text puts a title, a heading, a byline or a field on each line', () => {
    const body = [
      'Who Audits the Model When a DAO Owns It? Notes from Six Months of Quorrel Operations',
      'Acme Lab blog, posted by Jane Roe',
      'The setup',
      'zk-Rollups',
      'zk-Rollups (zero-knowledge rollups) bundle transactions.',
      '**Jane Roe¹, Ann Lee²**',
      '¹ Harrowfen University',
      'Proof system: Tessbar, a prover whose proofs are wrapped in a SNARK for verification on Vexmoor',
      'Data availability: Vexmoor blobs',
      '> A quoted line that goes on in the',
      '> next quoted line.',
    ].join('\n');
    expect(segment(articleOf(body), lexicon).blocks).toHaveLength(11);
  });

  it("reads a link's text and leaves its target out of the sentence, at the same offsets", () => {
    const body = 'Intro line here\n\nQuorrel, built by [Acme Labs](https://acme.example/about), settles on <b>Tessbar</b> (see https://quorrel.example/docs).\n';
    const [, s] = segment(articleOf(body), lexicon).sentences;
    expect(s?.text.replace(/ +/g, ' ')).toBe('Quorrel, built by Acme Labs , settles on Tessbar (see ).');
    expect(s?.text.length).toBe((s?.end ?? 0) - (s?.start ?? 0));
  });

  it('keeps a line that only mentions a tag or an import in its prose', () => {
    expect(kinds('Intro line here\n\nThe <Tabs> component and import statements are MDX features.\n').map(([k]) => k)).toEqual(['title', 'paragraph']);
  });

  it('keeps "Dr." and "e.g." inside the sentence', () => {
    const seg = segment(articleOf('Intro line here\nDr. Smith wrote it, e.g. in 2020. Then he left.\n'), lexicon);
    expect(seg.sentences.map((s) => s.text)).toEqual(['Intro line here', 'Dr. Smith wrote it, e.g. in 2020.', 'Then he left.']);
  });

  it('marks a repeated paragraph as a duplicate of the first, ignoring a missing final period', () => {
    const text = 'Rollups bundle many transactions. They post the batch to Layer 1';
    const seg = segment(articleOf(`Heading One\n${text}\nHeading Two\n${text}.\n`), lexicon);
    expect(seg.blocks.map((b) => b.duplicateOf)).toEqual([-1, -1, -1, 1]);
  });
});

describe('a full stop inside a code name (own examples)', () => {
  it('ends no sentence at "keelkit.js"', () => {
    const body = 'Intro\n\nThe project follows the usual rules. keelkit.js is maintained by Marrow Labs, a small team. e.g. it ships weekly.\n';
    const texts = segment(articleOf(body), seedKnowledge().lexicon).sentences.map((s) => s.text);
    expect(texts).toContain('keelkit.js is maintained by Marrow Labs, a small team.');
  });
});

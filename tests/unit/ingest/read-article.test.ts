import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { articleIdOf as articleId } from '../../../src/ingest/article-id';
import { parseArticle, readArticles } from '../../../src/ingest/stages/read-article';

const utf8 = (text: string) => Buffer.from(text, 'utf8');

describe('parseArticle', () => {
  it('reads front-matter, body (the whole text, so offsets are into the file), id and content hash', () => {
    const result = parseArticle('l2/intro.md', utf8('---\ntitle: Intro\nsource: https://example.org\ndate: 2024-01-02\n---\n# Heading\n\nBody text.\n'));
    expect(result.article).toMatchObject({
      id: 'article:l2-intro',
      path: 'l2/intro.md',
      title: 'Intro',
      source: 'https://example.org',
      date: '2024-01-02',
      body: '---\ntitle: Intro\nsource: https://example.org\ndate: 2024-01-02\n---\n# Heading\n\nBody text.\n',
      frontMatter: '---\ntitle: Intro\nsource: https://example.org\ndate: 2024-01-02\n---\n'.length,
    });
    expect(result.article?.contentHash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('takes the title from the first line when front-matter has none', () => {
    expect(parseArticle('a.txt', utf8('My Title\nA paragraph that says something.\n')).article?.title).toBe('My Title');
  });

  it.each([
    ['empty', '', /empty/],
    ['blank', '  \n\n', /empty/],
    ['front-matter only', '---\ntitle: T\n---\n', /empty/],
    ['title only', 'The Crypto Rich Mindset Unlocking Financial Freedom_1\n', /title only/],
    ['invalid front-matter', '---\ntitle: [unclosed\n---\nBody text.\n', /invalid YAML front-matter/],
  ])('reports a %s file and skips it', (_label, text, message) => {
    const result = parseArticle('bad.md', utf8(text));
    expect(result.article).toBeUndefined();
    expect(result.issue).toMatchObject({ stage: 'read', articleId: 'bad.md', message: expect.stringMatching(message) });
  });

  it.each([
    ['javascript:alert(1)', undefined],
    ['file:///etc/passwd', undefined],
    ['shared/seeds/x.txt, lines 1-40', undefined],
    ['http://example.org/a', 'http://example.org/a'],
  ])('keeps front-matter source %j only as an http(s) link', (source, kept) => {
    const result = parseArticle('s.md', utf8(`---\nsource: "${source}"\n---\nTitle\n\nA body sentence.\n`));
    expect(result.article?.source).toBe(kept);
  });

  it("takes an MDX page's title from its first line of text, not from its imports or components", () => {
    const page = 'import Tabs from \'@theme/Tabs\';\n\n<Banner type="info" />\n\n# Inside Quorrel\n\nQuorrel settles on Tessbar.\n';
    expect(parseArticle('inside.mdx', utf8(page)).article).toMatchObject({ id: 'article:inside', title: 'Inside Quorrel' });
  });

  it('reports an MDX page that holds nothing but markup', () => {
    expect(parseArticle('x.mdx', utf8("import Tabs from '@theme/Tabs';\n<Tabs>\n</Tabs>\n")).issue?.message).toMatch(/empty/);
  });

  it('reports a binary file', () => {
    expect(parseArticle('x.md', Buffer.from([0x41, 0x00, 0x42])).issue?.message).toMatch(/binary/);
  });

  it('reports a file that is not UTF-8', () => {
    expect(parseArticle('x.md', Buffer.from([0x41, 0xff, 0xfe, 0x42, 0x2e])).issue?.message).toMatch(/not valid UTF-8/);
  });
});

describe('readArticles', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'read-articles-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('reads good files, reports bad ones by name and goes on', () => {
    mkdirSync(join(dir, 'sub'));
    writeFileSync(join(dir, 'good.md'), 'Title\n\nA sentence about rollups.\n');
    writeFileSync(join(dir, 'sub', 'also-good.txt'), 'Another sentence here.\n');
    writeFileSync(join(dir, 'sub', 'page.mdx'), '# Page\n\nA docs page written in MDX.\n');
    writeFileSync(join(dir, 'big.md'), `Title\n\n${'x'.repeat(200)}.\n`);
    writeFileSync(join(dir, 'empty.md'), '');
    writeFileSync(join(dir, 'notes.json'), '{}');
    symlinkSync(join(dir, 'missing-target.md'), join(dir, 'dangling.md'));
    const { articles, issues } = readArticles(dir, { maxBytes: 100 });
    expect(articles.map((a) => a.path)).toEqual(['good.md', 'sub/also-good.txt', 'sub/page.mdx']);
    expect(issues.map((i) => i.message)).toEqual([
      expect.stringMatching(/^big\.md: \[TOO_LARGE\] \d+ bytes is over the limit of 100; skipped$/),
      expect.stringMatching(/^dangling\.md: \[UNREADABLE\] unreadable \(ENOENT\); skipped$/),
      'empty.md: empty (no body text); skipped',
    ]);
  });

  it('lists files the graph already holds (by id and content hash) without parsing them', () => {
    const good = 'Title\n\nA sentence about rollups.\n';
    writeFileSync(join(dir, 'good.md'), good);
    writeFileSync(join(dir, 'kept.md'), '---\ntitle: [unclosed\n---\nA body.\n');
    writeFileSync(join(dir, 'edited.md'), 'Title\n\nAn edited sentence.\n');
    const hashes = new Map<string, string>();
    const first = readArticles(dir, {
      isUnchanged: (id, hash) => {
        hashes.set(id, hash);
        return false;
      },
    });
    expect(first.unchanged).toEqual([]);
    expect(first.issues.map((i) => i.articleId)).toEqual(['kept.md']);
    expect(hashes.get(articleId('good.md'))).toBe(createHash('sha256').update(good).digest('hex'));
    // kept.md's broken front-matter is not read again, and edited.md's new bytes have a new hash.
    writeFileSync(join(dir, 'edited.md'), 'Title\n\nAnother edit.\n');
    const second = readArticles(dir, { isUnchanged: (id, hash) => hashes.get(id) === hash });
    expect(second.unchanged).toEqual([articleId('good.md'), articleId('kept.md')]);
    expect(second.articles.map((a) => a.path)).toEqual(['edited.md']);
    expect(second.issues).toEqual([]);
  });

  it('refuses symbolic links that leave the folder and follows those that stay inside', () => {
    const outside = mkdtempSync(join(tmpdir(), 'read-articles-outside-'));
    try {
      writeFileSync(join(outside, 'secret.md'), 'Secret\n\nA private sentence.\n');
      writeFileSync(join(dir, 'inside.md'), 'Inside\n\nA public sentence.\n');
      symlinkSync(join(outside, 'secret.md'), join(dir, 'leak.md'));
      symlinkSync('/dev/zero', join(dir, 'zero.txt'));
      symlinkSync(join(dir, 'inside.md'), join(dir, 'alias.md'));
      const { articles, issues, failedIds } = readArticles(dir);
      expect(articles.map((a) => a.path)).toEqual(['alias.md', 'inside.md']);
      expect(issues.map((i) => i.message)).toEqual([
        'leak.md: [OUTSIDE_FOLDER] a symbolic link to a file outside the articles folder; skipped',
        'zero.txt: [OUTSIDE_FOLDER] a symbolic link to a file outside the articles folder; skipped',
      ]);
      expect(failedIds).toHaveLength(2);
    } finally {
      rmSync(outside, { recursive: true, force: true });
    }
  });

  it('skips a FIFO at once with a coded issue instead of waiting for a writer', () => {
    writeFileSync(join(dir, 'good.md'), 'Title\n\nA sentence about rollups.\n');
    execFileSync('mkfifo', [join(dir, 'x.md')]);
    const started = Date.now();
    const { articles, issues } = readArticles(dir);
    expect(Date.now() - started).toBeLessThan(2000);
    expect(articles.map((a) => a.path)).toEqual(['good.md']);
    expect(issues.map((i) => i.message)).toEqual(['x.md: [SPECIAL_FILE] not a regular file (a FIFO); skipped']);
  });

  it('enforces the size limit on the bytes read, whatever stat says', () => {
    // /proc files report size 0 to stat and still have content: the limit must count bytes read.
    const procDir = mkdtempSync(join(tmpdir(), 'read-articles-proc-'));
    try {
      symlinkSync('/proc/self/status', join(procDir, 'status.txt'));
      const linked = readArticles(procDir, { maxBytes: 100 });
      expect(linked.issues[0]?.message).toMatch(/OUTSIDE_FOLDER/);
    } finally {
      rmSync(procDir, { recursive: true, force: true });
    }
    writeFileSync(join(dir, 'big.md'), `Title\n\n${'y'.repeat(5000)}.\n`);
    expect(readArticles(dir, { maxBytes: 1000 }).issues[0]?.message).toMatch(/^big\.md: \[TOO_LARGE\] \d+ bytes is over the limit of 1000; skipped$/);
  });
});

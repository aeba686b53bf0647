import { createHash } from 'node:crypto';
import { mkdtempSync, mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { articleId } from '../../../src/domain/ids';
import { parseArticle, readArticles } from '../../../src/ingest/stages/read-article';

const utf8 = (text: string) => Buffer.from(text, 'utf8');

describe('parseArticle', () => {
  it('reads front-matter, body, id and content hash', () => {
    const result = parseArticle('l2/intro.md', utf8('---\ntitle: Intro\nsource: https://example.org\ndate: 2024-01-02\n---\n# Heading\n\nBody text.\n'));
    expect(result.article).toMatchObject({
      id: 'article:l2-intro',
      path: 'l2/intro.md',
      title: 'Intro',
      source: 'https://example.org',
      date: '2024-01-02',
      body: '# Heading\n\nBody text.\n',
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
    writeFileSync(join(dir, 'big.md'), `Title\n\n${'x'.repeat(200)}.\n`);
    writeFileSync(join(dir, 'empty.md'), '');
    writeFileSync(join(dir, 'notes.json'), '{}');
    symlinkSync(join(dir, 'missing-target.md'), join(dir, 'dangling.md'));
    const { articles, issues } = readArticles(dir, { maxBytes: 100 });
    expect(articles.map((a) => a.path)).toEqual(['good.md', 'sub/also-good.txt']);
    expect(issues.map((i) => i.message)).toEqual([
      expect.stringMatching(/^big\.md: \d+ bytes is over the limit of 100; skipped$/),
      expect.stringMatching(/^dangling\.md: unreadable \(ENOENT\); skipped$/),
      'empty.md: empty (no body text); skipped',
    ]);
  });

  it('lists files the graph already holds (by id and content hash) without parsing them', () => {
    const good = 'Title\n\nA sentence about rollups.\n';
    writeFileSync(join(dir, 'good.md'), good);
    writeFileSync(join(dir, 'kept.md'), '---\ntitle: [unclosed\n---\nA body.\n');
    writeFileSync(join(dir, 'edited.md'), 'Title\n\nAn edited sentence.\n');
    const hashes = new Map<string, string>();
    const first = readArticles(dir, { isUnchanged: (id, hash) => (hashes.set(id, hash), false) });
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
});

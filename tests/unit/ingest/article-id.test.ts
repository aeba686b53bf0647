import { articleIdOf, assignArticleIds } from '../../../src/ingest/article-id';
import { articleId as legacyArticleId } from '../../../src/domain/ids';

describe('assignArticleIds', () => {
  it('keeps the readable id of a path that is already a slug', () => {
    expect(Object.fromEntries(assignArticleIds(['layer-2-scaling.txt', 'l2/intro.md']))).toEqual({
      'layer-2-scaling.txt': 'article:layer-2-scaling',
      'l2/intro.md': 'article:l2-intro',
    });
  });

  it('gives "a b.md", "a-b.md" and "A_B.txt" three ids (the old scheme gave one)', () => {
    const paths = ['a b.md', 'a-b.md', 'A_B.txt'];
    expect(new Set(paths.map(legacyArticleId)).size).toBe(1);
    const ids = assignArticleIds(paths);
    expect(new Set(ids.values()).size).toBe(3);
    expect(ids.get('a-b.md')).toBe('article:a-b');
    expect(ids.get('a b.md')).toMatch(/^article:a-b-[0-9a-f]{6}$/);
    expect(ids.get('A_B.txt')).toMatch(/^article:a-b-[0-9a-f]{6}$/);
  });

  it('separates files that differ only in extension or in a folder separator', () => {
    const ids = assignArticleIds(['x.md', 'x.txt', 'l2/intro.md', 'l2-intro.md']);
    expect(new Set(ids.values()).size).toBe(4);
  });

  it('keeps letters of every script and never yields a bare "article:"', () => {
    const paths = ['日本語.md', 'Привет мир.txt', 'Ωμέγα.md', 'عربي.txt', '!!!.md', '.md'];
    const ids = assignArticleIds(paths);
    expect(legacyArticleId('日本語.md')).toBe('article:');
    expect(ids.get('日本語.md')).toBe('article:日本語');
    expect(ids.get('Привет мир.txt')).toMatch(/^article:привет-мир-[0-9a-f]{6}$/);
    expect(ids.get('عربي.txt')).toBe('article:عربي');
    for (const id of ids.values()) expect(id).toMatch(/^article:.+/);
    expect(new Set(ids.values()).size).toBe(paths.length);
  });

  it('is deterministic whatever the order of the paths', () => {
    const paths = ['b.md', 'a b.md', 'a-b.md', 'x.txt', 'x.md'];
    expect(assignArticleIds([...paths].reverse())).toEqual(assignArticleIds(paths));
    expect(articleIdOf('a b.md')).toBe(assignArticleIds(paths).get('a b.md'));
  });
});

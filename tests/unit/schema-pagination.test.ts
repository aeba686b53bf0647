import { decodeCursor, encodeCursor, pageInfo, pageSize } from '../../src/schema/pagination';
import { escapeLucene, matchedField, toLuceneQuery } from '../../src/db/repositories/fulltext';

describe('pageSize', () => {
  const limits = { defaultPageSize: 20, maxPageSize: 100 };
  it('uses the default when absent and accepts 1..max', () => {
    expect(pageSize(undefined, limits)).toBe(20);
    expect(pageSize(100, limits)).toBe(100);
  });
  it.each([0, -1, 101])('rejects %d as BAD_USER_INPUT', (first) => {
    expect(() => pageSize(first, limits)).toThrow(expect.objectContaining({ extensions: expect.objectContaining({ code: 'BAD_USER_INPUT' }) }));
  });
});

describe('cursors', () => {
  it('round-trips a keyset position and rejects a cursor of another list', () => {
    const cursor = encodeCursor('entities:NAME:ASC', ['arbitrum', 'project:arbitrum']);
    expect(decodeCursor(cursor, 'entities:NAME:ASC')).toEqual(['arbitrum', 'project:arbitrum']);
    expect(() => decodeCursor(cursor, 'articles')).toThrow(/not a cursor/);
    expect(() => decodeCursor('%%%', 'articles')).toThrow(/not a cursor/);
  });
  it('reports a next page when one extra row came back', () => {
    const info = pageInfo([1, 2, 3], 2, null, String);
    expect(info).toEqual({ page: [1, 2], pageInfo: { hasNextPage: true, hasPreviousPage: false, startCursor: '1', endCursor: '2' } });
  });
});

describe('toLuceneQuery', () => {
  it('turns words into terms and prefixes, all words boosted together', () => {
    expect(toLuceneQuery('zk rollup')).toBe('(zk AND rollup)^2 OR zk OR zk* OR rollup OR rollup*');
  });
  it('leaves out stopwords unless nothing else is left', () => {
    expect(toLuceneQuery('how is Arbitrum related to fraud proofs')).toBe(
      '(arbitrum AND related AND fraud AND proofs)^2 OR arbitrum OR arbitrum* OR related OR related* OR fraud OR fraud* OR proofs OR proofs*',
    );
    expect(toLuceneQuery('the')).toBe('the OR the*');
  });
  it('leaves no query syntax from user text', () => {
    const query = toLuceneQuery('title:x OR * "a" (b) [c TO d] ~2 ^3 \\ /re/ && || !') ?? '';
    expect(query.replace(/\^2|\*| OR | AND |[()]/g, ' ')).toMatch(/^[\p{L}\p{N} ]*$/u);
    expect(toLuceneQuery('*** ???')).toBeNull();
  });
  it('escapes every Lucene special character', () => {
    expect(escapeLucene('a+b-c&&d||e!f(g)h{i}j[k]l^m"n~o*p?q:r\\s/t')).toBe('a\\+b\\-c\\&\\&d\\|\\|e\\!f\\(g\\)h\\{i\\}j\\[k\\]l\\^m\\"n\\~o\\*p\\?q\\:r\\\\s\\/t');
  });
});

describe('matchedField', () => {
  const polygon = { id: 'project:polygon', name: 'Polygon', type: 'Project' as const, aliases: ['Matic Network'], description: 'A scaling platform.', discovered: false, confidence: 1 };
  it('names the field the words hit first', () => {
    expect(matchedField(polygon, ['poly'])).toBe('NAME');
    expect(matchedField(polygon, ['matic'])).toBe('ALIAS');
    expect(matchedField(polygon, ['scaling'])).toBe('DESCRIPTION');
  });
});

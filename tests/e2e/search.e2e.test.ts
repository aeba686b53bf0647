import { startTestApi, type TestApi } from '../helpers/api';
import { writeL2Graph } from '../helpers/graph-fixture';
import { clearGraph } from '../helpers/neo4j';
import { operation } from '../helpers/operations';

type Hit = { score: number; matchedField: string; entity: { __typename: string; name: string }; evidence: { sentence: string } | null };

describe('search query', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi();
    await clearGraph(api.db);
    await writeL2Graph(api.db);
  });
  afterAll(() => api.close());

  const search = (variables: Record<string, unknown>) => api.query<{ search: Hit[] }>(operation('search'), variables);

  it('finds entities by name with scores, best first', async () => {
    const { body } = await search({ text: 'optimistic rollups' });
    expect(body.errors).toBeUndefined();
    const hits = body.data?.search ?? [];
    expect(hits[0]).toMatchObject({ matchedField: 'NAME', entity: { name: 'Optimistic Rollups' } });
    const scores = hits.map((h) => h.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });

  it('matches aliases, descriptions and evidence sentences, and tells which', async () => {
    expect((await search({ text: 'Matic' })).body.data?.search[0]).toMatchObject({ matchedField: 'ALIAS', entity: { name: 'Polygon' } });
    expect((await search({ text: 'programmable' })).body.data?.search[0]).toMatchObject({ matchedField: 'DESCRIPTION', entity: { name: 'Ethereum' } });
    const evidence = (await search({ text: 'discrepancies' })).body.data?.search[0];
    expect(evidence).toMatchObject({ matchedField: 'EVIDENCE', entity: { name: 'Optimistic Rollups' } });
    expect(evidence?.evidence?.sentence).toMatch(/discrepancies/);
  });

  it('searches names, aliases and descriptions only with evidence: false, in the order of the default search', async () => {
    const all = (await search({ text: 'optimistic rollups', first: 100 })).body.data?.search ?? [];
    expect(all.some((h) => h.matchedField === 'EVIDENCE')).toBe(true);
    const { body } = await search({ text: 'optimistic rollups', first: 100, evidence: false });
    expect(body.errors).toBeUndefined();
    const hits = body.data?.search ?? [];
    expect(hits.length).toBeGreaterThan(1);
    expect(hits.every((h) => ['NAME', 'ALIAS', 'DESCRIPTION'].includes(h.matchedField) && h.evidence === null)).toBe(true);
    expect(hits).toEqual(all.filter((h) => h.matchedField !== 'EVIDENCE'));
  });

  it('fills a short page with the best entity hits with evidence: false, which begin the default page', async () => {
    const all = (await search({ text: 'optimistic rollups', first: 4 })).body.data?.search ?? [];
    const hits = (await search({ text: 'optimistic rollups', first: 4, evidence: false })).body.data?.search ?? [];
    expect(hits).toHaveLength(4);
    const entityHits = all.filter((h) => h.matchedField !== 'EVIDENCE');
    expect(entityHits.length).toBeLessThan(4);
    expect(hits.slice(0, entityHits.length)).toEqual(entityHits);
  });

  it('finds nothing in evidence sentences with evidence: false', async () => {
    expect((await search({ text: 'discrepancies' })).body.data?.search.map((h) => h.matchedField)).toContain('EVIDENCE');
    expect((await search({ text: 'discrepancies', evidence: false })).body).toEqual({ data: { search: [] } });
  });

  it('filters hits by entity type', async () => {
    const { body } = await search({ text: 'rollups', types: ['Project'] });
    const types = new Set(body.data?.search.map((h) => h.entity.__typename));
    expect([...types]).toEqual(['Project']);
    const entityOnly = (await search({ text: 'rollup', types: ['Project'], evidence: false })).body.data?.search ?? [];
    expect(entityOnly.length).toBeGreaterThan(0);
    expect(new Set(entityOnly.map((h) => h.entity.__typename))).toEqual(new Set(['Project']));
  });

  it.each(['title:x OR *', '"unbalanced', 'a AND (b OR', 'back\\slash', 'zk-Rollups~2^3', '/regex.*/'])('treats Lucene syntax as plain words: %j', async (text) => {
    const { status, body } = await search({ text });
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
  });

  it('rejects text without words as BAD_USER_INPUT', async () => {
    const { body } = await search({ text: ' *** ' });
    expect(body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});

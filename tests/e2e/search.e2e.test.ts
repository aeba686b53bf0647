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

  it('filters hits by entity type', async () => {
    const { body } = await search({ text: 'rollups', types: ['Project'] });
    const types = new Set(body.data?.search.map((h) => h.entity.__typename));
    expect([...types]).toEqual(['Project']);
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

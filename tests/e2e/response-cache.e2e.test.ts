import { writePatch } from '../../src/ingest/stages/write-patch';
import { startTestApi, type TestApi } from '../helpers/api';
import { buildPatch, FIXTURE_INGESTED_AT, writeL2Graph } from '../helpers/graph-fixture';
import { clearGraph } from '../helpers/neo4j';

const POLL_MS = 100;
const ARBITRUM = '{ entity(name: "Arbitrum") { name relations { totalCount edges { type node { name } evidence { sentence } } } } }';

describe('response cache', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi({ env: { RESPONSE_CACHE_TTL_SECONDS: '60', GRAPH_VERSION_POLL_MS: String(POLL_MS) } });
    await clearGraph(api.db);
    await writeL2Graph(api.db);
    await new Promise((r) => setTimeout(r, 3 * POLL_MS));
  });
  afterAll(() => api.close());

  it('answers a repeated query from the cache, with the same body and no database round trip', async () => {
    const first = await api.query(ARBITRUM);
    expect(first.body.errors).toBeUndefined();
    api.resetRoundTrips();
    const second = await api.query(ARBITRUM);
    expect(second.body).toEqual(first.body);
    expect(api.roundTrips()).toBe(0);
    // Other variables are another answer.
    await api.query('query($n: String) { entity(name: $n) { name } }', { n: 'Optimism' });
    expect(api.roundTrips()).toBeGreaterThan(0);
  });

  it('stops serving cached answers once an ingest has changed the graph', async () => {
    const before = await api.query<{ entity: { relations: { totalCount: number } } }>(ARBITRUM);
    const article = {
      slug: 'cache-news',
      title: 'Cache News',
      sentences: [{ text: 'Arbitrum is built on Bitcoin now.', facts: [['Arbitrum', 'BUILT_ON', 'Bitcoin']] as [string, 'BUILT_ON', string][] }],
    };
    await writePatch(api.db, buildPatch(article), FIXTURE_INGESTED_AT);
    await new Promise((r) => setTimeout(r, 3 * POLL_MS));
    const after = await api.query<{ entity: { relations: { totalCount: number; edges: { type: string; node: { name: string } }[] } } }>(ARBITRUM);
    expect(after.body.data?.entity.relations.totalCount).toBe((before.body.data?.entity.relations.totalCount ?? 0) + 1);
    expect(after.body.data?.entity.relations.edges.some((e) => e.type === 'BUILT_ON' && e.node.name === 'Bitcoin')).toBe(true);
  });

  it('never caches an error', async () => {
    const q = '{ solutionsUsing(technique: "no such technique at all") { hops } }';
    expect((await api.query(q)).body.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    api.resetRoundTrips();
    expect((await api.query(q)).body.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(api.roundTrips()).toBeGreaterThan(0);
  });
});

import { createHash } from 'node:crypto';
import { startTestApi, type TestApi } from '../helpers/api';
import { writeL2Graph } from '../helpers/graph-fixture';
import { clearGraph } from '../helpers/neo4j';
import { operation } from '../helpers/operations';

/** Automatic persisted queries as docs/API.md describes them: hash first, the full text only when asked for. */
describe('automatic persisted queries', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi();
    await clearGraph(api.db);
    await writeL2Graph(api.db);
  });
  afterAll(() => api.close());

  const post = async (body: Record<string, unknown>) => {
    const response = await fetch(`${api.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
    return { status: response.status, body: (await response.json()) as { data?: Record<string, unknown>; errors?: { extensions?: { code?: string } }[] } };
  };

  it('asks for an unknown hash, stores it with the text, then answers from the hash alone (POST and GET)', async () => {
    const query = operation('solutions-using');
    const persistedQuery = { version: 1, sha256Hash: createHash('sha256').update(query).digest('hex') };
    const first = await post({ extensions: { persistedQuery } });
    expect(first.body.errors?.[0]?.extensions?.code).toBe('PERSISTED_QUERY_NOT_FOUND');
    const stored = await post({ query, extensions: { persistedQuery } });
    expect(stored.body.errors).toBeUndefined();
    const byHash = await post({ extensions: { persistedQuery } });
    expect(byHash.body.data).toEqual(stored.body.data);
    const params = new URLSearchParams({ extensions: JSON.stringify({ persistedQuery }) });
    const get = await fetch(`${api.url}/graphql?${params.toString()}`, { headers: { 'apollo-require-preflight': 'true' } });
    expect(((await get.json()) as { data: unknown }).data).toEqual(stored.body.data);
  });

  it('refuses a text that does not match its hash', async () => {
    const mismatch = await post({ query: '{ health { status } }', extensions: { persistedQuery: { version: 1, sha256Hash: '0'.repeat(64) } } });
    expect(mismatch.body.errors?.[0]?.extensions?.code).toBe('BAD_REQUEST');
  });
});

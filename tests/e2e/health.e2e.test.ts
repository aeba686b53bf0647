import { operation } from '../helpers/operations';
import { startTestApi, type TestApi } from '../helpers/api';

describe('health over HTTP', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi();
  });
  afterAll(() => api.close());

  it('answers the health query from Neo4j', async () => {
    const { status, body } = await api.query(operation('health'));
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
    expect(body.data).toEqual({
      health: {
        status: 'ok',
        apiVersion: expect.any(String),
        database: { name: 'Neo4j Kernel', version: expect.stringMatching(/^5\.26\./), edition: 'community' },
      },
    });
  });

  it('reports liveness and readiness', async () => {
    expect(await (await fetch(`${api.url}/healthz`)).json()).toEqual({ status: 'ok' });
    const ready = await fetch(`${api.url}/readyz`);
    expect(ready.status).toBe(200);
  });

  it('rejects an unknown field with a coded error and no stack trace', async () => {
    const { status, body } = await api.query('{ nope }');
    expect(status).toBe(400);
    expect(body.errors?.[0]?.extensions).toEqual({ code: 'GRAPHQL_VALIDATION_FAILED' });
  });

  it('blocks a simple-request CSRF attempt', async () => {
    const response = await fetch(`${api.url}/graphql?query=${encodeURIComponent('{ health { status } }')}`);
    expect(response.status).toBe(400);
  });
});

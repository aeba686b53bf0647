import type { Db } from '../../src/db/driver';
import type { Reseed, ReseedReport } from '../../src/domain/reseed';
import { startTestApi, type TestApi } from '../helpers/api';
import { connectTestDb, withFailingReads } from '../helpers/neo4j';

const REPORT: ReseedReport = {
  dryRun: true,
  articles: { new: ['a.md'], changed: [], unchanged: ['b.md'], removed: ['c.md'], failed: [{ path: 'd.md', reason: 'not UTF-8' }] },
  entitiesAdded: 3,
  entitiesRemoved: 1,
  relationsAdded: 4,
  relationsRemoved: 0,
  evidenceAdded: 5,
  evidenceRemoved: 2,
  issues: [{ stage: 'recognize', articleId: 'article:a', message: 'ambiguous "Plasma"' }],
  durationMs: 12,
};

const RESEED = `mutation($dryRun: Boolean) { reseed(dryRun: $dryRun) {
  dryRun articles { new changed unchanged removed failed { path reason } }
  entitiesAdded entitiesRemoved relationsAdded relationsRemoved evidenceAdded evidenceRemoved
  issues { stage articleId message } durationMs } }`;

describe('reseed mutation', () => {
  const calls: unknown[] = [];
  const reseed: Reseed = async (options) => {
    calls.push(options);
    return { ...REPORT, dryRun: options.dryRun === true };
  };
  let api: TestApi;
  let disabled: TestApi;
  beforeAll(async () => {
    api = await startTestApi({ env: { ADMIN_TOKEN: 'correct-horse-battery' }, reseed });
    disabled = await startTestApi({ reseed });
  });
  afterAll(async () => {
    await api.close();
    await disabled.close();
  });

  it('runs the ingest for a bearer of the admin token and returns its report', async () => {
    const { body } = await api.query(RESEED, { dryRun: true }, { authorization: 'Bearer correct-horse-battery' });
    expect(body.errors).toBeUndefined();
    expect(body.data).toEqual({ reseed: REPORT });
    expect(calls).toEqual([{ dryRun: true }]);
  });

  it.each([
    ['no header', {}],
    ['a wrong token', { authorization: 'Bearer wrong-horse-battery' }],
    ['the token without Bearer', { authorization: 'correct-horse-battery' }],
  ])('answers UNAUTHENTICATED for %s and does not run the ingest', async (_name, headers: Record<string, string>) => {
    calls.length = 0;
    const { body } = await api.query(RESEED, {}, headers);
    expect(body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(body.data).toBeNull();
    expect(calls).toEqual([]);
  });

  it('is disabled when no ADMIN_TOKEN is configured', async () => {
    calls.length = 0;
    const { body } = await disabled.query(RESEED, {}, { authorization: 'Bearer anything-at-all' });
    expect(body.errors?.[0]).toMatchObject({ extensions: { code: 'UNAUTHENTICATED' }, message: expect.stringMatching(/disabled/) });
    expect(calls).toEqual([]);
  });
});

describe('unexpected errors in production mode', () => {
  let api: TestApi;
  let real: Db;
  beforeAll(async () => {
    real = await connectTestDb();
    const failing = withFailingReads(real, "Invalid input 'x': expected MATCH (e:Entity) WHERE e.id IN $ids RETURN e", 'Neo.ClientError.Statement.SyntaxError');
    api = await startTestApi({ env: { NODE_ENV: 'production' }, db: failing });
  });
  afterAll(() => api.close());

  it('masks the message: no Cypher, driver text or stack trace reaches the client', async () => {
    const { status, body } = await api.query('{ entity(id: "project:arbitrum") { id } }');
    expect(status).toBe(200);
    expect(body.errors).toEqual([{ message: 'Unexpected error.', path: ['entity'], locations: [{ line: 1, column: 3 }], extensions: { code: 'INTERNAL_SERVER_ERROR' } }]);
    expect(JSON.stringify(body)).not.toMatch(/MATCH|Neo\.|stack|\.ts:/);
  });

  it('gives no field suggestions that reveal the schema', async () => {
    const { body } = await api.query('{ entit(id: "x") { id } }');
    expect(body.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(body.errors?.[0]?.message).not.toMatch(/Did you mean/);
  });
});

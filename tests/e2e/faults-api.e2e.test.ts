import { format } from 'node:util';
import { startTestApi, type TestApi } from '../helpers/api';
import { buildPatch, FIXTURE_INGESTED_AT, L2_ARTICLES, writeL2Graph } from '../helpers/graph-fixture';
import { clearGraph, connectTestDb, withFailingReads } from '../helpers/neo4j';
import { writePatch } from '../../src/ingest/stages/write-patch';

// The API half of issue 9's fault list: each case failed before its fix. The generated-query
// relatives of finding 1 are in query-bounds.e2e.test.ts.

const codeOf = (body: { errors?: { extensions?: { code?: string } }[] }) => body.errors?.[0]?.extensions?.code;

/** The query that grew the heap to 4 GB on 2,000 articles (issue 9, finding 1). */
const CRASH = '{ entity(name: "Ethereum") { mentions { article { entities { mentions { article { entities { name mentions { article { title } } } } } } } } } }';
const CRASH_PAGED = `query($n: Int) { entity(name: "Ethereum") { mentions(first: $n) { article { entities(first: $n) { mentions(first: $n) {
  article { entities(first: $n) { name mentions(first: $n) { article { title } } } } } } } } } }`;
/** An ordinary page: 20 entities, each with its first relations and the entity at the other end. */
const PAGE = (first: string) => `query${first === '$n' ? '($n: Int)' : ''} { entities(first: 20) { edges { node { id name type relations(first: ${first}) { totalCount edges {
  type direction confidence node { id name type } } } } } } }`;

describe('finding 1: bounded work for every query', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi();
    await clearGraph(api.db);
    await writeL2Graph(api.db, { projects: 20 });
  });
  afterAll(() => api.close());

  it.each([
    ['without page sizes', CRASH, {}],
    ['with first: $n at the maximum', CRASH_PAGED, { n: 100 }],
    ['with first: $n at the default', CRASH_PAGED, {}],
  ])('refuses the crash query %s before any database work', async (_name, query, variables) => {
    api.resetRoundTrips();
    const { status, body } = await api.query(query, variables);
    expect(status).toBe(400);
    expect(codeOf(body)).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(body.errors?.[0]?.message).toMatch(/cost/i);
    expect(api.roundTrips()).toBe(0);
  });

  it('refuses a document whose fragments spread into more than 10,000 selections', async () => {
    const spread = (name: string, times: number) => Array.from({ length: times }, () => `...${name}`).join(' ');
    const query = `{ entities { edges { node { ...E } } } }
      fragment A on Entity { id name type aliases description discovered confidence }
      fragment B on Entity { ${spread('A', 10)} } fragment C on Entity { ${spread('B', 10)} }
      fragment D on Entity { ${spread('C', 10)} } fragment E on Entity { ${spread('D', 2)} }`;
    api.resetRoundTrips();
    const { status, body } = await api.query(query);
    expect([status, codeOf(body)]).toEqual([400, 'GRAPHQL_VALIDATION_FAILED']);
    expect(api.roundTrips()).toBe(0);
  });

  it('answers a page size variable of the wrong type with BAD_USER_INPUT', async () => {
    const { status, body } = await api.query('query($n: Int) { entities(first: $n) { totalCount } }', { n: 'many' });
    expect([status, codeOf(body)]).toEqual([400, 'BAD_USER_INPUT']);
  });

  it('costs a variable page size the same as the literal one', async () => {
    const literal = await api.query(PAGE('100'));
    const variable = await api.query(PAGE('$n'), { n: 100 });
    expect([literal.status, codeOf(literal.body)]).toEqual([variable.status, codeOf(variable.body)]);
    expect(literal.body.errors?.[0]?.message).toBe(variable.body.errors?.[0]?.message);
  });

  it.each(['3', '$n'])('answers an ordinary page (20 entities with relations(first: %s))', async (first) => {
    const { status, body } = await api.query<{ entities: { edges: unknown[] } }>(PAGE(first), { n: 3 });
    expect(body.errors).toBeUndefined();
    expect(status).toBe(200);
    expect(body.data?.entities.edges).toHaveLength(20);
  });

  it('pages every list an entity or article has', async () => {
    const { body } = await api.query<{ entity: { mentions: { article: { entities: unknown[]; facts: { evidence: unknown[] }[] }; occurrences: unknown[] }[] } }>(
      '{ entity(name: "Ethereum") { mentions(first: 1) { occurrences(first: 1) { start } article { entities(first: 2) { id } facts(first: 1) { evidence(first: 1) { id } } } } } }',
    );
    expect(body.errors).toBeUndefined();
    const [mention, ...more] = body.data?.entity.mentions ?? [];
    expect(more).toEqual([]);
    expect(mention?.occurrences).toHaveLength(1);
    expect(mention?.article.entities).toHaveLength(2);
    expect(mention?.article.facts).toHaveLength(1);
    expect(mention?.article.facts[0]?.evidence).toHaveLength(1);
  });
});

describe('finding 1: response-size cap', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi({ env: { MAX_RESPONSE_BYTES: '2000' } });
    await clearGraph(api.db);
    await writeL2Graph(api.db, { projects: 20 });
  });
  afterAll(() => api.close());

  it('answers RESPONSE_TOO_LARGE instead of building an answer over MAX_RESPONSE_BYTES', async () => {
    const { status, body } = await api.query('{ entities(first: 100) { edges { node { id name description aliases } } } }');
    expect(status).toBe(200);
    expect(body.data).toBeNull();
    expect(body.errors).toEqual([{ message: expect.stringMatching(/MAX_RESPONSE_BYTES/), extensions: { code: 'RESPONSE_TOO_LARGE' } }]);
  });

  it('answers what fits', async () => {
    const { body } = await api.query('{ entities(first: 3) { edges { node { id name } } } }');
    expect(body.errors).toBeUndefined();
  });
});

describe('findings 9 and 13: long inputs', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi();
    await clearGraph(api.db);
    await writeL2Graph(api.db);
  });
  afterAll(() => api.close());

  it.each([
    ['one 1,001-character word', 'a'.repeat(1001)],
    ['one 40,000-character word', 'b'.repeat(40_000)],
    ['100 KB of words', 'rollup '.repeat(15_000)],
  ])('answers a search for %s with BAD_USER_INPUT', async (_name, text) => {
    const { status, body } = await api.query('query($text: String!) { search(text: $text) { score } }', { text });
    expect(status).toBe(200);
    expect(body.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', argumentName: 'text' });
    expect(body.errors?.[0]?.message.length).toBeLessThan(300);
  });

  it('still finds a word of ordinary length', async () => {
    const { body } = await api.query('{ search(text: "rollups") { entity { name } } }');
    expect(body.errors).toBeUndefined();
  });

  it.each([
    ['solutionsUsing', 'query($x: String!) { solutionsUsing(technique: $x) { hops } }'],
    ['neighborhood', 'query($x: ID!) { neighborhood(id: $x) { truncated } }'],
    ['path', 'query($x: String!) { path(from: $x, to: "Arbitrum") { length } }'],
  ])('does not echo a 100 KB argument in the NOT_FOUND message of %s', async (_name, query) => {
    const { body } = await api.query(query, { x: `zz${'x'.repeat(100_000)}` });
    expect(codeOf(body)).toMatch(/NOT_FOUND|BAD_USER_INPUT/);
    expect(JSON.stringify(body).length).toBeLessThan(1000);
  });
});

describe('finding 13: article sources', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi();
    await clearGraph(api.db);
    const [article] = L2_ARTICLES;
    for (const [slug, source] of [
      ['js-link', 'javascript:alert(1)'],
      ['data-link', 'data:text/html,<script>alert(1)</script>'],
      ['web-link', 'https://example.org/a'],
      ['plain', 'Some Magazine, 2024'],
    ]) {
      await writePatch(api.db, buildPatch({ ...(article as (typeof L2_ARTICLES)[number]), slug: slug as string, source: source as string }), FIXTURE_INGESTED_AT);
    }
  });
  afterAll(() => api.close());

  it('serves a front-matter source only when it is an http(s) URL', async () => {
    const { body } = await api.query<{ articles: { edges: { node: { id: string; source: string | null } }[] } }>('{ articles { edges { node { id source } } } }');
    const sources = Object.fromEntries((body.data?.articles.edges ?? []).map((e) => [e.node.id, e.node.source]));
    expect(sources).toEqual({ 'article:data-link': null, 'article:js-link': null, 'article:plain': null, 'article:web-link': 'https://example.org/a' });
  });
});

describe('finding 10: transport errors', () => {
  let api: TestApi;
  let production: TestApi;
  beforeAll(async () => {
    api = await startTestApi({ env: { MAX_TOKENS: '100' } });
    production = await startTestApi({ env: { NODE_ENV: 'production', MAX_TOKENS: '100' } });
  });
  afterAll(async () => {
    await api.close();
    await production.close();
  });

  it.each([
    ['a syntax error', '{ stats { entities '],
    ['an unterminated string', '{ entity(name: "x) { id } }'],
    ['more tokens than MAX_TOKENS', `{ stats { ${'entities '.repeat(120)} } }`],
  ])('answers %s with HTTP 400 and GRAPHQL_PARSE_FAILED', async (_name, query) => {
    const { status, body } = await api.query(query);
    expect(status).toBe(400);
    expect(codeOf(body)).toBe('GRAPHQL_PARSE_FAILED');
  });

  it.each(['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf', '..%2Fpackage.json'])('answers 404 for the IDE asset %s', async (name) => {
    const response = await fetch(`${api.url}/ide/assets/${name}`);
    expect(response.status).toBe(404);
  });

  it('answers 404 with a JSON body for unknown paths', async () => {
    const response = await fetch(`${api.url}/nope`);
    expect(response.status).toBe(404);
    expect(response.headers.get('content-type')).toMatch(/application\/json/);
    expect(await response.json()).toEqual({ errors: [{ message: expect.any(String), extensions: { code: 'NOT_FOUND' } }] });
  });

  describe.each([
    ['development', () => api],
    ['production', () => production],
  ])('in %s mode', (_mode, server) => {
    it.each([
      ['malformed JSON', '{"query": "{ stats { entities } }"'],
      ['a JSON string', '"just a string"'],
      ['a body with a NUL byte', '{"query": "\u0000"'],
    ])('answers %s with a coded JSON error: no HTML, stack or paths', async (_name, body) => {
      const response = await fetch(`${server().url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
      expect(response.status).toBe(400);
      expect(response.headers.get('content-type')).toMatch(/application\/json/);
      const text = await response.text();
      expect(text).not.toMatch(/<html|<pre|\bat \w|node_modules|\/work\/|stack/i);
      expect(JSON.parse(text)).toEqual({ errors: [{ message: expect.any(String), extensions: { code: 'BAD_REQUEST' } }] });
    });

    it('answers a body over the size limit with 413 and a coded JSON error', async () => {
      const response = await fetch(`${server().url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: `{ stats { entities } } # ${'x'.repeat(2 * 1024 * 1024)}` }),
      });
      expect(response.status).toBe(413);
      expect(await response.json()).toEqual({ errors: [{ message: expect.any(String), extensions: { code: 'PAYLOAD_TOO_LARGE' } }] });
    });
  });

  it('writes nothing to stderr for a malformed body (no multi-line stack with the request body)', async () => {
    const written: string[] = [];
    const spy = jest.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
      written.push(String(chunk));
      return true;
    });
    const error = jest.spyOn(console, 'error').mockImplementation((...args: unknown[]) => void written.push(format(...args)));
    try {
      await fetch(`${production.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query": "secret-body' });
      // Express's default handler logs in a later turn of the event loop.
      await new Promise((resolve) => setTimeout(resolve, 100));
    } finally {
      spy.mockRestore();
      error.mockRestore();
    }
    expect(written.join('')).not.toMatch(/secret-body|\n\s+at /);
  });
});

describe('finding 13: security headers', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi();
  });
  afterAll(() => api.close());

  it.each([
    ['the API', () => fetch(`${api.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ __typename }' }) })],
    ['/healthz', () => fetch(`${api.url}/healthz`)],
    ['the IDE page', () => fetch(`${api.url}/graphql`, { headers: { accept: 'text/html' } })],
    ['an IDE asset', () => fetch(`${api.url}/ide/assets/graphiql.css`)],
    ['an unknown path', () => fetch(`${api.url}/nope`)],
  ])('sends nosniff and the other helmet headers from %s', async (_name, request) => {
    const response = await request();
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('x-frame-options')).toBe('DENY');
    expect(response.headers.get('referrer-policy')).toBe('no-referrer');
    expect(response.headers.get('cross-origin-opener-policy')).toBe('same-origin');
    expect(response.headers.get('content-security-policy')).toMatch(/frame-ancestors 'none'/);
    expect(response.headers.get('x-powered-by')).toBeNull();
  });
});

describe('finding 5: readiness', () => {
  let api: TestApi;
  beforeAll(async () => {
    // The connection answers, but statements fail (as they did with the disk full).
    api = await startTestApi({ db: withFailingReads(await connectTestDb(), 'No space left on device', 'Neo.DatabaseError.General.UnknownError') });
  });
  afterAll(() => api.close());

  it('is not ready when the database accepts connections but fails queries', async () => {
    const response = await fetch(`${api.url}/readyz`);
    expect(response.status).toBe(503);
    expect(await response.json()).toEqual({ status: 'unavailable', reason: expect.any(String) });
  });
});

import { SET_DERIVED_ENTITY_PROPERTIES } from '../../src/db/schema';
import { startTestApi, type TestApi } from '../helpers/api';
import { writeL2Graph } from '../helpers/graph-fixture';
import { clearGraph, cypher } from '../helpers/neo4j';

const codeOf = (body: { errors?: { extensions?: { code?: string } }[] }) => body.errors?.[0]?.extensions?.code;

describe('operation limits', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi({ env: { MAX_DEPTH: '5', MAX_COST: '100', MAX_ALIASES: '3', MAX_TOKENS: '120', MAX_PAGE_SIZE: '10', DEFAULT_PAGE_SIZE: '5' } });
    await clearGraph(api.db);
    await writeL2Graph(api.db);
  });
  afterAll(() => api.close());

  it('accepts an operation within every limit', async () => {
    const { body } = await api.query('{ entity(name: "Arbitrum") { name relations { edges { node { name } } } } }');
    expect(body.errors).toBeUndefined();
  });

  it('rejects an operation deeper than MAX_DEPTH', async () => {
    const { status, body } = await api.query('{ entity(name: "Arbitrum") { relations { edges { node { relations { edges { node { name } } } } } } } }');
    expect(status).toBe(400);
    expect(codeOf(body)).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(body.errors?.[0]?.message).toMatch(/depth/i);
  });

  it('rejects an operation costlier than MAX_COST', async () => {
    const fields = 'id name type aliases description discovered confidence';
    const { body } = await api.query(`{ entities { edges { node { ${fields} uses { ${fields} } usedBy { ${fields} } mentions { count } } } } }`);
    expect(codeOf(body)).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(body.errors?.[0]?.message).toMatch(/cost/i);
  });

  it('rejects more aliases than MAX_ALIASES', async () => {
    const { body } = await api.query('{ a: stats { entities } b: stats { entities } c: stats { entities } d: stats { entities } }');
    expect(codeOf(body)).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(body.errors?.[0]?.message).toMatch(/alias/i);
  });

  it('rejects a document with more tokens than MAX_TOKENS', async () => {
    const { body } = await api.query(`{ stats { ${'entities '.repeat(130)} } }`);
    expect(codeOf(body)).toMatch(/GRAPHQL_PARSE_FAILED|GRAPHQL_VALIDATION_FAILED/);
    expect(body.errors?.[0]?.message).toMatch(/token/i);
  });

  it('rejects a page above MAX_PAGE_SIZE everywhere a list is paged', async () => {
    for (const q of [
      '{ entities(first: 11) { totalCount } }',
      '{ search(text: "rollups", first: 11) { score } }',
      '{ articles(first: 11) { totalCount } }',
      '{ entity(name: "Arbitrum") { relations(first: 11) { totalCount } } }',
      '{ solutionsUsing(technique: "Fraud Proofs", first: 11) { hops } }',
    ]) {
      const { body } = await api.query(q);
      expect([q, codeOf(body)]).toEqual([q, 'BAD_USER_INPUT']);
    }
  });

  it('rejects batched requests', async () => {
    const response = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify([{ query: '{ stats { entities } }' }, { query: '{ stats { articles } }' }]),
    });
    expect(response.status).toBe(400);
  });
});

describe('query timeout', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi({ env: { QUERY_TIMEOUT_MS: '300' } });
    await clearGraph(api.db);
    // A clique of 14 entities: chains of up to 6 steps through it number in the billions.
    await cypher(
      api.db,
      `UNWIND range(1, 14) AS i CREATE (e:Entity:Technique {id: 'technique:t' + i, name: 'T' + i, type: 'Technique', aliases: [], nameKeys: ['t' + i], discovered: false, confidence: 1.0})
       SET ${SET_DERIVED_ENTITY_PROPERTIES('e')}`,
    );
    await cypher(api.db, 'MATCH (a:Entity), (b:Entity) WHERE a <> b CREATE (a)-[:USES {confidence: 1.0, evidenceCount: 1}]->(b)');
  });
  afterAll(async () => {
    await clearGraph(api.db);
    await api.close();
  });

  it('stops a database query that runs longer than QUERY_TIMEOUT_MS with a TIMEOUT error', async () => {
    // Planning a statement the first time counts against the timeout too; the second run reuses the
    // plan, so what stops it then is the traversal itself. The start entity resolves and a short
    // traversal answers within the limit, so the TIMEOUT below is not a missing entity.
    const askTwice = async (query: string) => {
      await api.query(query);
      return api.query(query);
    };
    const short = await askTwice('{ related(name: "T1", relation: USES, direction: OUT, maxHops: 1) { entity { name } } }');
    expect(short.body.errors).toBeUndefined();
    expect(short.body.data).toEqual({ related: expect.arrayContaining([{ entity: { name: 'T2' } }]) });
    const query = '{ related(name: "T1", relation: USES, direction: BOTH, maxHops: 6) { hops } }';
    await api.query(query);
    const started = Date.now();
    const { body } = await api.query(query);
    expect(codeOf(body)).toBe('TIMEOUT');
    expect(body.errors?.[0]?.message).not.toMatch(/MATCH|Neo4j|neo4j|Cypher|Transaction/);
    expect(Date.now() - started).toBeLessThan(10_000);
  });
});

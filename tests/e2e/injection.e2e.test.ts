import { startTestApi, type TestApi } from '../helpers/api';
import { writeL2Graph } from '../helpers/graph-fixture';
import { clearGraph, cypher } from '../helpers/neo4j';

const PAYLOADS = [
  "Arbitrum' OR 1=1 //",
  'Arbitrum" OR "1"="1',
  '`Entity` DETACH DELETE n //',
  '}) DETACH DELETE n //',
  "'}) MATCH (n) DETACH DELETE n //",
  '$ids] MATCH (n) DETACH DELETE n RETURN 1 //',
  'title:x OR * AND NOT (a~2^3) [* TO *] /.*/',
  '\\"); CALL apoc.periodic.iterate("MATCH (n) RETURN n", "DETACH DELETE n", {}) //',
  'x\u0000y\u202e',
];

const OPERATIONS: [string, string, (p: string) => Record<string, unknown>][] = [
  ['entity by name', 'query($v: String) { entity(name: $v) { id } }', (v) => ({ v })],
  ['entity by id', 'query($v: ID) { entity(id: $v) { id } }', (v) => ({ v })],
  ['entities by name', 'query($v: String) { entities(where: { name: { eq: $v, contains: $v, startsWith: $v } }) { totalCount } }', (v) => ({ v })],
  ['entities by article and relation', 'query($v: ID!) { entities(where: { mentionedIn: $v, related: { to: $v } }) { totalCount } }', (v) => ({ v })],
  ['entities after a cursor', 'query($v: String) { entities(after: $v) { totalCount } }', (v) => ({ v: Buffer.from(JSON.stringify(['entities:NAME:ASC', v, v])).toString('base64url') })],
  ['search', 'query($v: String!) { search(text: $v) { score } }', (v) => ({ v })],
  ['solutionsUsing', 'query($v: String!) { solutionsUsing(technique: $v) { hops } }', (v) => ({ v })],
  ['path', 'query($v: String!) { path(from: $v, to: "Arbitrum") { length } }', (v) => ({ v })],
  ['neighborhood', 'query($v: ID!) { neighborhood(id: $v) { truncated } }', (v) => ({ v })],
  ['article', 'query($v: ID!) { article(id: $v) { id } }', (v) => ({ v })],
];

/** Everything in the graph, as a comparable fingerprint. */
async function snapshot(api: TestApi): Promise<unknown> {
  const [row] = await cypher(
    api.db,
    `MATCH (n) WITH count(n) AS nodes, collect(coalesce(n.id, n.name)) AS ids
     OPTIONAL MATCH ()-[r]->() RETURN nodes, count(r) AS relationships, ids`,
  );
  return { ...row, ids: [...((row?.ids as string[]) ?? [])].sort() };
}

describe('injection attempts', () => {
  let api: TestApi;
  let before: unknown;
  beforeAll(async () => {
    api = await startTestApi();
    await clearGraph(api.db);
    await writeL2Graph(api.db);
    before = await snapshot(api);
  });
  afterAll(() => api.close());

  it.each(OPERATIONS)('%s: hostile input is data, answered without an internal error', async (_name, query, variables) => {
    for (const payload of PAYLOADS) {
      const { body } = await api.query(query, variables(payload));
      const codes = (body.errors ?? []).map((e) => e.extensions?.code);
      expect([payload, codes.filter((c) => c !== 'NOT_FOUND' && c !== 'BAD_USER_INPUT')]).toEqual([payload, []]);
    }
  });

  it('leaves the graph unchanged', async () => {
    expect(await snapshot(api)).toEqual(before);
  });
});

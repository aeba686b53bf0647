import { startTestApi, type TestApi } from '../helpers/api';
import { writeL2Graph } from '../helpers/graph-fixture';
import { clearGraph } from '../helpers/neo4j';

/** Entities, their relations with evidence and articles, and the related entities' own relations: depth 4 in data. */
const NESTED = `query($first: Int) {
  entities(first: $first) {
    edges { node {
      name
      mentions { count article { title } }
      relations(first: 5) { edges {
        type
        evidence { sentence article { title } }
        node { name relations(first: 3) { edges { type node { name } evidence { rule } } } }
      } }
    } }
  }
}`;

describe('database round trips', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi();
    await clearGraph(api.db);
    await writeL2Graph(api.db, { projects: 20 });
  });
  afterAll(() => api.close());

  async function roundTripsFor(first: number): Promise<{ trips: number; entities: number; related: number }> {
    api.resetRoundTrips();
    type Data = { entities: { edges: { node: { relations: { edges: { node: { name: string } }[] } } }[] } };
    const { body } = await api.query<Data>(NESTED, { first });
    expect(body.errors).toBeUndefined();
    const edges = body.data?.entities.edges ?? [];
    return { trips: api.roundTrips(), entities: edges.length, related: edges.reduce((n, e) => n + e.node.relations.edges.length, 0) };
  }

  it('is bounded by the depth of the query, not by the number of results', async () => {
    const small = await roundTripsFor(2);
    const medium = await roundTripsFor(20);
    const large = await roundTripsFor(30);
    expect(large.entities).toBe(30);
    expect(large.related).toBeGreaterThanOrEqual(40);
    // entities, mentions, relations, relations of related, evidence, articles: one query each, plus
    // at most one more evidence and article wave when the levels resolve in different ticks.
    for (const run of [small, medium, large]) expect(run.trips).toBeLessThanOrEqual(8);
    expect(large.related).toBeGreaterThan(10 * small.related);
  });

  it('shares nothing between requests: each request starts with empty loaders', async () => {
    await roundTripsFor(5);
    const again = await roundTripsFor(5);
    // A cache shared across requests would answer all but the root field from memory.
    expect(again.trips).toBeGreaterThanOrEqual(5);
  });

  it('fetches a page of uses with the uses of each entity on it in one round trip', async () => {
    type Node = { id: string; uses: { id: string; uses: { id: string }[] }[] };
    type Data = { entities: { edges: { node: Node }[] } };
    const nested = (extra: string) => `{ entities(first: 20) { edges { node { id uses(first: 3) { id uses(first: 2) { id } ${extra} } } } } }`;
    api.resetRoundTrips();
    const prefetched = await api.query<Data>(nested(''));
    expect(prefetched.body.errors).toBeUndefined();
    // The entities page, then both levels of uses.
    expect(api.roundTrips()).toBe(2);
    // A second, different selection of uses below: no prefetch; the entities page, the first level, and
    // one round trip for each of the two pages below; the same answer.
    api.resetRoundTrips();
    const loaded = await api.query<Data>(nested('also: uses(first: 1) { id }'));
    expect(api.roundTrips()).toBe(4);
    const strip = (data: Data | null | undefined) => data?.entities.edges.map(({ node }) => ({ id: node.id, uses: node.uses.map((u) => ({ id: u.id, uses: u.uses })) }));
    expect(strip(prefetched.body.data)).toEqual(strip(loaded.body.data));
    expect(prefetched.body.data?.entities.edges.some(({ node }) => node.uses.some((u) => u.uses.length > 0))).toBe(true);
  });
});

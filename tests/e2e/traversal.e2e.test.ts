import { startTestApi, type TestApi } from '../helpers/api';
import { fixtureId, writeL2Graph } from '../helpers/graph-fixture';
import { clearGraph } from '../helpers/neo4j';
import { operation } from '../helpers/operations';

interface Step {
  subject: { name: string };
  type: string;
  object: { name: string };
  evidence: { sentence: string; section: string | null; article: { title: string } }[];
}
interface Solution {
  hops: number;
  entity: { __typename: string; id: string; name: string };
  path: { steps: Step[] };
}

describe('traversal queries', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi();
    await clearGraph(api.db);
    await writeL2Graph(api.db);
  });
  afterAll(() => api.close());

  it('answers solutionsUsing fraud proofs: Optimistic Rollups directly, Arbitrum through it, with evidence per step', async () => {
    const { body } = await api.query<{ solutionsUsing: Solution[] }>(operation('solutions-using'));
    expect(body.errors).toBeUndefined();
    const found = body.data?.solutionsUsing ?? [];
    expect(found.map((s) => [s.entity.name, s.hops])).toEqual([
      ['Optimistic Rollups', 1],
      ['Arbitrum', 2],
      ['Optimism', 2],
    ]);
    const arbitrum = found.find((s) => s.entity.name === 'Arbitrum');
    expect(arbitrum?.path.steps.map((s) => `${s.subject.name} ${s.type} ${s.object.name}`)).toEqual(['Arbitrum USES Optimistic Rollups', 'Optimistic Rollups USES Fraud Proofs']);
    for (const step of arbitrum?.path.steps ?? []) expect(step.evidence.length).toBeGreaterThan(0);
    expect(arbitrum?.path.steps[1]?.evidence[0]).toMatchObject({ section: 'Optimistic Rollups', article: { title: 'Layer 2 Scaling' } });
  });

  it('finds the same solutions when the operation selects no path', async () => {
    const full = (await api.query<{ solutionsUsing: Solution[] }>(operation('solutions-using'))).body.data?.solutionsUsing ?? [];
    const bare = await api.query<{ solutionsUsing: { hops: number; entity: { name: string } }[] }>('{ solutionsUsing(technique: "Fraud Proofs") { hops entity { name } } }');
    expect(bare.body.errors).toBeUndefined();
    expect(bare.body.data?.solutionsUsing).toEqual(full.map((s) => ({ hops: s.hops, entity: { name: s.entity.name } })));
    expect(full.length).toBeGreaterThan(1);
  });

  it('limits solutionsUsing to maxHops', async () => {
    const { body } = await api.query<{ solutionsUsing: Solution[] }>(operation('solutions-using'), { technique: 'Fraud Proofs', maxHops: 1 });
    expect(body.data?.solutionsUsing.map((s) => s.entity.name)).toEqual(['Optimistic Rollups']);
  });

  it('answers one hop in one round trip with the same entities, paths and evidence as the nearest level of a longer traversal', async () => {
    const q = `query($name: String!, $direction: Direction!, $maxHops: Int) { related(name: $name, relation: USES, direction: $direction, via: [IS_A], maxHops: $maxHops) {
      hops entity { id name } path { nodes { id } steps { subject { id } type object { id } evidence { sentence article { title } } } } } }`;
    type Found = { hops: number; entity: { id: string }; path: unknown };
    for (const [name, direction] of [
      ['Fraud Proofs', 'IN'],
      ['Arbitrum', 'OUT'],
      ['Optimistic Rollups', 'BOTH'],
    ] as const) {
      api.resetRoundTrips();
      const one = (await api.query<{ related: Found[] }>(q, { name, direction, maxHops: 1 })).body.data?.related ?? [];
      expect(api.roundTrips()).toBe(1);
      const all = (await api.query<{ related: Found[] }>(q, { name, direction, maxHops: 3 })).body.data?.related ?? [];
      expect(one.length).toBeGreaterThan(0);
      expect(one).toEqual(all.filter((f) => f.hops === 1));
    }
  });

  it('follows IS_A steps: a solution using zk-Rollups is found for Layer 2 Scaling', async () => {
    const { body } = await api.query<{ solutionsUsing: Solution[] }>(operation('solutions-using'), { technique: 'L2' });
    expect(body.data?.solutionsUsing.map((s) => s.entity.name)).toEqual(['Arbitrum', 'Loopring', 'Optimism']);
  });

  it('reports an unknown technique as NOT_FOUND and a bad maxHops as BAD_USER_INPUT', async () => {
    const unknown = await api.query(operation('solutions-using'), { technique: 'Quantum Teleportation' });
    expect(unknown.body.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const tooFar = await api.query(operation('solutions-using'), { maxHops: 99 });
    expect(tooFar.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('answers related: what Polygon is built on, and who builds on Ethereum', async () => {
    const q = 'query($name: String!, $direction: Direction!) { related(name: $name, relation: BUILT_ON, direction: $direction) { hops entity { name } } }';
    const out = await api.query<{ related: { hops: number; entity: { name: string } }[] }>(q, { name: 'Polygon', direction: 'OUT' });
    expect(out.body.data?.related).toEqual([{ hops: 1, entity: { name: 'Ethereum' } }]);
    const into = await api.query<{ related: { entity: { name: string } }[] }>(q, { name: 'ethereum', direction: 'IN' });
    expect(into.body.data?.related.map((r) => r.entity.name)).toEqual(['Arbitrum', 'Polygon']);
  });

  it('finds the shortest path between two entities with evidence', async () => {
    type Data = { path: { length: number; nodes: { name: string }[]; steps: Step[] }[] };
    const { body } = await api.query<Data>(operation('path'));
    expect(body.errors).toBeUndefined();
    expect(body.data?.path).toHaveLength(1);
    expect(body.data?.path[0]?.nodes.map((n) => n.name)).toEqual(['Arbitrum', 'Optimistic Rollups', 'Fraud Proofs']);
    expect(body.data?.path[0]?.steps.every((s) => s.evidence.length > 0)).toBe(true);
    const none = await api.query<Data>(operation('path'), { from: 'Bitcoin', to: 'Fraud Proofs' });
    expect(none.body.data?.path).toEqual([]);
  });

  it('returns a neighborhood as nodes and edges, nearest first, within the limit', async () => {
    const q = `query($limit: Int) { neighborhood(id: "${fixtureId('Optimistic Rollups')}", depth: 2, limit: $limit) {
      center { name } nodes { name } edges { subject { id } type object { id } } truncated } }`;
    type Data = { neighborhood: { center: { name: string }; nodes: { name: string }[]; edges: { subject: { id: string }; type: string; object: { id: string } }[]; truncated: boolean } };
    const all = (await api.query<Data>(q)).body.data?.neighborhood;
    expect(all?.center.name).toBe('Optimistic Rollups');
    expect(
      all?.nodes
        .slice(0, 4)
        .map((n) => n.name)
        .sort(),
    ).toEqual(['Arbitrum', 'Fraud Proofs', 'Layer 2 Scaling', 'Optimism']);
    expect(all?.truncated).toBe(false);
    expect(all?.edges).toContainEqual({ subject: { id: fixtureId('Arbitrum') }, type: 'USES', object: { id: fixtureId('Optimistic Rollups') } });
    const ids = new Set([fixtureId('Optimistic Rollups'), ...(all?.nodes ?? []).map((n) => n.name)]);
    expect(ids.size).toBe((all?.nodes.length ?? 0) + 1);
    const cut = (await api.query<Data>(q, { limit: 2 })).body.data?.neighborhood;
    expect(cut?.nodes).toHaveLength(2);
    expect(cut?.truncated).toBe(true);
    const missing = await api.query('{ neighborhood(id: "project:nope") { truncated } }');
    expect(missing.body.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});

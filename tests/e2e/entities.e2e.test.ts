import { startTestApi, type TestApi } from '../helpers/api';
import { fixtureId, writeL2Graph } from '../helpers/graph-fixture';
import { clearGraph } from '../helpers/neo4j';
import { operation } from '../helpers/operations';

interface Page {
  entities: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; endCursor: string | null };
    edges: { cursor: string; node: { __typename: string; id: string; name: string; discovered: boolean } }[];
  };
}

describe('entities query', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi({ env: { DEFAULT_PAGE_SIZE: '5', MAX_PAGE_SIZE: '30' } });
    await clearGraph(api.db);
    await writeL2Graph(api.db, { projects: 6 });
  });
  afterAll(() => api.close());

  const page = async (variables: Record<string, unknown>) => {
    const { body } = await api.query<Page>(operation('entities-page'), variables);
    expect(body.errors).toBeUndefined();
    return body.data?.entities as Page['entities'];
  };
  const names = (p: Page['entities']) => p.edges.map((e) => e.node.name);

  it('filters by type and sorts by name', async () => {
    const p = await page({ where: { type: ['Network'] } });
    expect(names(p)).toEqual(['Bitcoin', 'Ethereum', 'Lightning Network']);
    expect(p.totalCount).toBe(3);
    expect(p.edges.every((e) => e.node.__typename === 'Network')).toBe(true);
  });

  it('walks every page with keyset cursors, without gaps or repeats', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    let total = 0;
    for (let i = 0; i < 10; i += 1) {
      const p: Page['entities'] = await page({ first: 4, after });
      total = p.totalCount;
      seen.push(...names(p));
      expect(p.pageInfo.hasPreviousPage).toBe(after !== null);
      if (!p.pageInfo.hasNextPage) break;
      after = p.pageInfo.endCursor;
    }
    expect(seen).toHaveLength(total);
    expect(new Set(seen).size).toBe(total);
    expect(seen).toEqual([...seen].sort((a, b) => a.toLowerCase().localeCompare(b.toLowerCase())));
  });

  it('keeps its place when an entity before the cursor is deleted (a keyset, not an offset)', async () => {
    const first = await page({ where: { type: ['Project'] }, first: 3 });
    const rest = await page({ where: { type: ['Project'] }, first: 3, after: first.pageInfo.endCursor });
    await api.db.autoCommit('MATCH (e:Entity {id: $id}) DETACH DELETE e', { id: fixtureId('Arbitrum') });
    try {
      const again = await page({ where: { type: ['Project'] }, first: 3, after: first.pageInfo.endCursor });
      expect(names(again)).toEqual(names(rest));
    } finally {
      await clearGraph(api.db);
      await writeL2Graph(api.db, { projects: 6 });
    }
  });

  it('filters by name: equal (variant-insensitive), contains and startsWith', async () => {
    expect(names(await page({ where: { name: { eq: 'zk rollup' } } }))).toEqual(['zk-Rollups']);
    expect(names(await page({ where: { name: { contains: 'ROLLUP' } } }))).toEqual(['Optimistic Rollups', 'zk-Rollups']);
    expect(names(await page({ where: { name: { startsWith: 'project 0' } }, first: 30 }))).toHaveLength(6);
  });

  it('filters by discovered, by article and by a relation to an entity', async () => {
    expect(names(await page({ where: { discovered: true } }))).toEqual(['Sequencer Set']);
    expect(names(await page({ where: { mentionedIn: 'article:bitcoin-second-layers' } }))).toEqual(['Arbitrum', 'Bitcoin', 'Lightning Network', 'Optimistic Rollups']);
    const users = await page({ where: { related: { to: fixtureId('Optimistic Rollups'), type: 'USES', direction: 'OUT' } }, first: 30 });
    expect(names(users)).toEqual(['Arbitrum', 'Optimism', 'Project 01', 'Project 03', 'Project 05']);
    const used = await page({ where: { related: { to: fixtureId('Optimistic Rollups'), type: 'USES', direction: 'IN' } } });
    expect(names(used)).toEqual(['Fraud Proofs']);
  });

  it('sorts by number of connections, descending, with ties broken by id', async () => {
    const p = await page({ orderBy: { field: 'CONNECTIONS', direction: 'DESC' }, first: 2 });
    expect(names(p)).toEqual(['Ethereum', 'Optimistic Rollups']);
    const next = await page({ orderBy: { field: 'CONNECTIONS', direction: 'DESC' }, first: 2, after: p.pageInfo.endCursor });
    expect(names(next)).not.toContain('Ethereum');
  });

  it('uses the default page size and rejects one above the maximum', async () => {
    expect((await page({ first: null })).edges).toHaveLength(5);
    const { body } = await api.query(operation('entities-page'), { first: 31 });
    expect(body.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', argumentName: 'first' } });
  });

  it('rejects a cursor from another list or a forged one', async () => {
    const byName = await page({ first: 2 });
    const wrongOrder = await api.query(operation('entities-page'), { after: byName.pageInfo.endCursor, orderBy: { field: 'CONNECTIONS', direction: 'ASC' } });
    expect(wrongOrder.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const forged = await api.query(operation('entities-page'), { after: 'not-a-cursor' });
    expect(forged.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});

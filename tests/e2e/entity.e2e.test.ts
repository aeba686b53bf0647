import { startTestApi, type TestApi } from '../helpers/api';
import { fixtureId, writeL2Graph } from '../helpers/graph-fixture';
import { clearGraph } from '../helpers/neo4j';
import { operation } from '../helpers/operations';

interface EntityData {
  entity: {
    __typename: string;
    id: string;
    name: string;
    relations: {
      totalCount: number;
      edges: { direction: string; type: string; node: { name: string }; evidence: { sentence: string; start: number; end: number; article: { id: string; title: string } }[] }[];
    };
  } | null;
}

describe('entity query', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi();
    await clearGraph(api.db);
    await writeL2Graph(api.db);
  });
  afterAll(() => api.close());

  it('finds an entity by name in another case and returns its relations with evidence', async () => {
    const { body } = await api.query<EntityData>(operation('entity-evidence'), { name: 'arbitrum' });
    expect(body.errors).toBeUndefined();
    const entity = body.data?.entity;
    expect(entity).toMatchObject({ __typename: 'Project', id: fixtureId('Arbitrum'), name: 'Arbitrum' });
    const uses = entity?.relations.edges.find((e) => e.type === 'USES' && e.node.name === 'Optimistic Rollups');
    expect(uses?.direction).toBe('OUT');
    expect(uses?.evidence.map((ev) => ev.article.id).sort()).toEqual(['article:bitcoin-second-layers', 'article:layer-2-scaling']);
    expect(uses?.evidence[0]?.sentence).toMatch(/Optimistic Rollups/);
    expect(entity?.relations.totalCount).toBe(3);
  });

  it.each([
    ['zk rollups', 'zk-Rollups'],
    ['ZK-Rollup', 'zk-Rollups'],
    ['zero knowledge rollups', 'zk-Rollups'],
    ['Matic Network', 'Polygon'],
    ["ethereum's", 'Ethereum'],
  ])('finds %j as %s (name or alias, variant-insensitive)', async (name, expected) => {
    const { body } = await api.query<{ entity: { name: string } | null }>('query($name: String) { entity(name: $name) { name } }', { name });
    expect(body.data?.entity?.name).toBe(expected);
  });

  it('reads evidence articles in the same statement only when they are selected, and still answers them when not prefetched', async () => {
    type Titles = { relations: { edges: { node: { name: string }; evidence: { sentence: string; article?: { title: string } }[] }[] } };
    const titlesOf = (e: Titles | undefined, other: string) =>
      e?.relations.edges
        .find((x) => x.node.name === other)
        ?.evidence.map((ev) => ev.article?.title)
        .sort();
    const bare = '{ entity(name: "Arbitrum") { relations { edges { node { name } evidence { sentence } } } } }';
    api.resetRoundTrips();
    const sentences = await api.query<{ entity: Titles }>(bare);
    expect(api.roundTrips()).toBe(1);
    expect(sentences.body.data?.entity.relations.edges.find((x) => x.node.name === 'Optimistic Rollups')?.evidence).toHaveLength(2);

    const withTitles = '{ entity(name: "Arbitrum") { relations { edges { node { name } evidence { sentence article { title } } } } } }';
    api.resetRoundTrips();
    const titled = await api.query<{ entity: Titles }>(withTitles);
    expect(api.roundTrips()).toBe(1);
    expect(titlesOf(titled.body.data?.entity, 'Optimistic Rollups')).toEqual(['Bitcoin Second Layers', 'Layer 2 Scaling']);

    // One prefetch without articles, another field asking for them: the articles are loaded for it.
    const both = await api.query<{ a: Titles; b: Titles }>(`{ a: entity(name: "Arbitrum") { relations { edges { node { name } evidence { sentence } } } }
      b: entity(name: "arbitrum") { relations { edges { node { name } evidence { article { title } } } } } }`);
    expect(both.body.errors).toBeUndefined();
    expect(titlesOf(both.body.data?.b, 'Optimistic Rollups')).toEqual(['Bitcoin Second Layers', 'Layer 2 Scaling']);

    type Chains = { solutionsUsing: { entity: { name: string }; path: { steps: { evidence: { sentence: string; article?: { title: string } }[] }[] } }[] };
    for (const article of ['', 'article { title }']) {
      const { body } = await api.query<Chains>(`{ solutionsUsing(technique: "fraud proofs") { entity { name } path { steps { evidence { sentence ${article} } } } } }`);
      expect(body.errors).toBeUndefined();
      const arbitrum = body.data?.solutionsUsing.find((s) => s.entity.name === 'Arbitrum');
      expect(arbitrum?.path.steps[1]?.evidence[0]?.sentence).toMatch(/fraud proof/i);
      if (article) expect(arbitrum?.path.steps[1]?.evidence[0]?.article?.title).toBe('Layer 2 Scaling');
    }
  });

  it('finds an entity by id and returns null for an unknown one', async () => {
    const q = 'query($id: ID) { entity(id: $id) { id __typename } }';
    expect((await api.query(q, { id: fixtureId('Fraud Proofs') })).body.data).toEqual({ entity: { id: fixtureId('Fraud Proofs'), __typename: 'Technique' } });
    expect((await api.query(q, { id: 'technique:nothing-like-this' })).body.data).toEqual({ entity: null });
  });

  it.each([
    ['by name, prefetched with the relations', 'entity(name: "Arbitrum")'],
    ['by id, prefetched with the relations', `entity(id: "${fixtureId('Arbitrum')}")`],
  ])('shows evidence(first) pieces of evidence per relation, strongest first (%s)', async (_, field) => {
    const q = `{ ${field} { relations { edges { type node { name } evidenceCount one: evidence(first: 1) { sentence confidence } all: evidence { sentence confidence } } } } }`;
    const { body } = await api.query<{ entity: { relations: { edges: { type: string; evidenceCount: number; one: { confidence: number }[]; all: { confidence: number }[] }[] } } }>(q);
    expect(body.errors).toBeUndefined();
    const edges = body.data?.entity.relations.edges ?? [];
    expect(edges.some((e) => e.evidenceCount > 1)).toBe(true);
    for (const edge of edges) {
      expect(edge.all).toHaveLength(edge.evidenceCount);
      expect(edge.one).toEqual(edge.all.slice(0, 1));
      expect(edge.all.map((ev) => ev.confidence)).toEqual([...edge.all.map((ev) => ev.confidence)].sort((a, b) => b - a));
    }
  });

  it('rejects evidence(first) out of range with BAD_USER_INPUT', async () => {
    const { body } = await api.query('{ entity(name: "Arbitrum") { relations { edges { evidence(first: 0) { sentence } } } } }');
    expect(body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(body.errors?.[0]?.message).toMatch(/first must be between 1 and/);
  });

  it('rejects a lookup with neither or both of id and name', async () => {
    for (const q of ['{ entity { id } }', '{ entity(id: "x", name: "y") { id } }']) {
      const { body } = await api.query(q);
      expect(body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    }
  });

  it('filters relations by type and direction and pages them with cursors', async () => {
    const q = `query($after: String) { entity(id: "${fixtureId('Optimistic Rollups')}") {
      relations(direction: IN, types: [USES], first: 1, after: $after) {
        totalCount pageInfo { hasNextPage endCursor } edges { direction type node { name } }
      } } }`;
    type Page = { entity: { relations: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string }; edges: { direction: string; type: string; node: { name: string } }[] } } };
    const first = (await api.query<Page>(q)).body.data?.entity.relations;
    expect(first?.totalCount).toBe(2);
    expect(first?.pageInfo.hasNextPage).toBe(true);
    const second = (await api.query<Page>(q, { after: first?.pageInfo.endCursor })).body.data?.entity.relations;
    expect(second?.pageInfo.hasNextPage).toBe(false);
    const names = [...(first?.edges ?? []), ...(second?.edges ?? [])].map((e) => `${e.direction} ${e.type} ${e.node.name}`);
    expect(names).toEqual(['IN USES Arbitrum', 'IN USES Optimism']);
  });

  it('keeps only relations at or above minConfidence, in relations (with its totalCount), uses and usedBy', async () => {
    // Arbitrum USES Optimistic Rollups and is BUILT_ON Ethereum (0.9 each); it USES the discovered Sequencer Set (0.6).
    type Data = { entity: { relations: { totalCount: number; edges: { type: string; confidence: number; node: { name: string } }[] }; uses: { name: string }[] } };
    const q = 'query($min: Float) { entity(name: "Arbitrum") { relations(minConfidence: $min) { totalCount edges { type confidence node { name } } } uses(minConfidence: $min) { name } } }';
    const all = await api.query<Data>(q);
    expect(all.body.errors).toBeUndefined();
    expect(all.body.data?.entity.relations.totalCount).toBe(3);
    expect(all.body.data?.entity.uses.map((e) => e.name).sort()).toEqual(['Optimistic Rollups', 'Sequencer Set']);
    const confident = await api.query<Data>(q, { min: 0.7 });
    expect(confident.body.errors).toBeUndefined();
    expect(confident.body.data?.entity.relations).toEqual({
      totalCount: 2,
      edges: [
        { type: 'BUILT_ON', confidence: 0.9, node: { name: 'Ethereum' } },
        { type: 'USES', confidence: 0.9, node: { name: 'Optimistic Rollups' } },
      ],
    });
    expect(confident.body.data?.entity.uses).toEqual([{ name: 'Optimistic Rollups' }]);

    // Each field alone, as the entity's prefetch would plan it; and below a shortcut that prefetches the next level.
    const alone = await api.query<{ entity: { relations: { totalCount: number } } }>(`{ entity(id: "${fixtureId('Arbitrum')}") { relations(minConfidence: 0.7) { totalCount } } }`);
    expect(alone.body.data?.entity.relations.totalCount).toBe(2);
    const users = await api.query<{ entity: { usedBy: { name: string }[] } }>('{ entity(name: "Sequencer Set") { usedBy(minConfidence: 0.7) { name } } }');
    expect(users.body.data?.entity.usedBy).toEqual([]);
    const nested = await api.query<{ entity: { usedBy: { name: string; uses: { name: string }[] }[] } }>(
      '{ entity(name: "Optimistic Rollups") { usedBy { name uses(minConfidence: 0.7) { name } } } }',
    );
    expect(nested.body.data?.entity.usedBy.find((e) => e.name === 'Arbitrum')?.uses).toEqual([{ name: 'Optimistic Rollups' }]);
  });

  it.each(['relations(minConfidence: 1.5) { totalCount }', 'relations(minConfidence: -0.5) { totalCount }', 'uses(minConfidence: 2) { name }'])(
    'rejects %s with BAD_USER_INPUT before reading relations',
    async (field) => {
      api.resetRoundTrips();
      const { body } = await api.query(`{ entity(id: "${fixtureId('Arbitrum')}") { ${field} } }`);
      expect(body.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', argumentName: 'minConfidence' } });
      expect(body.errors?.[0]?.message).toMatch(/minConfidence must be between 0 and 1/);
      expect(api.roundTrips()).toBe(1);
    },
  );

  it('returns the uses and usedBy shortcuts and the mentions with sentences', async () => {
    const q = `{ entity(name: "Optimistic Rollups") {
      uses { name } usedBy { name }
      mentions { count article { id } occurrences { surface sentence start end } }
    } }`;
    type Data = {
      entity: { uses: { name: string }[]; usedBy: { name: string }[]; mentions: { count: number; article: { id: string }; occurrences: { surface: string; sentence: string | null }[] }[] };
    };
    const { body } = await api.query<Data>(q);
    expect(body.errors).toBeUndefined();
    expect(body.data?.entity.uses.map((e) => e.name)).toEqual(['Fraud Proofs']);
    expect(body.data?.entity.usedBy.map((e) => e.name).sort()).toEqual(['Arbitrum', 'Optimism']);
    const l2 = body.data?.entity.mentions.find((m) => m.article.id === 'article:layer-2-scaling');
    expect(l2?.count).toBeGreaterThanOrEqual(3);
    expect(l2?.occurrences[0]).toMatchObject({ surface: 'Optimistic Rollups', sentence: expect.stringContaining('Optimistic Rollups') });
  });

  it('answers usedBy or uses of an entity named by name in one round trip, as the field alone would', async () => {
    type Data = { entity: { id: string; usedBy?: { name: string }[]; uses?: { name: string }[] } };
    api.resetRoundTrips();
    const usedBy = await api.query<Data>('{ entity(name: "optimistic rollup") { id usedBy(first: 1) { name } } }');
    expect(api.roundTrips()).toBe(1);
    api.resetRoundTrips();
    const uses = await api.query<Data>('{ entity(name: "Optimistic Rollups") { id uses { name } } }');
    expect(api.roundTrips()).toBe(1);
    // Both selected: no prefetch, each field loads its own page (the reference answer).
    const both = await api.query<Data>('{ entity(name: "Optimistic Rollups") { id uses { name } usedBy(first: 1) { name } } }');
    expect(both.body.errors).toBeUndefined();
    expect(usedBy.body.data?.entity.usedBy).toEqual(both.body.data?.entity.usedBy);
    expect(usedBy.body.data?.entity.usedBy).toHaveLength(1);
    expect(uses.body.data?.entity.uses).toEqual([{ name: 'Fraud Proofs' }]);
    const bad = await api.query('{ entity(name: "Optimistic Rollups") { usedBy(first: 0) { name } } }');
    expect(bad.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const unknown = await api.query<Data>('{ entity(name: "No Such Thing") { usedBy { name } } }');
    expect(unknown.body.data?.entity).toBeNull();
  });
});

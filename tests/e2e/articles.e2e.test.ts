import { startTestApi, type TestApi } from '../helpers/api';
import { FIXTURE_INGESTED_AT, writeL2Graph } from '../helpers/graph-fixture';
import { clearGraph } from '../helpers/neo4j';
import { operation } from '../helpers/operations';

interface ArticlesData {
  articles: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string };
    edges: {
      node: {
        id: string;
        title: string;
        ingestedAt: string;
        entities: { name: string }[];
        facts: { subject: { name: string }; type: string; object: { name: string }; evidence: { sentence: string }[] }[];
      };
    }[];
  };
}

describe('articles, article and stats', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi();
    await clearGraph(api.db);
    await writeL2Graph(api.db);
  });
  afterAll(() => api.close());

  it('lists articles with the entities and facts each contributed, paged by cursor', async () => {
    const first = (await api.query<ArticlesData>(operation('articles'), { first: 1 })).body.data?.articles;
    expect(first?.totalCount).toBe(2);
    expect(first?.pageInfo.hasNextPage).toBe(true);
    const article = first?.edges[0]?.node;
    expect(article).toMatchObject({ id: 'article:bitcoin-second-layers', title: 'Bitcoin Second Layers', ingestedAt: FIXTURE_INGESTED_AT.toISOString() });
    expect(article?.entities.map((e) => e.name)).toEqual(['Lightning Network', 'Bitcoin', 'Arbitrum', 'Optimistic Rollups']);
    const facts = article?.facts.map((f) => `${f.subject.name} ${f.type} ${f.object.name}`);
    expect(facts).toEqual(['Lightning Network BUILT_ON Bitcoin', 'Arbitrum USES Optimistic Rollups']);
    // The fact has evidence in both articles; only this article's sentence is listed.
    expect(article?.facts[1]?.evidence.map((e) => e.sentence)).toEqual(['Arbitrum relies on Optimistic Rollups, unlike Lightning Network.']);
    const second = (await api.query<ArticlesData>(operation('articles'), { first: 1, after: first?.pageInfo.endCursor })).body.data?.articles;
    expect(second?.edges.map((e) => e.node.id)).toEqual(['article:layer-2-scaling']);
    expect(second?.pageInfo.hasNextPage).toBe(false);
  });

  it('returns one article by id, or null when unknown', async () => {
    const q = 'query($id: ID!) { article(id: $id) { title facts { type } } }';
    expect((await api.query<{ article: { title: string } }>(q, { id: 'article:layer-2-scaling' })).body.data?.article.title).toBe('Layer 2 Scaling');
    expect((await api.query(q, { id: 'article:missing' })).body.data).toEqual({ article: null });
  });

  it('counts entities and relations by type and ranks the most connected', async () => {
    type Stats = {
      stats: {
        entities: number;
        relations: number;
        articles: number;
        evidence: number;
        entitiesByType: { type: string; count: number }[];
        relationsByType: { type: string; count: number }[];
        mostConnected: { degree: number; entity: { name: string } }[];
      };
    };
    const { body } = await api.query<Stats>(operation('stats'));
    expect(body.errors).toBeUndefined();
    const s = body.data?.stats;
    expect(s).toMatchObject({ entities: 14, articles: 2, relations: 12, evidence: 13 });
    expect(s?.entitiesByType).toContainEqual({ type: 'Technique', count: 4 });
    expect(s?.relationsByType[0]).toEqual({ type: 'USES', count: 6 });
    expect(s?.relationsByType.reduce((n, c) => n + c.count, 0)).toBe(12);
    expect(s?.mostConnected[0]).toEqual({ degree: 4, entity: { __typename: 'Technique', name: 'Optimistic Rollups' } });
  });
});

import { startTestApi, type TestApi } from '../helpers/api';
import { writeL2Graph } from '../helpers/graph-fixture';
import { clearGraph } from '../helpers/neo4j';
import { operation } from '../helpers/operations';

interface AskResult {
  understood: boolean;
  message: string;
  interpretation: {
    intent: string;
    entities: { text: string; match: string; entity: { id: string; name: string } }[];
    operationName: string;
    operation: string;
    variables: Record<string, unknown>;
  } | null;
  answer: { summary: string; data: Record<string, unknown>; entities: { name: string }[] } | null;
  suggestions: string[];
}

describe('ask query', () => {
  let api: TestApi;
  const ask = async (question: string) => {
    const { body } = await api.query<{ ask: AskResult }>(operation('ask'), { question });
    expect(body.errors).toBeUndefined();
    return body.data!.ask;
  };
  beforeAll(async () => {
    api = await startTestApi();
    await clearGraph(api.db);
    await writeL2Graph(api.db);
  });
  afterAll(() => api.close());

  it('answers "which solutions use fraud proofs?" exactly like solutionsUsing', async () => {
    const asked = await ask('which solutions use fraud proofs?');
    const direct = await api.query<{ solutionsUsing: unknown[] }>(operation('solutions-using'));
    expect(asked.understood).toBe(true);
    expect(asked.interpretation).toMatchObject({ intent: 'SOLUTIONS_USING', operationName: 'SolutionsUsing', variables: { technique: 'technique:fraud-proofs', maxHops: 3 } });
    expect(asked.interpretation?.entities).toEqual([{ text: 'fraud proofs', match: 'NAME', entity: { __typename: 'Technique', id: 'technique:fraud-proofs', name: 'Fraud Proofs' } }]);
    expect(asked.answer?.data.solutionsUsing).toEqual(direct.body.data?.solutionsUsing);
    expect(asked.answer?.entities.map((e) => e.name)).toEqual(['Optimistic Rollups', 'Arbitrum', 'Optimism']);
    expect(asked.answer?.summary).toBe('Entities that use Fraud Proofs: Optimistic Rollups (directly); Arbitrum (2 hops); Optimism (2 hops).');
  });

  it('shows an operation that, run by hand with its variables, gives the same data', async () => {
    const asked = await ask('What is Polygon built on?');
    expect(asked.interpretation?.intent).toBe('BUILT_ON');
    const again = await api.query(asked.interpretation!.operation, asked.interpretation!.variables);
    expect(again.body.data).toEqual(asked.answer?.data);
    expect(asked.answer?.entities.map((e) => e.name)).toEqual(['Ethereum']);
    expect(JSON.stringify(asked.answer?.data)).toContain('is built on Ethereum');
  });

  it('reads names with typos, other case and number', async () => {
    const asked = await ask('WHICH PROJECTS USE FRAD PROOF');
    expect(asked.interpretation?.entities[0]).toMatchObject({ text: 'FRAD PROOF', match: 'FUZZY', entity: { name: 'Fraud Proofs' } });
    expect(asked.message).toContain('"FRAD PROOF" read as Fraud Proofs');
    expect((await ask('who uses optimistic rollup')).answer?.entities.map((e) => e.name)).toEqual(['Arbitrum', 'Optimism']);
    expect((await ask('what is Arbitum built on?')).answer?.entities.map((e) => e.name)).toEqual(['Ethereum']);
    expect((await ask('what was matic network renamed to?')).answer?.entities.map((e) => e.name)).toEqual([]);
  });

  it('answers two-entity questions with the path query', async () => {
    const asked = await ask('how is Arbitrum related to fraud proofs?');
    expect(asked.interpretation).toMatchObject({ intent: 'RELATION_BETWEEN', operationName: 'AskPath' });
    expect(asked.answer?.summary).toBe('How Arbitrum is related to Fraud Proofs: Arbitrum —USES→ Optimistic Rollups —USES→ Fraud Proofs.');
  });

  it('answers what, list and search questions', async () => {
    const what = await ask('what is Arbitrum?');
    expect(what.interpretation?.intent).toBe('DESCRIBE');
    expect(what.answer?.summary).toMatch(/^Arbitrum: Arbitrum \(Project\): An Optimistic Rollup for Ethereum\.; Arbitrum BUILT_ON Ethereum/);
    const list = await ask('list all networks');
    expect(list.answer?.entities.map((e) => e.name).sort()).toEqual(['Bitcoin', 'Ethereum', 'Lightning Network']);
    const bare = await ask('Loopring');
    expect(bare.interpretation?.intent).toBe('DESCRIBE');
    const uses = await ask('what does Arbitrum use?');
    expect(uses.answer?.entities.map((e) => e.name)).toEqual(['Optimistic Rollups', 'Sequencer Set', 'Fraud Proofs', 'Layer 2 Scaling']);
  });

  it('says when it knows no such entity, with similar names to try', async () => {
    const asked = await ask('who uses zk rollops and quantum stuff');
    expect(asked.understood).toBe(false);
    expect(asked.message).toMatch(/know no entity named "zk rollops and quantum stuff"/);
    expect(asked.answer).toBeNull();
  });

  it('says when it understands nothing, and suggests questions it does understand', async () => {
    const asked = await ask('banana smoothie recipe with oat milk tonight please');
    expect(asked).toMatchObject({ understood: false, interpretation: null, answer: null });
    expect(asked.message).toMatch(/did not understand/);
    expect(asked.suggestions).toContain('which solutions use fraud proofs?');
    expect(asked.suggestions.length).toBeGreaterThan(10);
  });

  it('refuses an overlong question with BAD_USER_INPUT', async () => {
    const { body } = await api.query(operation('ask'), { question: 'x'.repeat(301) });
    expect(body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});

import { ApiError, createClient } from '../../examples/client/src/client';
import { runExamples } from '../../examples/client/src/examples';
import { HealthDocument, SolutionsUsingDocument } from '../../examples/client/src/gql/graphql';
import { startTestApi, type TestApi } from '../helpers/api';
import { writeL2Graph } from '../helpers/graph-fixture';
import { clearGraph } from '../helpers/neo4j';

describe('typed client example against the API', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi();
    await clearGraph(api.db);
    await writeL2Graph(api.db);
  });
  afterAll(() => api.close());

  it('runs the generated documents and reads typed answers, following cursors to the last page', async () => {
    const results = await runExamples(createClient(`${api.url}/graphql`));
    expect(results.database).toMatch(/^Neo4j Kernel 5\./);
    expect(results.solutionsUsingFraudProofs).toEqual([
      { name: 'Optimistic Rollups', hops: 1, chain: 'Optimistic Rollups USES Fraud Proofs' },
      { name: 'Arbitrum', hops: 2, chain: 'Arbitrum USES Optimistic Rollups, Optimistic Rollups USES Fraud Proofs' },
      { name: 'Optimism', hops: 2, chain: 'Optimism USES Optimistic Rollups, Optimistic Rollups USES Fraud Proofs' },
    ]);
    expect(results.askedSummary).toContain('Entities that use Fraud Proofs');
    expect(results.pathArbitrumToFraudProofs).toEqual(['Arbitrum', 'Optimistic Rollups', 'Fraud Proofs']);
    expect(results.projects).toEqual(['Arbitrum', 'Loopring', 'Optimism', 'Polygon']);
    expect(results.unknownEntity).toBeNull();
  });

  it('throws the API error code', async () => {
    const request = createClient(`${api.url}/graphql`);
    await expect(request(SolutionsUsingDocument, { technique: 'Quantum Teleportation' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(request(SolutionsUsingDocument, { technique: 'x', maxHops: 99 })).rejects.toBeInstanceOf(ApiError);
    expect((await request(HealthDocument)).health.status).toBeTruthy();
  });
});

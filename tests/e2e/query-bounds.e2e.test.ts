import { loadConfig } from '../../src/config';
import { MAX_NEIGHBORHOOD_DEPTH, MAX_TRAVERSAL_HOPS } from '../../src/db/repositories/traversal.repository';
import { buildGraphSchema } from '../../src/schema/build-schema';
import { startTestApi, type TestApi } from '../helpers/api';
import { fixtureId, writeManyArticles } from '../helpers/graph-fixture';
import { clearGraph } from '../helpers/neo4j';
import { generateQueries, type GeneratedQuery } from '../helpers/query-generator';

// Issue 9, finding 1: operations generated from the schema, every list nested to the depth limit,
// against 2,000 articles that all name Ethereum. Each is refused before it runs, or answered within
// the time and memory budget; none may crash the process or build an unbounded answer.

const ARTICLES = 2000;
const TIME_BUDGET_MS = 15_000;
const HEAP_BUDGET_BYTES = 384 * 1024 * 1024;
const REFUSALS = ['GRAPHQL_VALIDATION_FAILED', 'RESPONSE_TOO_LARGE'];

const defaults = loadConfig({}).api;
const MAXIMA = { first: defaults.maxPageSize, limit: defaults.maxPageSize, maxHops: MAX_TRAVERSAL_HOPS, depth: MAX_NEIGHBORHOOD_DEPTH };

/** The query that grew the heap to 4 GB on 2,000 articles, as the issue gives it and with `first: $n`. */
const CRASH: GeneratedQuery[] = [
  {
    chain: ['issue 9 crash query'],
    query: '{ entity(name: "Ethereum") { mentions { article { entities { mentions { article { entities { name mentions { article { title } } } } } } } } } }',
    maxVariables: {},
  },
  {
    chain: ['issue 9 crash query, first: $n'],
    query: `query($n: Int) { entity(name: "Ethereum") { mentions(first: $n) { article { entities(first: $n) { mentions(first: $n) {
      article { entities(first: $n) { name mentions(first: $n) { article { title } } } } } } } } } }`,
    maxVariables: { n: defaults.maxPageSize },
  },
];

type Outcome = { chain: string; variant: string; status: number; code: string; ms: number; bytes: number };

describe(`generated queries on ${ARTICLES} articles`, () => {
  let api: TestApi;
  let queries: GeneratedQuery[];
  const outcomes: Outcome[] = [];
  let peakHeap = 0;
  let baseHeap = 0;
  let sampler: NodeJS.Timeout | undefined;

  beforeAll(async () => {
    api = await startTestApi();
    await clearGraph(api.db);
    await writeManyArticles(api.db, ARTICLES);
    queries = generateQueries(buildGraphSchema(), {
      depth: defaults.maxDepth,
      maxima: MAXIMA,
      rootArguments: {
        entity: 'name: "Ethereum"',
        article: 'id: "article:synthetic-00001"',
        search: 'text: "rollups ethereum"',
        solutionsUsing: 'technique: "Fraud Proofs"',
        related: 'name: "Ethereum", relation: BUILT_ON, direction: IN',
        path: 'from: "Arbitrum", to: "Ethereum"',
        neighborhood: `id: "${fixtureId('Ethereum')}"`,
        ask: 'question: "what is built on Ethereum?"',
      },
    });
    queries.push(...CRASH);
    global.gc?.();
    baseHeap = process.memoryUsage().heapUsed;
    sampler = setInterval(() => {
      peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed);
    }, 10);
  }, 180_000);

  afterAll(async () => {
    clearInterval(sampler);
    await clearGraph(api.db);
    await api.close();
  }, 60_000);

  /** Runs one variant of every generated query; records status, code, time and size. */
  async function runAll(variant: string, variablesOf: (q: GeneratedQuery) => Record<string, number>): Promise<Outcome[]> {
    const mine: Outcome[] = [];
    for (const q of queries) {
      const started = performance.now();
      const { status, body } = await api.query(q.query, variablesOf(q));
      const outcome = {
        chain: q.chain.join('.'),
        variant,
        status,
        code: body.errors?.[0]?.extensions?.code ?? 'OK',
        ms: Math.round(performance.now() - started),
        bytes: JSON.stringify(body).length,
      };
      mine.push(outcome);
      outcomes.push(outcome);
    }
    return mine;
  }

  const unexpected = (list: Outcome[]) =>
    list.filter((o) => !((o.code === 'OK' && o.status === 200) || REFUSALS.includes(o.code)) || o.ms > TIME_BUDGET_MS || o.bytes > defaults.maxResponseBytes + 1024);

  it('generates a query for every list field, nested to the depth limit', () => {
    expect(queries.length).toBeGreaterThan(50);
    for (const list of ['mentions', 'occurrences', 'entities', 'facts', 'evidence', 'relations', 'uses', 'usedBy', 'edges', 'nodes', 'steps', 'mostConnected']) {
      expect([list, queries.some((q) => q.chain.includes(list))]).toEqual([list, true]);
    }
  });

  it('refuses or answers each with every page size (and maxHops, depth) at its maximum', async () => {
    const results = await runAll('maximum', (q) => q.maxVariables);
    expect(unexpected(results)).toEqual([]);
    expect(results.filter((o) => o.chain.startsWith('issue 9')).map((o) => o.code)).toEqual(['GRAPHQL_VALIDATION_FAILED', 'GRAPHQL_VALIDATION_FAILED']);
    // Nested lists at 100 per page cannot fit: most are refused by cost, before any database work.
    expect(results.filter((o) => o.code === 'GRAPHQL_VALIDATION_FAILED').length).toBeGreaterThan(results.length / 2);
  }, 600_000);

  it('refuses or answers each with the default page sizes', async () => {
    expect(unexpected(await runAll('default', () => ({})))).toEqual([]);
  }, 600_000);

  it('answers the narrow ones: page sizes of 2 nested to the depth limit', async () => {
    const results = await runAll('first: 2', (q) => Object.fromEntries(Object.keys(q.maxVariables).map((k) => [k, 2])));
    expect(unexpected(results)).toEqual([]);
    expect(results.filter((o) => o.code === 'OK').length).toBeGreaterThan(results.length / 2);
  }, 600_000);

  it('stays within the memory budget over all of them', () => {
    const slowest = [...outcomes].sort((a, b) => b.ms - a.ms).slice(0, 3);
    const counts: Record<string, number> = {};
    for (const o of outcomes) counts[`${o.variant} ${o.code}`] = (counts[`${o.variant} ${o.code}`] ?? 0) + 1;
    process.stderr.write(`[query-bounds] ${outcomes.length} operations: ${JSON.stringify(counts)}; slowest ${JSON.stringify(slowest)}; heap +${Math.round((peakHeap - baseHeap) / 1e6)} MB\n`);
    expect(peakHeap - baseHeap).toBeLessThan(HEAP_BUDGET_BYTES);
  });
});

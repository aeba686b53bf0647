import type { Request } from './client';
import { AskDocument, EntitiesPageDocument, EntityWithEvidenceDocument, HealthDocument, PathDocument, SolutionsUsingDocument } from './gql/graphql';

/** What the examples found, in plain values (the e2e test compares them with the API's own answers). */
export interface ExampleResults {
  database: string;
  solutionsUsingFraudProofs: { name: string; hops: number; chain: string }[];
  askedSummary: string | null;
  pathArbitrumToFraudProofs: string[];
  projects: string[];
  unknownEntity: string | null;
}

/** Runs the example operations with typed variables and results: a switch on `__typename` is exhaustive. */
export async function runExamples(request: Request): Promise<ExampleResults> {
  const { health } = await request(HealthDocument);
  const { solutionsUsing } = await request(SolutionsUsingDocument, { technique: 'fraud proofs', maxHops: 3 });
  const { ask } = await request(AskDocument, { question: 'which solutions use fraud proofs?' });
  const { path } = await request(PathDocument, { from: 'Arbitrum', to: 'Fraud Proofs' });

  // Relay pagination: follow endCursor until hasNextPage is false.
  const projects: string[] = [];
  let after: string | null = null;
  do {
    const page: Awaited<ReturnType<typeof fetchPage>> = await fetchPage(request, after);
    for (const edge of page.edges) if (edge.node.__typename === 'Project') projects.push(edge.node.name);
    after = page.pageInfo.hasNextPage ? (page.pageInfo.endCursor ?? null) : null;
  } while (after !== null);

  const { entity } = await request(EntityWithEvidenceDocument, { name: 'no such entity anywhere' });

  return {
    database: `${health.database.name} ${health.database.version}`,
    solutionsUsingFraudProofs: solutionsUsing.map((s) => ({
      name: s.entity.name,
      hops: s.hops,
      chain: s.path.steps.map((step) => `${step.subject.name} ${step.type} ${step.object.name}`).join(', '),
    })),
    askedSummary: ask.answer?.summary ?? null,
    pathArbitrumToFraudProofs: path[0]?.nodes.map((n) => n.name) ?? [],
    projects,
    unknownEntity: entity?.name ?? null,
  };
}

async function fetchPage(request: Request, after: string | null) {
  const { entities } = await request(EntitiesPageDocument, { where: { type: ['Project'] }, orderBy: { field: 'NAME', direction: 'ASC' }, first: 2, after });
  return entities;
}

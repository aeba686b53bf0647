import { readdirSync } from 'node:fs';
import path from 'node:path';
import { Kind, parse, type OperationDefinitionNode } from 'graphql';
import { IDE_EXAMPLE_FILES } from '../../src/ide/examples';
import { buildGraphSchema } from '../../src/schema/build-schema';
import { startTestApi, type TestApi } from '../helpers/api';
import { writeL2Graph } from '../helpers/graph-fixture';
import { clearGraph } from '../helpers/neo4j';
import { operation } from '../helpers/operations';

const OPERATIONS_DIR = path.join(__dirname, 'operations');
const files = readdirSync(OPERATIONS_DIR)
  .filter((f) => f.endsWith('.graphql'))
  .map((f) => f.replace(/\.graphql$/, ''))
  .sort();

/** The root fields an operation selects. */
function rootFields(text: string): string[] {
  return parse(text).definitions.flatMap((d) =>
    d.kind === Kind.OPERATION_DEFINITION ? (d as OperationDefinitionNode).selectionSet.selections.flatMap((s) => (s.kind === Kind.FIELD ? [s.name.value] : [])) : [],
  );
}

describe('example operations (tests/e2e/operations, the IDE tabs)', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi();
    await clearGraph(api.db);
    await writeL2Graph(api.db);
  });
  afterAll(() => api.close());

  it('preloads every example in the IDE, and together they use every Query field', () => {
    expect([...IDE_EXAMPLE_FILES].sort()).toEqual(files);
    const used = new Set(files.flatMap((f) => rootFields(operation(f))));
    const fields = Object.keys(buildGraphSchema().getQueryType()!.getFields()).sort();
    expect(fields.filter((f) => !used.has(f))).toEqual([]);
  });

  it.each(files)('runs %s with its default variables and gets data without errors', async (file) => {
    const { status, body } = await api.query<Record<string, unknown>>(operation(file));
    expect(body.errors).toBeUndefined();
    expect(status).toBe(200);
    for (const field of rootFields(operation(file))) {
      const value = body.data?.[field];
      expect([field, value === null || (Array.isArray(value) && value.length === 0)]).toEqual([field, false]);
    }
  });
});

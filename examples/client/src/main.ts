import { ApiError, createClient } from './client';
import { runExamples } from './examples';

/** `node examples/client/dist/main.js [url]`: runs the examples against a running API and prints what they found. */
async function main(): Promise<void> {
  const url = process.argv[2] ?? 'http://localhost:4000/graphql';
  const results = await runExamples(createClient(url));
  process.stdout.write(`${JSON.stringify(results, null, 2)}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(error instanceof ApiError ? `API error ${error.code}: ${error.message}\n` : `${String(error)}\n`);
  process.exitCode = 1;
});

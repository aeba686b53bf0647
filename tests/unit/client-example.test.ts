import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '..', '..');
const GENERATED = path.join(ROOT, 'examples', 'client', 'src', 'gql');
const bin = (name: string) => path.join(ROOT, 'node_modules', '.bin', name);

/**
 * examples/client is what a frontend team copies: its generated types must match schema.graphql and the example
 * operations, and it must type-check, so a breaking schema change fails here (offline: no server is involved).
 */
describe('typed client example (examples/client)', () => {
  it('has generated types identical to what GraphQL Code Generator makes from schema.graphql and the operations', () => {
    const out = mkdtempSync(path.join(os.tmpdir(), 'kg-codegen-'));
    try {
      const run = spawnSync(bin('graphql-codegen'), ['--config', 'examples/client/codegen.ts', '--silent'], {
        cwd: ROOT,
        env: { ...process.env, CODEGEN_OUT: `${out}/` },
        encoding: 'utf8',
        timeout: 60_000,
      });
      expect([run.status, run.stderr]).toEqual([0, '']);
      const files = readdirSync(GENERATED).sort();
      expect(readdirSync(out).sort()).toEqual(files);
      for (const file of files) {
        // A difference means the committed types are stale: run `npm run client:codegen` and commit the result.
        expect([file, readFileSync(path.join(out, file), 'utf8')]).toEqual([file, readFileSync(path.join(GENERATED, file), 'utf8')]);
      }
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  }, 60_000);

  it('type-checks against the generated types', () => {
    const run = spawnSync(bin('tsc'), ['-p', 'examples/client/tsconfig.json', '--noEmit'], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
    expect([run.status, run.stdout]).toEqual([0, '']);
  }, 60_000);
});

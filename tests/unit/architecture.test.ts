import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '..', '..');

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name);
    if (statSync(file).isDirectory()) return sources(file);
    return file.endsWith('.ts') ? [file] : [];
  });
}

const outsideDb = sources(path.join(ROOT, 'src')).filter((f) => !f.startsWith(path.join(ROOT, 'src', 'db') + path.sep));
// Clauses that only Cypher has, in the shapes queries take (a clause keyword followed by a pattern or variable).
const CYPHER = /\b(MATCH|MERGE)\s*\(|\bDETACH\s+DELETE\b|\bUNWIND\s+\$|\bCALL\s+db\.|\bRETURN\s+\w+\s*\{|\bCREATE\s+(CONSTRAINT|INDEX|FULLTEXT)\b|-\[:?\w*\]->/;

describe('architecture', () => {
  it('finds the source files it checks', () => {
    expect(outsideDb.length).toBeGreaterThan(20);
  });

  it('keeps neo4j-driver imports inside src/db', () => {
    const offenders = outsideDb.filter((f) => /from\s+['"]neo4j-driver['"]|require\(['"]neo4j-driver['"]\)/.test(readFileSync(f, 'utf8')));
    expect(offenders.map((f) => path.relative(ROOT, f))).toEqual([]);
  });

  it('keeps Cypher text inside src/db', () => {
    const offenders = outsideDb.filter((f) => CYPHER.test(readFileSync(f, 'utf8')));
    expect(offenders.map((f) => path.relative(ROOT, f))).toEqual([]);
  });

  it('detects Cypher text when it is there', () => {
    expect(CYPHER.test('const Q = `MATCH (e:Entity) RETURN e`;')).toBe(true);
    expect(CYPHER.test("const note = 'Arbitrum employs Optimistic Rollups';")).toBe(false);
  });
});

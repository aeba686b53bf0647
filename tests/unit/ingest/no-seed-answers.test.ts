import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const SEED_NAMES =
  /arbitrum|polygon|fraud.?proof|optimistic.?rollup|zk-?rollup|loopring|matic|lightning|plasma|digital compact|united nations|gdpr|ethereum|bitcoin|implementation:|opportunities:|case studies/i;

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => (d.isDirectory() ? files(join(dir, d.name)) : [join(dir, d.name)]));
}

describe('ingest code', () => {
  it('names no seed entity, cue or label: those live in seed/catalog', () => {
    // cli.ts and write-patch.ts belong to the write side; everything that reads text is checked, and the domain module
    // (name keys, vocabulary) it shares with the API.
    const offenders = [...files('src/ingest'), ...files('src/domain')].filter((f) => !/(cli|write-patch)\.ts$/.test(f) && SEED_NAMES.test(readFileSync(f, 'utf8')));
    expect(offenders).toEqual([]);
  });
});

import { buildGazetteer, matchAt } from '../../../src/ingest/gazetteer';
import { tokenize } from '../../../src/ingest/text/tokenize';

const entity = { id: 'network:quill-protocol', name: 'QUILL Protocol', type: 'Network' as const, aliases: ['QUILL'], description: null, matchCase: true };
const gazetteer = buildGazetteer([entity]);

/** The catalog name matched at the first word of `text`, or null. */
function matched(text: string): string | null {
  const m = matchAt(gazetteer, tokenize(text), 0, text, 0);
  return m ? (m.entities[0]?.name ?? null) : null;
}

describe('gazetteer case (own examples)', () => {
  it('matches a case-sensitive name of several words in its own case and in title case', () => {
    expect(matched('QUILL Protocol uses sharding')).toBe('QUILL Protocol');
    expect(matched('Quill Protocol uses sharding')).toBe('QUILL Protocol');
  });

  it('keeps a one-word case-sensitive alias to its own case', () => {
    expect(matched('QUILL uses sharding')).toBe('QUILL Protocol');
    expect(matched('Quill uses sharding')).toBeNull();
    expect(matched('quill protocol uses sharding')).toBeNull();
  });
});

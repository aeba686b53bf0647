import type { Entity } from '../../../src/domain/graph';
import { editDistance, resolveEntityName, type EntityLookup } from '../../../src/ask/resolve-entity';
import { nameKey } from '../../../src/domain/names';

const entity = (id: string, name: string, aliases: string[] = [], discovered = false): Entity => ({
  id,
  name,
  aliases,
  discovered,
  type: 'Technique',
  description: null,
  confidence: discovered ? 0.6 : 1,
});
const FRAUD = entity('technique:fraud-proofs', 'Fraud Proofs', ['fraud proof']);
const FRAUDS = entity('concept:frauds', 'Frauds', [], true);
const ARBITRUM = entity('project:arbitrum', 'Arbitrum');

/** A lookup over a fixed list: exact by name key, search by word prefix (as the full-text index does). */
function lookup(all: Entity[]): EntityLookup & { searches: string[] } {
  const searches: string[] = [];
  return {
    searches,
    byName: async (name) => all.find((e) => [e.name, ...e.aliases].some((n) => nameKey(n) === nameKey(name))) ?? null,
    search: async (text) => {
      searches.push(text);
      const words = text.toLowerCase().split(/\s+/);
      return all.filter((e) =>
        words.some((w) =>
          e.name
            .toLowerCase()
            .split(/\s+/)
            .some((n) => n.startsWith(w)),
        ),
      );
    },
  };
}

describe('resolveEntityName', () => {
  it('takes the exact lookup first, without searching', async () => {
    const l = lookup([FRAUD, ARBITRUM]);
    expect(await resolveEntityName('fraud proof', l)).toEqual({ entity: FRAUD, match: 'NAME' });
    expect(l.searches).toEqual([]);
  });

  it('reads a typo as the closest name among the hits for the words and their first three letters', async () => {
    const l = lookup([FRAUD, FRAUDS, ARBITRUM]);
    expect(await resolveEntityName('frad proofs', l)).toEqual({ entity: FRAUD, match: 'FUZZY' });
    expect(l.searches).toEqual(['frad proofs', 'fra pro']);
    expect(await resolveEntityName('Arbitum', l)).toEqual({ entity: ARBITRUM, match: 'FUZZY' });
  });

  it('refuses names too far from any hit, offering the closest as candidates', async () => {
    const found = await resolveEntityName('fraud detection systems', lookup([FRAUD, FRAUDS]));
    expect(found.entity).toBeNull();
    expect(found.entity === null && found.candidates.map((e) => e.name)).toEqual(['Fraud Proofs', 'Frauds']);
    expect(await resolveEntityName('abc', lookup([entity('x:abd', 'Abd')]))).toMatchObject({ entity: null });
  });
});

describe('editDistance', () => {
  it('counts insertions, deletions, substitutions and neighbour swaps as one each', () => {
    expect(editDistance('arbitrum', 'arbitum')).toBe(1);
    expect(editDistance('fraud', 'fruad')).toBe(1);
    expect(editDistance('plasma', 'plasma')).toBe(0);
    expect(editDistance('', 'abc')).toBe(3);
  });
});

import { alignMany, alignOne, perLimit } from '../../src/loaders/align';
import { createLoaders } from '../../src/loaders';
import type { Repositories } from '../../src/db/repositories';
import type { Entity } from '../../src/domain/graph';

const LIMITS = { defaultPageSize: 20, maxPageSize: 100 };
const entity = (id: string): Entity => ({ id, name: id, type: 'Project', aliases: [], description: null, discovered: false, confidence: 1 });

describe('alignOne', () => {
  it('returns one value per key in key order, null for a miss', () => {
    expect(alignOne(['b', 'x', 'a'], [{ k: 'a' }, { k: 'b' }], (v) => v.k)).toEqual([{ k: 'b' }, null, { k: 'a' }]);
  });
});

describe('alignMany', () => {
  it('groups values per key in their original order, [] for a miss', () => {
    expect(
      alignMany(
        ['a', 'x', 'b'],
        [
          { k: 'a', n: 1 },
          { k: 'b', n: 2 },
          { k: 'a', n: 3 },
        ],
        (v) => v.k,
      ),
    ).toEqual([
      [
        { k: 'a', n: 1 },
        { k: 'a', n: 3 },
      ],
      [],
      [{ k: 'b', n: 2 }],
    ]);
  });
});

describe('perLimit', () => {
  it('makes one loader per page size and reuses it', () => {
    const made: number[] = [];
    const loaderFor = perLimit((limit) => {
      made.push(limit);
      return { limit };
    });
    expect(loaderFor(5)).toBe(loaderFor(5));
    expect(loaderFor(20)).toEqual({ limit: 20 });
    expect(made).toEqual([5, 20]);
  });
});

describe('createLoaders', () => {
  function fakeRepos() {
    const calls: string[][] = [];
    const repos = {
      entities: {
        findByIds: async (ids: readonly string[]) => {
          calls.push([...ids]);
          return ids.filter((id) => id !== 'missing').map(entity);
        },
        findByNameKeys: async (keys: readonly string[]) => {
          calls.push([...keys]);
          return keys.map((key) => ({ key, entity: entity(`project:${key}`) }));
        },
      },
    } as unknown as Repositories;
    return { repos, calls };
  }

  it('batches 20 lookups in one tick into one repository call', async () => {
    const { repos, calls } = fakeRepos();
    const loaders = createLoaders(repos, LIMITS);
    const ids = Array.from({ length: 20 }, (_, i) => `project:p${i}`);
    const found = await Promise.all([...ids, 'missing'].map((id) => loaders.entityById.load(id)));
    expect(calls).toEqual([[...ids, 'missing']]);
    expect(found.map((e) => e?.id ?? null)).toEqual([...ids, null]);
  });

  it('looks up spelling variants of one name once, by its name key', async () => {
    const { repos, calls } = fakeRepos();
    const loaders = createLoaders(repos, LIMITS);
    const found = await Promise.all(['zk-Rollups', 'ZK rollup', 'zk rollups'].map((n) => loaders.entityByName.load(n)));
    expect(calls).toEqual([['zkrollup']]);
    expect(new Set(found.map((e) => e?.id))).toEqual(new Set(['project:zkrollup']));
  });

  it('gives each request its own cache', async () => {
    const { repos, calls } = fakeRepos();
    await createLoaders(repos, LIMITS).entityById.load('project:a');
    await createLoaders(repos, LIMITS).entityById.load('project:a');
    expect(calls).toHaveLength(2);
  });
});

import neo4j from 'neo4j-driver';
import { toPlain } from '../../src/db/records';

describe('toPlain', () => {
  it('turns driver values into plain JavaScript, through nested lists and maps', () => {
    const node = new neo4j.types.Node(neo4j.int(7), ['Entity'], { id: 'project:x', hops: neo4j.int(2) }, 'element:7');
    const at = new neo4j.types.DateTime(2026, 11, 26, 2, 30, 15, 123_000_000, 0);
    const value = { count: neo4j.int(42), at, items: [{ node, score: 0.5, none: null }, 'text', [neo4j.int(1), true]], missing: undefined };
    expect(toPlain(value)).toEqual({
      count: 42,
      at: '2026-11-26T02:30:15.123Z',
      items: [{ node: { id: 'project:x', hops: 2 }, score: 0.5, none: null }, 'text', [1, true]],
      missing: null,
    });
  });

  it('leaves numbers and strings as they are', () => {
    expect([toPlain(3), toPlain('a'), toPlain(false), toPlain(null)]).toEqual([3, 'a', false, null]);
  });
});

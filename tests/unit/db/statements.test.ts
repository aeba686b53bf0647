import * as entity from '../../../src/db/repositories/entity.repository';
import * as relation from '../../../src/db/repositories/relation.statements';
import * as traversal from '../../../src/db/repositories/traversal.statements';
import { ENTITY_TYPES, RELATION_TYPES } from '../../../src/domain/vocabulary';

/** The exported statement constants of a module (UPPER_SNAKE names holding text). */
function statementsOf(module: Record<string, unknown>): [string, string][] {
  return Object.entries(module).filter((entry): entry is [string, string] => /^[A-Z][A-Z0-9_]+$/.test(entry[0]) && typeof entry[1] === 'string');
}

const STATEMENTS: [string, string][] = [
  ...statementsOf(entity).map(([name, text]): [string, string] => [`entity.${name}`, text]),
  ...statementsOf(relation).map(([name, text]): [string, string] => [`relation.${name}`, text]),
  ...statementsOf(traversal).map(([name, text]): [string, string] => [`traversal.${name}`, text]),
];

const sorted = (values: Iterable<string>) => [...values].sort();

describe('read statements', () => {
  it('lists every statement the entity, relation and traversal repositories can run', () => {
    expect(STATEMENTS.length).toBe(30);
    // The text of each statement, so a change to a query shows up in review as a snapshot diff.
    for (const [name, text] of STATEMENTS) expect(text).toMatchSnapshot(name);
  });

  it('takes every value as a $parameter, never spliced into the text', () => {
    for (const [, text] of STATEMENTS) {
      expect(text).not.toMatch(/\$\{/);
      expect(text).not.toMatch(/'(project|technique|article):/);
    }
  });

  it('lists exactly the vocabulary wherever it spells the relation types out', () => {
    const lists = STATEMENTS.flatMap(([, text]) => [...text.matchAll(/[:[]((?:[A-Z_]+\|){2,}[A-Z_]+)/g)].map((m) => m[1] ?? ''));
    expect(lists.length).toBeGreaterThan(10);
    for (const list of lists) expect(sorted(list.split('|'))).toEqual(sorted(RELATION_TYPES));
  });

  it('sizes and expands every relation type in both directions in the relation page statements', () => {
    for (const text of [relation.FIND_RELATIONS_OF_ENTITIES, relation.FIND_ENTITY_WITH_RELATIONS]) {
      for (const type of RELATION_TYPES) {
        expect(text).toContain(`{dir: 'IN', type: '${type}', key: 'IN|${type}', n: COUNT { (e)<-[:${type}]-() }}`);
        expect(text).toContain(`{dir: 'OUT', type: '${type}', key: 'OUT|${type}', n: COUNT { (e)-[:${type}]->() }}`);
        expect(text).toContain(`MATCH (e)-[r:${type}]-(o) WHERE '${type}' IN selectedTypes`);
      }
    }
  });

  it('counts every entity type from the count store', () => {
    for (const text of [entity.COUNT_BY_TYPES, entity.FIND_NAME_PAGE_BY_TYPES_ASC_FIRST, entity.FIND_NAME_PAGE_BY_TYPES_DESC_AFTER]) {
      const counted = [...text.matchAll(/WHEN '(\w+)' THEN COUNT \{ MATCH \(:(\w+)\) \}/g)].map((m) => (m[1] === m[2] ? m[1] : `mismatch ${m[1]}/${m[2]}`));
      expect(sorted(counted as string[])).toEqual(sorted(ENTITY_TYPES));
    }
  });

  it('walks one to six hops in the general traversals, each level once', () => {
    for (const text of [traversal.FIND_RELATED_IN, traversal.FIND_RELATED_OUT, traversal.FIND_RELATED_BOTH]) {
      expect([...text.matchAll(/\)\{(\d)\}/g)].map((m) => Number(m[1]))).toEqual([1, 2, 3, 4, 5, 6]);
    }
  });
});

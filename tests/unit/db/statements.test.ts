import * as article from '../../../src/db/repositories/article.repository';
import * as entity from '../../../src/db/repositories/entity.repository';
import * as ingest from '../../../src/db/repositories/ingest.repository';
import * as relation from '../../../src/db/repositories/relation.statements';
import * as search from '../../../src/db/repositories/search.repository';
import * as stats from '../../../src/db/repositories/stats.repository';
import * as system from '../../../src/db/repositories/system.repository';
import * as traversal from '../../../src/db/repositories/traversal.statements';
import * as schema from '../../../src/db/schema';
import { ENTITY_TYPES, RELATION_TYPES } from '../../../src/domain/vocabulary';

/** The exported statement constants of a module (UPPER_SNAKE names holding text). */
function statementsOf(module: Record<string, unknown>): [string, string][] {
  return Object.entries(module).filter((entry): entry is [string, string] => /^[A-Z][A-Z0-9_]+$/.test(entry[0]) && typeof entry[1] === 'string');
}

const named = (modules: Record<string, Record<string, unknown>>): [string, string][] =>
  Object.entries(modules).flatMap(([module, statements]) => statementsOf(statements).map(([name, text]): [string, string] => [`${module}.${name}`, text]));
const GRAPH_READS = named({ entity, relation, traversal });
const OTHERS: [string, string][] = [
  ...named({ article, search, stats, system, ingest, schema }),
  ...schema.SCHEMA_STATEMENTS.map((text, i): [string, string] => [`schema.SCHEMA_STATEMENTS[${i}]`, text]),
];
const STATEMENTS = [...GRAPH_READS, ...OTHERS];

// The projections the mappers (src/db/repositories/mappers.ts) read.
const ENTITY_FIELDS = '.id, .name, .type, .aliases, .description, .discovered, .confidence';
const EVIDENCE_FIELDS = '.id, .relKey, .articleId, .sentence, .start, .end, .section, .rule, .confidence';
const ARTICLE_FIELDS = '.id, .title, .path, .source, .date, ingestedAt: toString(a.ingestedAt)';

const sorted = (values: Iterable<string>) => [...values].sort();

describe('read statements', () => {
  it('lists every statement the entity, relation and traversal repositories can run', () => {
    expect(GRAPH_READS.length).toBe(32);
    // The text of each statement, so a change to a query shows up in review as a snapshot diff.
    for (const [name, text] of GRAPH_READS) expect(text).toMatchSnapshot(name);
  });

  it('lists every statement of the article, search, stats, system and ingest repositories and the schema set-up', () => {
    expect(OTHERS.length).toBe(54);
    for (const [name, text] of OTHERS) expect(text).toMatchSnapshot(name);
  });

  it('takes every value as a $parameter, never spliced into the text', () => {
    for (const [, text] of STATEMENTS) {
      expect(text).not.toMatch(/\$\{/);
      expect(text).not.toMatch(/'(project|technique|article):/);
    }
  });

  it('projects entities, evidence and articles with the fields their mappers read', () => {
    let projections = 0;
    for (const [, text] of STATEMENTS) {
      for (const [start, fields] of [
        ['.id, .name, .type', ENTITY_FIELDS],
        ['.id, .relKey', EVIDENCE_FIELDS],
        ['.id, .title', ARTICLE_FIELDS],
      ] as const) {
        for (const m of text.matchAll(new RegExp(`\\{ (${start.replace(/\./g, '\\.')}[^}]*) \\}`, 'g'))) {
          projections += 1;
          expect(m[1]).toBe(fields);
        }
      }
    }
    expect(projections).toBeGreaterThan(20);
  });

  it('sets the derived entity properties wherever a write sets a name', () => {
    for (const text of [ingest.MERGE_ENTITIES, ingest.SYNC_CATALOG, schema.BACKFILL_DERIVED]) expect(text).toContain(schema.SET_DERIVED_ENTITY_PROPERTIES('e'));
  });

  it("rewrites the relationships' copy of the subject's sort name wherever a write sets a sort name", () => {
    const setsSortName = STATEMENTS.filter(([, text]) => /\.sortName = /.test(text)).map(([name]) => name);
    expect(sorted(setsSortName)).toEqual(['ingest.MERGE_ENTITIES', 'ingest.SYNC_CATALOG', 'schema.BACKFILL_DERIVED']);
    for (const text of [ingest.MERGE_ENTITIES, ingest.SYNC_CATALOG]) expect(text).toContain(schema.SYNC_SUBJECT_SORT_NAMES('e'));
    // BACKFILL_DERIVED runs before BACKFILL_RELATION_ENDS (applySchema), which rewrites every copy that differs.
    expect(schema.BACKFILL_RELATION_ENDS).toContain('r.subjectSortName <> s.sortName');
  });

  it('gives every relationship it creates the copies of its ends the ordered USES indexes hold', () => {
    const creates = STATEMENTS.filter(([, text]) => /CREATE \(\w+\)-\[/.test(text)).map(([name]) => name);
    expect(sorted(creates)).toEqual(['ingest.CREATE_MENTIONS', 'ingest.CREATE_RELATIONS']);
    expect(ingest.CREATE_RELATIONS).toContain(`SET ${schema.SET_RELATION_ENDS('r', 's', 'o')}`);
    expect(schema.BACKFILL_RELATION_ENDS).toContain(`SET ${schema.SET_RELATION_ENDS('r', 's', 'o')}`);
  });

  it('reads the users of an entity through the ordered USES indexes, seeking nothing for the other direction', () => {
    for (const text of [relation.FIND_USES_OF_ENTITIES, relation.FIND_USES_OF_ENTITIES_TWO_LEVELS, relation.FIND_ENTITY_WITH_USES, traversal.FIND_RELATED_ONE_HOP_IN]) {
      const seeks = [...text.matchAll(/USING INDEX r:USES\(([^)]*)\)\s+WHERE r\.objectId = CASE \$\w+ WHEN '(\w+)' THEN \w+\.id END/g)];
      expect(seeks.length).toBeGreaterThan(0);
      for (const m of seeks)
        expect(schema.SCHEMA_STATEMENTS).toContainEqual(
          expect.stringContaining(
            `FOR ()-[r:USES]-() ON (${m[1]
              ?.split(', ')
              .map((p) => `r.${p}`)
              .join(', ')})`,
          ),
        );
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

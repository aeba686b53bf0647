import { toLuceneQuery } from '../src/db/repositories/fulltext';
import { nameKey } from '../src/domain/names';
import { RELATION_TYPES } from '../src/domain/vocabulary';
import { DEFAULT_EVIDENCE_PER_RELATION } from '../src/schema/pagination';

// The four operations of bench:api, each as a GraphQL operation and as the same answer by raw Cypher.
export type Rows = Record<string, unknown>[];

export interface Operation {
  name: string;
  query: string;
  variables: Record<string, unknown>;
  cypher: string;
  params: Record<string, unknown>;
  /** The ids (or other key values) in the GraphQL answer and in the raw answer; they must be equal. */
  keysOf(data: Record<string, unknown>): string[];
  rawKeysOf(rows: Rows): string[];
}

// The floors are the best raw Cypher we know for each answer, narrow projections, no GraphQL layer:
// a name key found through the `entity_name_key` full-text index; relation pages drawn only from the
// (direction, type) groups the page reaches, sized from the degree store; indexed name order.
const ENTITY_KEY = `CALL db.index.fulltext.queryNodes('entity_name_key', '"' + $key + '"') YIELD node AS t
  WITH t WHERE $key IN t.nameKeys WITH t ORDER BY t.discovered, t.id LIMIT 1`;
const GROUPS = (['IN', 'OUT'] as const).flatMap((dir) => [...RELATION_TYPES].sort().map((type) => ({ dir, type })));
const arrow = (dir: 'IN' | 'OUT', type: string, v = '') => (dir === 'IN' ? `<-[${v}:${type}]-` : `-[${v}:${type}]->`);
const FIRST_RELATIONS = (n: number) => `
  WITH t, [g IN [${GROUPS.map(({ dir, type }) => `{key: '${dir}|${type}', n: COUNT { (t)${arrow(dir, type)}() }}`).join(', ')}] WHERE g.n > 0] AS groups
  WITH t, [i IN range(0, size(groups) - 1) WHERE reduce(s = 0, g IN groups[..i] | s + g.n) < ${n} | groups[i].key] AS selected
  CALL (t, selected) {
    ${GROUPS.map(({ dir, type }) => `MATCH (t)${arrow(dir, type, 'r')}(o:Entity) WHERE '${dir}|${type}' IN selected RETURN r, o, '${dir}' AS dir`).join(' UNION ALL ')}
  }
  WITH t, r, o, dir + '|' + type(r) + '|' + o.id AS sortKey ORDER BY sortKey LIMIT ${n}`;
export const OPERATIONS: Operation[] = [
  {
    name: 'entity+relations+evidence',
    query: `query($name: String) { entity(name: $name) { id name relations(first: 10) { totalCount edges { direction type confidence
      node { id name } evidence { sentence start end rule article { title } } } } } }`,
    variables: { name: 'Arbitrum' },
    cypher: `${ENTITY_KEY}
      ${FIRST_RELATIONS(10)}
      RETURN o.id AS other, type(r) AS type, r.confidence AS confidence,
        COLLECT { MATCH (ev:Evidence {relKey: startNode(r).id + '|' + type(r) + '|' + endNode(r).id})
                  WITH ev ORDER BY ev.confidence DESC, ev.articleId, ev.start LIMIT ${DEFAULT_EVIDENCE_PER_RELATION}
                  MATCH (a:Article {id: ev.articleId}) RETURN {sentence: ev.sentence, start: ev.start, end: ev.end, rule: ev.rule, title: a.title} } AS evidence
      ORDER BY sortKey`,
    params: { key: nameKey('Arbitrum') },
    keysOf: (d) => ((d.entity as { relations: { edges: { type: string; node: { id: string }; evidence: unknown[] }[] } }).relations.edges).map((e) => `${e.type} ${e.node.id} ${e.evidence.length}`),
    rawKeysOf: (rows) => rows.map((r) => `${String(r.type)} ${String(r.other)} ${(r.evidence as unknown[]).length}`),
  },
  {
    name: 'solutionsUsing',
    query: `query($t: String!) { solutionsUsing(technique: $t) { hops entity { id name }
      path { steps { subject { name } type object { name } evidence { sentence } } } } }`,
    variables: { t: 'fraud proofs' },
    // Hop levels nearest first, each run only while the page is short; then one chain per entity.
    cypher: `${ENTITY_KEY}
      WITH t, [] AS page
      ${[1, 2, 3].map((h) => `CALL (t, page) {
        WITH * WHERE size(page) < 20
        MATCH p = (t) (()<-[:USES|IS_A|BUILT_ON]-()){${h}} (x:Entity)
        WHERE x <> t AND any(r IN relationships(p) WHERE type(r) = 'USES') AND NOT x IN [f IN page | f.x]
        WITH DISTINCT x ORDER BY toLower(x.name), x.id LIMIT 20
        RETURN collect({x: x, hops: ${h}}) AS more
      }
      WITH t, page + more AS page`).join('\n      ')}
      UNWIND page[..20] AS f
      WITH t, f.x AS x, f.hops AS hops
      CALL (t, x, hops) {
        MATCH p = (x)-[:USES|IS_A|BUILT_ON*1..3]->(t) WHERE length(p) = hops AND any(r IN relationships(p) WHERE type(r) = 'USES')
        WITH p ORDER BY [n IN nodes(p) | n.id] LIMIT 1
        RETURN p
      }
      RETURN x.id AS id, hops,
        [r IN relationships(p) | {subject: startNode(r).name, type: type(r), object: endNode(r).name,
          evidence: COLLECT { MATCH (ev:Evidence {relKey: startNode(r).id + '|' + type(r) + '|' + endNode(r).id})
                              WITH ev ORDER BY ev.confidence DESC, ev.articleId, ev.start LIMIT ${DEFAULT_EVIDENCE_PER_RELATION} RETURN ev.sentence }}] AS steps
      ORDER BY hops, toLower(x.name), x.id`,
    params: { key: nameKey('fraud proofs') },
    keysOf: (d) => (d.solutionsUsing as { hops: number; entity: { id: string } }[]).map((s) => `${s.entity.id} ${s.hops}`),
    rawKeysOf: (rows) => rows.map((r) => `${String(r.id)} ${String(r.hops)}`),
  },
  {
    name: 'search',
    query: 'query($text: String!) { search(text: $text, first: 10) { score matchedField entity { id name } evidence { sentence } } }',
    variables: { text: 'optimistic rollups' },
    cypher: `CALL () {
        CALL db.index.fulltext.queryNodes('entity_text', $query, {limit: 40}) YIELD node, score
        RETURN node.id AS id, node.name AS name, null AS sentence, score
        UNION ALL
        CALL db.index.fulltext.queryNodes('evidence_text', $query, {limit: 40}) YIELD node, score
        MATCH (e:Entity {id: node.subjectId})
        RETURN e.id AS id, e.name AS name, node.sentence AS sentence, score
      }
      RETURN id, name, sentence, score ORDER BY score DESC, id LIMIT 10`,
    params: { query: toLuceneQuery('optimistic rollups') },
    keysOf: (d) => (d.search as { entity: { id: string } }[]).map((h) => h.entity.id),
    rawKeysOf: (rows) => rows.map((r) => String(r.id)),
  },
  {
    name: 'entities page',
    query: 'query { entities(where: { type: [Project] }, first: 20) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id name } } } }',
    variables: {},
    cypher: `CALL () { MATCH (e:Project) RETURN count(e) AS total }
      MATCH (e:Entity) WHERE e.type = 'Project' AND e.sortName IS NOT NULL AND e.id IS NOT NULL
      WITH total, e ORDER BY e.type, e.sortName, e.id LIMIT 20
      RETURN total, e.id AS id, e.name AS name`,
    params: {},
    keysOf: (d) => {
      const c = d.entities as { totalCount: number; edges: { node: { id: string } }[] };
      return [`total ${c.totalCount}`, ...c.edges.map((e) => e.node.id)];
    },
    rawKeysOf: (rows) => [`total ${String(rows[0]?.total)}`, ...rows.map((r) => String(r.id))],
  },
];

import { toLuceneQuery } from '../src/db/repositories/fulltext';
import { nameKey } from '../src/domain/names';
import { RELATION_TYPES } from '../src/domain/vocabulary';
import { DEFAULT_EVIDENCE_PER_RELATION } from '../src/schema/pagination';

// The operations of bench:api, each as our GraphQL operation, the same question to the peer
// (@neo4j/graphql over bench/peer-schema.ts; null where it has no equivalent) and the same answer by
// raw Cypher. Every pair must give the same keys (ids, counts) before anything is measured.
export type Rows = Record<string, unknown>[];
type Data = Record<string, unknown>;

export interface PeerOperation {
  query: string;
  variables: Record<string, unknown>;
  keysOf(data: Data): string[];
}

export interface Operation {
  name: string;
  query: string;
  variables: Record<string, unknown>;
  peer: PeerOperation | null;
  cypher: string;
  params: Record<string, unknown>;
  /** The ids (or other key values) in the GraphQL answer and in the raw answer; they must be equal. */
  keysOf(data: Record<string, unknown>): string[];
  rawKeysOf(rows: Rows): string[];
}

// The floors are the best raw Cypher we know for each answer, narrow projections, no GraphQL layer:
// a name key found through the `entity_name_key` full-text index; relation pages drawn only from the
// (direction, type) groups the page reaches, sized from the degree store; indexed name order; the users
// of an entity from the ordered USES relationship indexes (src/db/schema.ts), as our API reads them.
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
type Named = { id: string; name: string };
const ids = (list: Named[]) => list.map((e) => e.id);
const first = (d: Data, field: string) => (d[field] as Data[])[0] ?? {};

export const OPERATIONS: Operation[] = [
  {
    name: 'entity by name + 20 relations',
    query: `query($name: String) { entity(name: $name) { id name
      relations(first: 20, direction: IN, types: [USES]) { totalCount edges { confidence node { id name } } } } }`,
    variables: { name: 'Optimistic Rollups' },
    peer: {
      query: `query($name: String!) { entities(where: { name: { eq: $name } }) { id name
        usesInConnection(first: 20, sort: [{ node: { id: ASC } }]) { totalCount edges { properties { confidence } node { id name } } } } }`,
      variables: { name: 'Optimistic Rollups' },
      keysOf: (d) => {
        const c = first(d, 'entities').usesInConnection as { totalCount: number; edges: { node: Named }[] };
        return [`total ${c.totalCount}`, ...c.edges.map((e) => e.node.id)];
      },
    },
    cypher: `MATCH (t:Entity {name: $name})
      CALL (t) {
        MATCH (o:Entity)-[r:USES]->() USING INDEX r:USES(objectId, subjectId) WHERE r.objectId = t.id AND r.subjectId IS NOT NULL
        WITH r, o ORDER BY r.objectId, r.subjectId LIMIT 20
        RETURN collect({id: o.id, name: o.name, confidence: r.confidence}) AS items
      }
      RETURN t.id AS id, t.name AS name, COUNT { (t)<-[:USES]-() } AS total, items`,
    params: { name: 'Optimistic Rollups' },
    keysOf: (d) => {
      const c = (d.entity as { relations: { totalCount: number; edges: { node: Named }[] } }).relations;
      return [`total ${c.totalCount}`, ...c.edges.map((e) => e.node.id)];
    },
    rawKeysOf: (rows) => [`total ${String(rows[0]?.total)}`, ...((rows[0]?.items ?? []) as Named[]).map((i) => i.id)],
  },
  {
    name: 'who uses X, one hop',
    query: 'query($name: String!) { solutionsUsing(technique: $name, maxHops: 1, first: 20) { entity { id name } } }',
    variables: { name: 'Fraud Proofs' },
    peer: {
      query: `query($name: String!) { entities(where: { uses: { some: { name: { eq: $name } } } }, sort: [{ sortName: ASC }, { id: ASC }], limit: 20) { id name } }`,
      variables: { name: 'Fraud Proofs' },
      keysOf: (d) => ids(d.entities as Named[]),
    },
    cypher: `MATCH (t:Entity {name: $name})
      CALL (t) {
        MATCH (x:Entity)-[r:USES]->() USING INDEX r:USES(objectId, subjectSortName, subjectId)
        WHERE r.objectId = t.id AND r.subjectSortName IS NOT NULL AND r.subjectId IS NOT NULL
        WITH x, r ORDER BY r.objectId, r.subjectSortName, r.subjectId LIMIT 20
        RETURN x
      }
      RETURN x.id AS id, x.name AS name`,
    params: { name: 'Fraud Proofs' },
    keysOf: (d) => (d.solutionsUsing as { entity: Named }[]).map((s) => s.entity.id),
    rawKeysOf: (rows) => rows.map((r) => String(r.id)),
  },
  {
    name: 'who uses X, as a field',
    query: 'query($name: String) { entity(name: $name) { id name usedBy(first: 20) { id name } } }',
    variables: { name: 'Fraud Proofs' },
    peer: {
      query: 'query($name: String!) { entities(where: { name: { eq: $name } }) { id name usesIn(limit: 20, sort: [{ id: ASC }]) { id name } } }',
      variables: { name: 'Fraud Proofs' },
      keysOf: (d) => ids(first(d, 'entities').usesIn as Named[]),
    },
    cypher: `MATCH (t:Entity {name: $name})
      CALL (t) {
        MATCH (o:Entity)-[r:USES]->() USING INDEX r:USES(objectId, subjectId) WHERE r.objectId = t.id AND r.subjectId IS NOT NULL
        WITH r, o ORDER BY r.objectId, r.subjectId LIMIT 20 RETURN collect(o { .id, .name }) AS users
      }
      RETURN t.id AS id, t.name AS name, users`,
    params: { name: 'Fraud Proofs' },
    keysOf: (d) => ids((d.entity as { usedBy: Named[] }).usedBy),
    rawKeysOf: (rows) => ((rows[0]?.users ?? []) as Named[]).map((u) => u.id),
  },
  {
    name: 'two-level nested',
    query: `query { entities(where: { type: [Project] }, first: 10) { edges { node { id name
      uses(first: 5) { id name uses(first: 5) { id name } } } } } }`,
    variables: {},
    peer: {
      query: `query { entities(where: { type: { eq: "Project" } }, sort: [{ sortName: ASC }, { id: ASC }], limit: 10) { id name
        uses(limit: 5, sort: [{ id: ASC }]) { id name uses(limit: 5, sort: [{ id: ASC }]) { id name } } } }`,
      variables: {},
      keysOf: (d) => nestedKeys(d.entities as Nested[]),
    },
    cypher: `MATCH (e:Entity) WHERE e.type = 'Project' AND e.sortName IS NOT NULL AND e.id IS NOT NULL
      WITH e ORDER BY e.type, e.sortName, e.id LIMIT 10
      RETURN e.id AS id, e.name AS name, COLLECT {
        MATCH (e)-[:USES]->(o:Entity) WITH o ORDER BY o.id LIMIT 5
        RETURN { id: o.id, name: o.name, uses: COLLECT { MATCH (o)-[:USES]->(p:Entity) WITH p ORDER BY p.id LIMIT 5 RETURN p { .id, .name } } }
      } AS uses`,
    params: {},
    keysOf: (d) => nestedKeys((d.entities as { edges: { node: Nested }[] }).edges.map((e) => e.node)),
    rawKeysOf: (rows) => nestedKeys(rows as unknown as Nested[]),
  },
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
    peer: null,
    keysOf: (d) => (d.entity as { relations: { edges: { type: string; node: { id: string }; evidence: unknown[] }[] } }).relations.edges.map((e) => `${e.type} ${e.node.id} ${e.evidence.length}`),
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
      ${[1, 2, 3]
        .map(
          (h) => `CALL (t, page) {
        WITH * WHERE size(page) < 20
        MATCH p = (t) (()<-[:USES|IS_A|BUILT_ON]-()){${h}} (x:Entity)
        WHERE x <> t AND any(r IN relationships(p) WHERE type(r) = 'USES') AND NOT x IN [f IN page | f.x]
        WITH DISTINCT x ORDER BY toLower(x.name), x.id LIMIT 20
        RETURN collect({x: x, hops: ${h}}) AS more
      }
      WITH t, page + more AS page`,
        )
        .join('\n      ')}
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
    peer: null,
    keysOf: (d) => (d.solutionsUsing as { hops: number; entity: { id: string } }[]).map((s) => `${s.entity.id} ${s.hops}`),
    rawKeysOf: (rows) => rows.map((r) => `${String(r.id)} ${String(r.hops)}`),
  },
  {
    // The entity index only, as the peer's searchEntities: the peer's whole answer must equal ours.
    name: 'search',
    query: 'query($text: String!) { search(text: $text, first: 10, evidence: false) { score entity { id name } } }',
    variables: { text: 'optimistic rollups' },
    cypher: `CALL db.index.fulltext.queryNodes('entity_text', $query, {limit: 40}) YIELD node, score
      RETURN node.id AS id, node.name AS name, score ORDER BY score DESC, id LIMIT 10`,
    params: { query: toLuceneQuery('optimistic rollups') },
    peer: {
      query: 'query($q: String!) { searchEntities(phrase: $q, first: 10) { edges { score node { id name } } } }',
      variables: { q: toLuceneQuery('optimistic rollups') },
      keysOf: (d) => (d.searchEntities as { edges: { score: number; node: Named }[] }).edges.map((h) => `${h.node.id} ${h.score}`),
    },
    keysOf: (d) => searchKeys(d),
    rawKeysOf: (rows) => rows.map((r) => `${String(r.id)} ${String(r.score)}`),
  },
  {
    // search as it answers by default: entities and evidence sentences. The peer has no evidence model.
    name: 'search with evidence',
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
    peer: null,
    keysOf: (d) => searchKeys(d),
    rawKeysOf: (rows) => rows.map((r) => `${String(r.id)} ${String(r.score)}`),
  },
  {
    name: 'entities page',
    query: 'query { entities(where: { type: [Project] }, first: 20) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id name } } } }',
    variables: {},
    peer: {
      query: `query { entitiesConnection(where: { type: { eq: "Project" } }, sort: [{ sortName: ASC }, { id: ASC }], first: 20) {
        totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id name } } } }`,
      variables: {},
      keysOf: (d) => {
        const c = d.entitiesConnection as { totalCount: number; edges: { node: Named }[] };
        return [`total ${c.totalCount}`, ...c.edges.map((e) => e.node.id)];
      },
    },
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

/** `id score` of every search hit, in answer order. */
function searchKeys(d: Data): string[] {
  return (d.search as { score: number; entity: Named }[]).map((h) => `${h.entity.id} ${h.score}`);
}

interface Nested {
  id: string;
  uses?: Nested[];
}

/** `a`, `a>b`, `a>b>c` for every entity of a nested `uses` answer, in answer order. */
function nestedKeys(list: Nested[], prefix = ''): string[] {
  return list.flatMap((e) => [`${prefix}${e.id}`, ...nestedKeys(e.uses ?? [], `${prefix}${e.id}>`)]);
}

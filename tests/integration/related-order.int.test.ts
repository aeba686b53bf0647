import type { Db } from '../../src/db/driver';
import { createTraversalRepository, type RelatedQuery } from '../../src/db/repositories/traversal.repository';
import { SET_DERIVED_ENTITY_PROPERTIES, SET_RELATION_ENDS } from '../../src/db/schema';
import { clearGraph, connectTestDb, cypher } from '../helpers/neo4j';

// A small graph around the technique T, written for the rules of findRelated (see each test).
const ENTITIES = [
  ['technique:t', 'T', 'Technique'],
  ['project:a', 'Alpha', 'Project'],
  ['project:b', 'beta', 'Project'],
  ['project:c', 'Gamma', 'Project'],
  ['project:d', 'Delta', 'Project'],
  ['project:f', 'Foxtrot', 'Project'],
  ['concept:m', 'Mu', 'Concept'],
  ['concept:p1', 'Pi', 'Concept'],
  ['concept:p2', 'Psi', 'Concept'],
  ['concept:q', 'Qoppa', 'Concept'],
  ['concept:z', 'Zeta', 'Concept'],
] as const;
const RELATIONS = [
  // Alpha IS_A T in one step, but its shortest chain with a USES step has two.
  ['project:a', 'IS_A', 'technique:t'],
  ['project:a', 'USES', 'concept:m'],
  ['concept:m', 'IS_A', 'technique:t'],
  // beta has two chains of two steps: the one through the smaller id is shown (written second here).
  ['project:b', 'USES', 'concept:p2'],
  ['concept:p2', 'IS_A', 'technique:t'],
  ['project:b', 'USES', 'concept:p1'],
  ['concept:p1', 'IS_A', 'technique:t'],
  // Gamma's only chain with a USES step passes through T itself (a chain may revisit a node, not a step);
  // so do those of Mu, Pi and Psi. Zeta has none: its only step to T would be taken twice.
  ['project:c', 'IS_A', 'technique:t'],
  ['technique:t', 'USES', 'concept:z'],
  ['concept:z', 'IS_A', 'technique:t'],
  // Delta uses T directly.
  ['project:d', 'USES', 'technique:t'],
  // Foxtrot reaches Qoppa by two parallel steps: the chains tie on their nodes, then IS_A < USES.
  ['project:f', 'USES', 'concept:q'],
  ['project:f', 'IS_A', 'concept:q'],
  ['concept:q', 'USES', 'technique:t'],
] as const;

describe('findRelated: shortest qualifying chains, in order, one page', () => {
  let db: Db;
  beforeAll(async () => {
    db = await connectTestDb();
    await clearGraph(db);
    // As the ingest writes them: entities with their sort names, relationships with the copies of their ends.
    await cypher(db, `UNWIND $rows AS row CREATE (e:Entity:$(row[2]) {id: row[0], name: row[1], type: row[2]}) SET ${SET_DERIVED_ENTITY_PROPERTIES('e')}`, { rows: ENTITIES });
    await cypher(
      db,
      `UNWIND $rows AS row MATCH (s:Entity {id: row[0]}), (o:Entity {id: row[2]})
       CREATE (s)-[r:$(row[1]) {confidence: 1, evidenceCount: 0}]->(o) SET ${SET_RELATION_ENDS('r', 's', 'o')}`,
      { rows: RELATIONS },
    );
  });
  afterAll(async () => {
    await clearGraph(db);
    await db.close();
  });

  const related = async (q: Partial<RelatedQuery>) => {
    const result = await createTraversalRepository(db).findRelated({
      start: { id: 'technique:t', key: null },
      withEvidence: false,
      relation: 'USES',
      via: ['USES', 'IS_A'],
      direction: 'IN',
      maxHops: 3,
      limit: 20,
      ...q,
    });
    return (result?.found ?? []).map((f) => ({
      id: f.entity.id,
      hops: f.hops,
      nodes: f.path.nodes.map((n) => n.id),
      types: f.path.steps.map((s) => s.type),
    }));
  };

  it('gives each entity its shortest chain with a `relation` step, ordered by hops, name (any case) and id', async () => {
    const viaT = (id: string) => ({ id, hops: 3, nodes: [id, 'technique:t', 'concept:z', 'technique:t'], types: ['IS_A', 'USES', 'IS_A'] });
    expect(await related({})).toEqual([
      { id: 'project:d', hops: 1, nodes: ['project:d', 'technique:t'], types: ['USES'] },
      { id: 'concept:q', hops: 1, nodes: ['concept:q', 'technique:t'], types: ['USES'] },
      { id: 'project:a', hops: 2, nodes: ['project:a', 'concept:m', 'technique:t'], types: ['USES', 'IS_A'] },
      { id: 'project:b', hops: 2, nodes: ['project:b', 'concept:p1', 'technique:t'], types: ['USES', 'IS_A'] },
      { id: 'project:f', hops: 2, nodes: ['project:f', 'concept:q', 'technique:t'], types: ['IS_A', 'USES'] },
      viaT('project:c'),
      viaT('concept:m'),
      viaT('concept:p1'),
      viaT('concept:p2'),
    ]);
  });

  it('cuts the page across hop levels and stops at maxHops', async () => {
    expect((await related({ limit: 1 })).map((f) => f.id)).toEqual(['project:d']);
    expect((await related({ limit: 3 })).map((f) => f.id)).toEqual(['project:d', 'concept:q', 'project:a']);
    expect((await related({ limit: 6 })).map((f) => f.id)).toEqual(['project:d', 'concept:q', 'project:a', 'project:b', 'project:f', 'project:c']);
    expect((await related({ maxHops: 2 })).map((f) => f.hops)).toEqual([1, 1, 2, 2, 2]);
    expect((await related({ maxHops: 1 })).map((f) => f.id)).toEqual(['project:d', 'concept:q']);
  });

  it('lists chains from the start for OUT and BOTH', async () => {
    const out = await related({ start: { id: 'project:f', key: null }, direction: 'OUT', maxHops: 2 });
    expect(out).toEqual([
      { id: 'concept:q', hops: 1, nodes: ['project:f', 'concept:q'], types: ['USES'] },
      { id: 'technique:t', hops: 2, nodes: ['project:f', 'concept:q', 'technique:t'], types: ['IS_A', 'USES'] },
    ]);
    const both = await related({ start: { id: 'concept:m', key: null }, direction: 'BOTH', maxHops: 1 });
    expect(both).toEqual([{ id: 'project:a', hops: 1, nodes: ['concept:m', 'project:a'], types: ['USES'] }]);
  });
});

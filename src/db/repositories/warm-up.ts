import { RELATION_TYPES, type RelationType } from '../../domain/vocabulary';
import type { Db } from '../driver';
import { createRepositories } from './index';

/**
 * Runs the API's largest read statements once, in each parameter shape the API calls them with, on
 * ids that match nothing. Neo4j plans a statement once per text and parameter types and caches the
 * plan; the largest take a second or more to plan on a freshly started server, which a request's
 * timeout would cut short. The statements run without that timeout here. Returns the time taken.
 * "Parameter types" include list sizes: a `via` of 11 types did not warm the plan a `via` of 3 uses
 * (measured: 958 ms on first use, 28 ms after), so the lists here have the sizes the API sends.
 */
export async function warmQueryPlans(db: Db): Promise<number> {
  const started = performance.now();
  const repos = createRepositories({ ...db, read: async (cypher, params, map) => (await db.autoCommit(cypher, params)).map(map) });
  const none = 'warm-up:none';
  const page = { direction: 'BOTH' as const, types: RELATION_TYPES, after: null, limit: 11 };
  const next = { ...page, after: `OUT|USES|${none}` };
  // As solutionsUsing sends it, and related() with its default `via` (the relation plus IS_A and BUILT_ON).
  const related = { withEvidence: true, evidenceLimit: 5, relation: 'USES' as const, via: ['USES', 'IS_A', 'BUILT_ON'] as RelationType[], maxHops: 3, limit: 20 };
  const work: (() => Promise<unknown>)[] = [
    () => repos.relations.findEntityWithRelations({ id: null, key: 'warmupnone' }, page, 10),
    () => repos.relations.findEntityWithRelations({ id: none, key: null }, page, 10),
    () => repos.relations.findEntityWithRelations({ id: null, key: 'warmupnone' }, next, 10),
    () => repos.relations.findRelationPages([none], page),
    () => repos.relations.findRelationPages([none], next),
    () => repos.relations.findEvidenceByRelKeys([none], 10),
    // The paged lists of entities and articles (mentions, an article's entities and facts, a fact's evidence).
    () => repos.relations.findMentions([none], 20, 100),
    () => repos.relations.findEvidenceInArticles([{ relKey: none, articleId: none }], 5),
    () => repos.articles.findEntities([none], 20),
    () => repos.articles.findFacts([none], 20),
    // Every direction at the default maxHops (3), the start named by name; IN (solutionsUsing) also by id.
    // Other bounds and shapes plan on first use.
    ...(['IN', 'OUT', 'BOTH'] as const).map((direction) => () => repos.traversal.findRelated({ ...related, direction, start: { id: null, key: 'warmupnone' } })),
    () => repos.traversal.findRelated({ ...related, direction: 'IN', start: { id: none, key: null } }),
    // solutionsUsing(maxHops: 1) and usedBy / uses of an entity named by name.
    () => repos.traversal.findRelated({ ...related, maxHops: 1, direction: 'IN', start: { id: null, key: 'warmupnone' } }),
    () => repos.relations.findEntityWithRelations({ id: null, key: 'warmupnone' }, { direction: 'IN', types: ['USES'], after: null, limit: 20 }, null),
    () => repos.relations.findRelationPages([none], { direction: 'OUT', types: ['USES'], after: null, limit: 20 }),
    // uses { uses } (and the other three pairings) in one statement.
    () => repos.relations.findUsesPagesTwoLevels([none], { direction: 'OUT', limit: 20 }, { direction: 'OUT', limit: 20 }),
    () => repos.traversal.findShortestPaths(none, `${none}:other`, 3, 5),
    () => repos.traversal.findNeighborhood(none, 2, 50),
    () => repos.entities.findPage({ filter: { types: ['Project'] }, orderField: 'NAME', descending: false, after: null, limit: 21 }),
    () => repos.entities.count({ types: ['Project'] }),
    () => repos.entities.findPageWithTotal({ filter: { types: ['Project'] }, orderField: 'NAME', descending: false, after: null, limit: 21 }),
    // search with and without evidence sentences: each took 0.2–0.5 s to plan on first use (bench graph).
    ...[true, false].map((evidence) => () => repos.search.search({ text: none, types: null, limit: 20, evidence })),
  ];
  for (const run of work) await run();
  return Math.round(performance.now() - started);
}

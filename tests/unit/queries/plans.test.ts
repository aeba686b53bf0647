import { readFileSync } from 'node:fs';
import path from 'node:path';
import { buildSchema, execute, parse, type GraphQLResolveInfo } from 'graphql';
import { planEntityPrefetch } from '../../../src/queries/entity-prefetch';
import { planRelated } from '../../../src/queries/related-plan';
import { encodeCursor } from '../../../src/schema/pagination';

// The committed SDL has no resolvers: executing an operation against it hands the root field's
// resolve info to the default resolver, which is all a plan reads.
const schema = buildSchema(readFileSync(path.resolve(__dirname, '../../../schema.graphql'), 'utf8'));
const limits = { defaultPageSize: 20, maxPageSize: 100 };

function rootInfo(source: string, variableValues: Record<string, unknown> = {}): GraphQLResolveInfo {
  let captured: GraphQLResolveInfo | undefined;
  void execute({
    schema,
    document: parse(source),
    variableValues,
    fieldResolver: (_source, _args, _context, info) => {
      captured ??= info;
      return null;
    },
  });
  if (!captured) throw new Error('no root field was resolved');
  return captured;
}

describe('planEntityPrefetch', () => {
  it('plans the relations page the field will ask for, with its evidence and their articles', () => {
    const info = rootInfo('{ entity(name: "x") { relations(first: 5, types: [USES]) { edges { evidence(first: 2) { sentence article { title } } } } } }');
    expect(planEntityPrefetch(info, limits)).toEqual({
      kind: 'relations',
      query: { direction: 'BOTH', types: ['USES'], after: null, limit: 6 },
      evidenceLimit: 2,
      withArticles: true,
    });
  });

  it('reads the cursor of a later page and leaves evidence out when none is selected', () => {
    const after = encodeCursor('relations', ['IN|USES|project:a']);
    const info = rootInfo('query($after: String) { entity(name: "x") { relations(after: $after, direction: IN) { totalCount } } }', { after });
    expect(planEntityPrefetch(info, limits)).toMatchObject({ kind: 'relations', query: { direction: 'IN', after: 'IN|USES|project:a', limit: 21 }, evidenceLimit: null, withArticles: false });
  });

  it('plans usedBy or uses alone, also inside a fragment on an entity type', () => {
    expect(planEntityPrefetch(rootInfo('{ entity(name: "x") { id usedBy(first: 3) { id } } }'), limits)).toEqual({ kind: 'uses', direction: 'IN', limit: 3 });
    expect(planEntityPrefetch(rootInfo('{ entity(name: "x") { ... on Technique { uses { id } } } }'), limits)).toEqual({ kind: 'uses', direction: 'OUT', limit: 20 });
  });

  it('plans nothing for both shortcuts at once, for no relation field, or for arguments the field will refuse', () => {
    for (const source of [
      '{ entity(name: "x") { uses { id } usedBy { id } } }',
      '{ entity(name: "x") { id name } }',
      '{ entity(name: "x") { usedBy(first: 0) { id } } }',
      '{ entity(name: "x") { relations(first: 1000) { totalCount } } }',
      '{ entity(name: "x") { relations(after: "not-a-cursor") { totalCount } } }',
    ]) {
      expect(planEntityPrefetch(rootInfo(source), limits)).toBeNull();
    }
  });

  it('leaves relations, uses and usedBy with a minConfidence to their loaders, which read the filtered page', () => {
    for (const source of [
      '{ entity(name: "x") { relations(minConfidence: 0.8) { totalCount } } }',
      '{ entity(name: "x") { uses(minConfidence: 0.8) { id } } }',
      '{ entity(name: "x") { usedBy(minConfidence: 0) { id } } }',
    ]) {
      expect(planEntityPrefetch(rootInfo(source), limits)).toBeNull();
    }
    expect(planEntityPrefetch(rootInfo('{ entity(name: "x") { relations(minConfidence: null) { totalCount } } }'), limits)).toMatchObject({ kind: 'relations' });
  });

  it('fetches no evidence ahead when two evidence fields ask for different amounts', () => {
    const info = rootInfo('{ entity(name: "x") { relations { edges { a: evidence(first: 1) { sentence } b: evidence(first: 2) { sentence } } } } }');
    expect(planEntityPrefetch(info, limits)).toMatchObject({ kind: 'relations', evidenceLimit: null });
  });
});

describe('planRelated', () => {
  it('reads no paths when none is selected', () => {
    expect(planRelated(rootInfo('{ solutionsUsing(technique: "x") { entity { id } } }'), limits, 1, null)).toEqual({
      withEvidence: false,
      evidenceLimit: null,
      withArticles: false,
      withPath: false,
      maxHops: 1,
      limit: 20,
    });
  });

  it('fetches the selected evidence of every step with its articles', () => {
    const info = rootInfo('{ solutionsUsing(technique: "x") { path { steps { evidence(first: 2) { article { title } } } } } }');
    expect(planRelated(info, limits, 3, 5)).toEqual({ withEvidence: true, evidenceLimit: 2, withArticles: true, withPath: true, maxHops: 3, limit: 5 });
  });

  it('refuses a hop bound or page size out of range as BAD_USER_INPUT', () => {
    const info = rootInfo('{ solutionsUsing(technique: "x") { hops } }');
    expect(() => planRelated(info, limits, 7, null)).toThrow(expect.objectContaining({ extensions: expect.objectContaining({ code: 'BAD_USER_INPUT', argumentName: 'maxHops' }) }));
    expect(() => planRelated(info, limits, 2, 101)).toThrow(expect.objectContaining({ extensions: expect.objectContaining({ code: 'BAD_USER_INPUT' }) }));
  });
});

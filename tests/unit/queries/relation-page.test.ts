import { minConfidence, relationQuery, relationQueryIfValid, usesQuery } from '../../../src/queries/relation-page';

const limits = { defaultPageSize: 20, maxPageSize: 100 };
const badInput = expect.objectContaining({ extensions: expect.objectContaining({ code: 'BAD_USER_INPUT', argumentName: 'minConfidence' }) });

describe('relationQuery', () => {
  it('asks for relations of at least minConfidence, from 0 to 1 inclusive', () => {
    expect(relationQuery({ minConfidence: 0.7 }, limits)).toMatchObject({ minConfidence: 0.7 });
    expect(relationQuery({ minConfidence: 0 }, limits).minConfidence).toBe(0);
    expect(relationQuery({ minConfidence: 1 }, limits).minConfidence).toBe(1);
  });

  it('leaves the page query as it was when minConfidence is null or omitted', () => {
    const unfiltered = { direction: 'BOTH', after: null, limit: 21 };
    expect(relationQuery({ minConfidence: null }, limits)).toEqual({ ...relationQuery({}, limits), ...unfiltered });
    expect(relationQuery({}, limits)).not.toHaveProperty('minConfidence');
  });

  it.each([-0.1, 1.5, Number.NaN, Number.POSITIVE_INFINITY])('refuses minConfidence %p as BAD_USER_INPUT', (value) => {
    expect(() => relationQuery({ minConfidence: value }, limits)).toThrow(badInput);
    expect(() => minConfidence(value)).toThrow(badInput);
    expect(relationQueryIfValid({ minConfidence: value }, limits)).toBeNull();
  });
});

describe('usesQuery', () => {
  it('carries a threshold only when one is given', () => {
    expect(usesQuery('IN', 5)).toEqual({ direction: 'IN', types: ['USES'], after: null, limit: 5 });
    expect(usesQuery('OUT', 5, minConfidence(0.5))).toEqual({ direction: 'OUT', types: ['USES'], after: null, limit: 5, minConfidence: 0.5 });
  });
});

import type { GraphQLRequestListener } from '@apollo/server';
import type { Context } from '../../../src/context';
import { responseSizePlugin } from '../../../src/limits/response-size.plugin';

type Listener = GraphQLRequestListener<Context>;

/** Runs the plugin's hooks over one request whose operation costs `cost` and whose answer is `data`. */
async function answer(maxBytes: number, cost: number | undefined, data: Record<string, unknown>) {
  const context = {} as Context;
  const plugin = responseSizePlugin(maxBytes, (c) => (c === context ? cost : undefined));
  const listener = (await plugin.requestDidStart?.({} as never)) as Listener;
  const execution = await listener.executionDidStart?.({ contextValue: context } as never);
  const response = { body: { kind: 'single' as const, singleResult: { data } } };
  await listener.willSendResponse?.({ response } as never);
  return { perField: typeof execution?.willResolveField === 'function', result: response.body.singleResult };
}

describe('responseSizePlugin', () => {
  const long = { text: 'x'.repeat(10_000) };

  it('measures a cheap operation once, when its answer is complete, and refuses it over the limit', async () => {
    const { perField, result } = await answer(8192, 4, long);
    expect(perField).toBe(false);
    expect(result).toEqual({ data: null, errors: [{ message: expect.stringMatching(/MAX_RESPONSE_BYTES/), extensions: { code: 'RESPONSE_TOO_LARGE' } }] });
  });

  it('answers a cheap operation that fits as it is', async () => {
    const { perField, result } = await answer(8192, 4, { text: 'short' });
    expect(perField).toBe(false);
    expect(result).toEqual({ data: { text: 'short' } });
  });

  it('counts field by field when the cost could reach the limit, or is unknown', async () => {
    expect((await answer(8192, 9, { text: 'short' })).perField).toBe(true);
    expect((await answer(8192, undefined, { text: 'short' })).perField).toBe(true);
  });
});

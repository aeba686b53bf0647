import type { ApolloServerPlugin } from '@apollo/server';
import type { Context } from '../context';
import { ResponseTooLargeError } from '../errors';

/**
 * Below this many bytes per value an operation's cost bound keeps its answer under the limit unless its
 * strings are unusually long, so the answer is built whole and measured once instead of field by field.
 */
const BYTES_PER_VALUE = 1024;

/**
 * Replaces an answer of more than about `maxBytes` of JSON by one RESPONSE_TOO_LARGE error. An operation
 * whose cost (`costOf`, the cost limit's bound on the number of values) times BYTES_PER_VALUE fits in
 * `maxBytes` is measured once, when it is complete: no per-field hook, which costs every field of every
 * answer. Any other stops building early: every field resolved adds its key and (for a value already on
 * its parent) the value's length, and the fields resolved after the limit fail at once.
 */
export function responseSizePlugin(maxBytes: number, costOf: (context: Context) => number | undefined = () => undefined): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      let bytes = 0;
      let exceeded = false;
      let measureWhole = false;
      return {
        async executionDidStart({ contextValue }) {
          const cost = costOf(contextValue);
          if (cost !== undefined && cost * BYTES_PER_VALUE <= maxBytes) {
            measureWhole = true;
            return;
          }
          return {
            willResolveField({ source, info }) {
              if (!exceeded) {
                bytes += String(info.path.key).length + 4 + jsonLength((source as Record<string, unknown> | null)?.[info.fieldName]);
                exceeded = bytes > maxBytes;
              }
              if (exceeded) throw new ResponseTooLargeError(maxBytes);
            },
          };
        },
        async willSendResponse({ response }) {
          if (response.body.kind !== 'single') return;
          if (measureWhole) exceeded = (JSON.stringify(response.body.singleResult.data) ?? '').length > maxBytes;
          if (!exceeded) return;
          const { message, extensions } = new ResponseTooLargeError(maxBytes);
          response.body.singleResult = { data: null, errors: [{ message, extensions: { code: extensions.code } }] };
        },
      };
    },
  };
}

/** About how long a scalar (or a list of scalars) is in JSON; objects count through their own fields. */
function jsonLength(value: unknown): number {
  if (typeof value === 'string') return value.length + 2;
  if (Array.isArray(value)) return value.reduce((n: number, v) => n + jsonLength(v) + 1, 2);
  return typeof value === 'object' && value !== null ? 2 : 6;
}

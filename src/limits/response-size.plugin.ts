import type { ApolloServerPlugin } from '@apollo/server';
import type { Context } from '../context';
import { ResponseTooLargeError } from '../errors';

/**
 * Stops building an answer once it would exceed about `maxBytes` of JSON: every field resolved adds
 * its key and (for a value already on its parent) the value's length. The fields resolved after that
 * fail at once, and the whole answer is replaced by one RESPONSE_TOO_LARGE error.
 */
export function responseSizePlugin(maxBytes: number): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      let bytes = 0;
      let exceeded = false;
      return {
        async executionDidStart() {
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
          if (!exceeded || response.body.kind !== 'single') return;
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

import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloServerErrorCode } from '@apollo/server/errors';
import { GraphQLError, Kind } from 'graphql';
import type { Context } from '../context';
import { createOperationCostCache } from '../queries/operation-cost';
import type { PageLimits } from '../schema/pagination';

export interface CostLimits extends PageLimits {
  maxCost: number;
}

/** The cost each request's operation was admitted with (a request refused or not yet planned has none). */
const admitted = new WeakMap<Context, number>();

/** The cost bound `costLimitPlugin` computed for this request's operation, if it ran. */
export const admittedCostOf = (context: Context): number | undefined => admitted.get(context);

/**
 * Refuses an operation whose cost (`operationCost`, with the request's variables) exceeds `maxCost`,
 * after validation and before any resolver runs: HTTP 400, GRAPHQL_VALIDATION_FAILED. A repeated operation
 * (same document, operation name and variables) is not walked again.
 */
export function costLimitPlugin(limits: CostLimits): ApolloServerPlugin<Context> {
  const operationCost = createOperationCostCache(limits);
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, operationName, request, contextValue }) {
          let cost: number;
          try {
            cost = operationCost(schema, document, operationName ?? undefined, request.variables ?? {});
          } catch (error) {
            if (!(error instanceof GraphQLError)) throw error;
            // A variable that does not fit its type, or more selections (fragments spread) than the walk takes.
            const onVariable = error.nodes?.some((node) => node.kind === Kind.VARIABLE_DEFINITION) ?? false;
            throw refusal(error.message, onVariable ? ApolloServerErrorCode.BAD_USER_INPUT : ApolloServerErrorCode.GRAPHQL_VALIDATION_FAILED);
          }
          if (cost > limits.maxCost) {
            throw refusal(`Query cost ${Math.round(cost)} exceeds MAX_COST ${limits.maxCost}: ask for smaller pages (first:) or fewer nested lists.`, ApolloServerErrorCode.GRAPHQL_VALIDATION_FAILED);
          }
          admitted.set(contextValue, cost);
        },
      };
    },
  };
}

function refusal(message: string, code: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code, http: { status: 400 } } });
}

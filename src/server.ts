import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerErrorCode, unwrapResolverError } from '@apollo/server/errors';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import type { Config } from './config';
import type { Context } from './context';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { GraphVersion } from './cache/graph-version';
import { responseCachePlugins } from './cache/response-cache';
import { ClientError } from './errors';
import { admittedCostOf, costLimitPlugin } from './limits/cost-limit.plugin';
import { responseSizePlugin } from './limits/response-size.plugin';
import type { Logger } from './logger';
import { buildGraphSchema } from './schema/build-schema';

/** The part of Config the API reads. */
export type ApiConfig = Config['api'];

export interface ServerDeps {
  config: ApiConfig;
  logger: Logger;
  plugins?: ApolloServerPlugin<Context>[];
  /** The graph version the response cache keys on; no response cache without it (or with a TTL of 0). */
  graphVersion?: GraphVersion;
}

/** Errors GraphQL itself raises about the request; safe to show as they are. */
const REQUEST_ERROR_CODES = new Set<string>([
  ApolloServerErrorCode.GRAPHQL_PARSE_FAILED,
  ApolloServerErrorCode.GRAPHQL_VALIDATION_FAILED,
  ApolloServerErrorCode.BAD_USER_INPUT,
  ApolloServerErrorCode.BAD_REQUEST,
  ApolloServerErrorCode.OPERATION_RESOLUTION_FAILURE,
  ApolloServerErrorCode.PERSISTED_QUERY_NOT_FOUND,
  ApolloServerErrorCode.PERSISTED_QUERY_NOT_SUPPORTED,
]);

/** The Apollo server over our schema. No env reads and no listening: tests use it directly. */
export function createServer({ config, logger, plugins = [], graphVersion }: ServerDeps): ApolloServer<Context> {
  const armor = createArmor(config).protect();
  // Without the response cache, Apollo's cache-control plugin (on by default) would still visit every field.
  const cache =
    graphVersion && config.responseCacheTtlSeconds > 0 ? responseCachePlugins(config.responseCacheTtlSeconds, graphVersion) : [ApolloServerPluginCacheControlDisabled() as ApolloServerPlugin<Context>];
  return new ApolloServer<Context>({
    schema: buildGraphSchema(),
    // Apollo's own messages go to the same one-line JSON log, not to the console.
    logger,
    includeStacktraceInErrorResponses: false,
    introspection: true,
    csrfPrevention: true,
    // main.ts owns SIGINT/SIGTERM: Apollo's own handlers re-raise the signal after stopping, which
    // killed the process before it could stop the local Neo4j.
    stopOnTerminationSignals: false,
    allowBatchedHttpRequests: false,
    // graphql-js counts tokens while parsing, so a document over the limit is a parse error (HTTP 400).
    parseOptions: { maxTokens: config.maxTokens },
    validationRules: armor.validationRules,
    plugins: [
      ApolloServerPluginLandingPageDisabled(),
      ...(armor.plugins as ApolloServerPlugin<Context>[]),
      costLimitPlugin(config),
      responseSizePlugin(config.maxResponseBytes, admittedCostOf),
      ...cache,
      ...plugins,
    ],
    formatError: (formatted, error) => formatError(formatted, error, logger),
  });
}

/**
 * Validation limits from the configuration: depth, aliases, directives; no field suggestions in production.
 * Cost is `costLimitPlugin`'s (armor's cost rule sees no variables and no page-size defaults) and tokens are
 * the parser's (armor's token plugin turned every syntax error into an HTTP 500).
 */
export function createArmor(config: ApiConfig): ApolloArmor {
  return new ApolloArmor({
    maxDepth: { n: config.maxDepth, ignoreIntrospection: true },
    costLimit: { enabled: false },
    maxAliases: { n: config.maxAliases },
    maxTokens: { enabled: false },
    maxDirectives: { n: 20 },
    blockFieldSuggestion: { enabled: config.production },
  });
}

/** Keeps our coded errors and GraphQL's request errors; masks the rest as `Unexpected error.` */
export function formatError(formatted: GraphQLFormattedError, error: unknown, logger: Logger): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  if (original instanceof ClientError) return { ...formatted, extensions: { code: original.extensions.code, ...clean(original.extensions) } };
  const code = formatted.extensions?.code;
  if (typeof code === 'string' && REQUEST_ERROR_CODES.has(code)) {
    return { message: formatted.message, locations: formatted.locations, path: formatted.path, extensions: { code } };
  }
  // Apollo refuses some requests with a 4xx status and no code (an APQ hash that does not match its text).
  if ((code === undefined || code === 'INTERNAL_SERVER_ERROR') && formatted.path === undefined && isClientStatus(original)) {
    return { message: formatted.message, extensions: { code: 'BAD_REQUEST' } };
  }
  logger.error({ err: original, path: formatted.path }, 'unexpected error in a resolver');
  return { message: 'Unexpected error.', path: formatted.path, locations: formatted.locations, extensions: { code: ApolloServerErrorCode.INTERNAL_SERVER_ERROR } };
}

function isClientStatus(error: unknown): boolean {
  const status = error instanceof GraphQLError ? (error.extensions.http as { status?: unknown } | undefined)?.status : undefined;
  return typeof status === 'number' && status >= 400 && status < 500;
}

function clean(extensions: Record<string, unknown>): Record<string, unknown> {
  const { stacktrace: _stack, exception: _exception, ...rest } = extensions;
  return rest;
}

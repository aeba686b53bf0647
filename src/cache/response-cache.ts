import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginCacheControl } from '@apollo/server/plugin/cacheControl';
import responseCachePlugin from '@apollo/server-plugin-response-cache';
import type { Context } from '../context';
import type { GraphVersion } from './graph-version';

/**
 * Whole-response caching of queries (never mutations or errors), keyed by operation, variables and the
 * graph version: an ingest makes every cached answer unreachable within one version poll. Answers are
 * kept `ttlSeconds` at most, in memory (Apollo's LRU cache, about 30 MB). No HTTP cache headers are sent.
 */
export function responseCachePlugins(ttlSeconds: number, version: GraphVersion): ApolloServerPlugin<Context>[] {
  const known = () => Promise.resolve(version.current() !== null);
  return [
    ApolloServerPluginCacheControl({ defaultMaxAge: ttlSeconds, calculateHttpHeaders: false }),
    responseCachePlugin<Context>({
      extraCacheKeyData: () => Promise.resolve(version.current()),
      shouldReadFromCache: known,
      shouldWriteToCache: known,
    }),
    {
      async serverWillStart() {
        await version.start();
        return {
          serverWillStop() {
            version.stop();
            return Promise.resolve();
          },
        };
      },
    },
  ];
}

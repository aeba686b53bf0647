import type { AddressInfo } from 'node:net';
import { parentPort, workerData } from 'node:worker_threads';
import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import { Neo4jGraphQL } from '@neo4j/graphql';
import express from 'express';
import neo4j from 'neo4j-driver';
import { peerTypeDefs } from './peer-schema';

/**
 * The peer of bench:api in a worker thread: @neo4j/graphql over the same Neo4j, with type definitions
 * for our graph model (bench/peer-schema.ts), served like our API (Apollo Server 5 on Express 5).
 */
async function serve(): Promise<void> {
  const { uri, user, password, database } = workerData as { uri: string; user: string; password: string; database: string };
  const driver = neo4j.driver(uri, password ? neo4j.auth.basic(user, password) : undefined, { maxConnectionPoolSize: 100 });
  const schema = await new Neo4jGraphQL({ typeDefs: peerTypeDefs(), driver }).getSchema();
  const apollo = new ApolloServer({ schema, introspection: false });
  await apollo.start();
  const app = express();
  app.use('/graphql', express.json({ limit: '1mb' }), expressMiddleware(apollo, { context: async () => ({ sessionConfig: { database } }) }));
  const http = app.listen(0, '127.0.0.1', () => {
    parentPort?.postMessage({ url: `http://127.0.0.1:${(http.address() as AddressInfo).port}` });
  });
  parentPort?.on('message', (message) => {
    if (message === 'stop') {
      http.closeAllConnections();
      http.close(
        () =>
          void apollo
            .stop()
            .then(() => driver.close())
            .then(() => process.exit(0)),
      );
    }
  });
}

void serve();

import { rmSync } from 'node:fs';

/** Stops the throwaway Neo4j of global-setup.ts and deletes its folder. */
export default async function globalTeardown(): Promise<void> {
  const server = globalThis.__TEST_NEO4J__;
  if (!server) return;
  await server.stop();
  rmSync(server.home, { recursive: true, force: true });
}

/** Settings for one local Neo4j instance; see NEO4J-LOCAL notes in the README. */
export interface LocalNeo4jOptions {
  /** Instance folder: conf/, data/, logs/ live here. One server per home. */
  home: string;
  /** Folder with the Neo4j jars (fetched by scripts/bootstrap.mjs). */
  libDir: string;
  /** Bolt port on 127.0.0.1. */
  port: number;
  /** JVM heap, e.g. `1g`. @default 1g */
  heap?: string;
  /** Page cache, e.g. `256m`. @default 256m */
  pageCache?: string;
  /** How long to wait for Bolt to answer. @default 90000 */
  startTimeoutMs?: number;
  /** Java executable. @default `$JAVA_HOME/bin/java` or `java` */
  java?: string;
  /** Restart the server when it dies. @default true */
  supervise?: boolean;
  /** Where the supervisor's lines go (exits, restarts). @default stderr */
  log?: (line: string) => void;
}

/** The neo4j.conf of an instance: loopback only, no HTTP, no auth, bounded memory. */
export function renderConf(o: Required<Pick<LocalNeo4jOptions, 'libDir' | 'port' | 'heap' | 'pageCache'>>): string {
  return [
    'server.default_listen_address=127.0.0.1',
    `server.bolt.listen_address=127.0.0.1:${o.port}`,
    'server.http.enabled=false',
    'server.https.enabled=false',
    'dbms.routing.enabled=false',
    'dbms.security.auth_enabled=false',
    'dbms.usage_report.enabled=false',
    `server.directories.lib=${o.libDir}`,
    `server.memory.heap.initial_size=${o.heap}`,
    `server.memory.heap.max_size=${o.heap}`,
    `server.memory.pagecache.size=${o.pageCache}`,
    'dbms.memory.transaction.total.max=512m',
    'db.tx_log.preallocate=false',
    // Bolt waits 5 s for idle connections and 5 s for its threads at shutdown; a local
    // single-user server has nothing to wait for.
    'internal.server.bolt.thread_pool_shutdown_wait_time=500ms',
    'internal.server.bolt.connection_shutdown_wait_time=500ms',
    'db.tx_log.rotation.retention_policy=2 files',
    // Without these the server dies at start-up with a LinkageError about DirectByteBuffer.
    'server.jvm.additional=--add-opens=java.base/java.nio=ALL-UNNAMED',
    'server.jvm.additional=--add-opens=java.base/java.io=ALL-UNNAMED',
    'server.jvm.additional=--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
    'server.jvm.additional=-Dio.netty.tryReflectionSetAccessible=true',
    '',
  ].join('\n');
}

import { z } from 'zod';

/** Everything the service and the CLIs can be configured with. Read only by `loadConfig`. */
export interface Config {
  neo4j: {
    /** Bolt URI of an existing server (bolt://, neo4j://, neo4j+s://). Unset: start a local Neo4j. */
    uri: string | undefined;
    /** @default neo4j */
    user: string;
    /** Empty for the local server (auth off). */
    password: string;
    /** @default neo4j */
    database: string;
    /** Local server's data folder (git-ignored). @default .neo4j/local */
    localHome: string;
    /** Local server's Bolt port. @default 7687 */
    localPort: number;
    /** Folder of the Neo4j jars. @default neo4j/lib */
    libDir: string;
    /** Local server's JVM heap. @default 1g */
    heap: string;
    /** Local server's page cache. @default 256m */
    pageCache: string;
  };
  http: {
    /** @default 4000 */
    port: number;
    /** @default 127.0.0.1 (0.0.0.0 in the container) */
    host: string;
    /** Allowed CORS origins; empty allows none (same origin only). @default [] */
    corsOrigins: string[];
  };
  api: {
    /** Bearer token for the `reseed` mutation; unset disables it. */
    adminToken: string | undefined;
    /** Database transaction timeout per query. @default 5000 */
    queryTimeoutMs: number;
    /** @default 20 */
    defaultPageSize: number;
    /** @default 100 */
    maxPageSize: number;
    /** Maximum selection depth of an operation. @default 10 */
    maxDepth: number;
    /** Maximum cost of an operation: the most values its answer can hold, page sizes included (see `operationCost`). @default 10000 */
    maxCost: number;
    /** An answer that grows past about this many bytes of JSON is replaced by a RESPONSE_TOO_LARGE error. @default 4194304 */
    maxResponseBytes: number;
    /** Maximum aliases in an operation. @default 20 */
    maxAliases: number;
    /** Maximum tokens in an operation. @default 2000 */
    maxTokens: number;
    /** Seconds a query's whole response stays cached (keyed by the graph version); 0 turns the cache off. @default 60 */
    responseCacheTtlSeconds: number;
    /** How often the graph version is read, i.e. how long an ingest by another process may go unseen. @default 1000 */
    graphVersionPollMs: number;
    /** Hide error details and stack traces (NODE_ENV=production). */
    production: boolean;
  };
  ingest: {
    /** @default seed/articles */
    articlesDir: string;
    /** @default seed/catalog */
    catalogDir: string;
    /** Articles larger than this are skipped with a report. @default 5242880 */
    maxArticleBytes: number;
    /** Run the incremental ingest when the server starts. @default true */
    onStart: boolean;
    /** Articles per write transaction. @default 200 */
    batchSize: number;
  };
  /** pino level. @default info */
  logLevel: string;
  /** `pretty`: readable coloured lines; `json`: one JSON object a line; `auto`: pretty on a terminal outside production. @default auto */
  logFormat: 'auto' | 'pretty' | 'json';
}

const int = (fallback: number, min = 1) => z.coerce.number().int().min(min).default(fallback);
const bool = (fallback: boolean) =>
  z
    .enum(['true', 'false', '1', '0', 'yes', 'no'])
    .default(fallback ? 'true' : 'false')
    .transform((v) => v === 'true' || v === '1' || v === 'yes');
const size = z.string().regex(/^\d+[kmg]$/i, 'expected a size like 512m or 1g');

const Env = z.object({
  NEO4J_URI: z
    .string()
    .regex(/^(bolt|neo4j)(\+s|\+ssc)?:\/\/.+/, 'expected e.g. neo4j://localhost:7687 or neo4j+s://xxxx.databases.neo4j.io')
    .optional(),
  NEO4J_USER: z.string().min(1).default('neo4j'),
  NEO4J_PASSWORD: z.string().default(''),
  NEO4J_DATABASE: z.string().min(1).default('neo4j'),
  NEO4J_LOCAL_HOME: z.string().min(1).default('.neo4j/local'),
  NEO4J_LOCAL_PORT: int(7687).pipe(z.number().max(65535)),
  NEO4J_LIB_DIR: z.string().min(1).default('neo4j/lib'),
  NEO4J_HEAP: size.default('1g'),
  NEO4J_PAGECACHE: size.default('256m'),
  PORT: int(4000, 0).pipe(z.number().max(65535)),
  HOST: z.string().min(1).default('127.0.0.1'),
  CORS_ORIGINS: z.string().default(''),
  ADMIN_TOKEN: z.string().min(8, 'expected at least 8 characters').optional(),
  QUERY_TIMEOUT_MS: int(5000),
  DEFAULT_PAGE_SIZE: int(20),
  MAX_PAGE_SIZE: int(100),
  MAX_DEPTH: int(10),
  MAX_COST: int(10_000),
  MAX_RESPONSE_BYTES: int(4 * 1024 * 1024),
  MAX_ALIASES: int(20),
  MAX_TOKENS: int(2000),
  RESPONSE_CACHE_TTL_SECONDS: int(60, 0),
  GRAPH_VERSION_POLL_MS: int(1000),
  NODE_ENV: z.string().default('development'),
  ARTICLES_DIR: z.string().min(1).default('seed/articles'),
  CATALOG_DIR: z.string().min(1).default('seed/catalog'),
  MAX_ARTICLE_BYTES: int(5 * 1024 * 1024),
  INGEST_ON_START: bool(true),
  INGEST_BATCH_SIZE: int(200),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  LOG_FORMAT: z.enum(['auto', 'pretty', 'json']).default('auto'),
});

/** Configuration could not be loaded; the message lists every problem. */
export class ConfigError extends Error {
  override name = 'ConfigError';
}

/** Reads and validates the environment; throws one `ConfigError` naming every bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = Env.safeParse(cleaned);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => {
      const name = String(i.path[0]);
      return `${name}=${JSON.stringify(env[name] ?? '')}: ${i.message}`;
    });
    throw new ConfigError(`loadConfig: invalid configuration:\n  ${problems.join('\n  ')}\n(see .env.example)`);
  }
  const e = parsed.data;
  if (e.DEFAULT_PAGE_SIZE > e.MAX_PAGE_SIZE) {
    throw new ConfigError(`loadConfig: DEFAULT_PAGE_SIZE (${e.DEFAULT_PAGE_SIZE}) must not exceed MAX_PAGE_SIZE (${e.MAX_PAGE_SIZE})`);
  }
  return {
    neo4j: {
      uri: e.NEO4J_URI,
      user: e.NEO4J_USER,
      password: e.NEO4J_PASSWORD,
      database: e.NEO4J_DATABASE,
      localHome: e.NEO4J_LOCAL_HOME,
      localPort: e.NEO4J_LOCAL_PORT,
      libDir: e.NEO4J_LIB_DIR,
      heap: e.NEO4J_HEAP,
      pageCache: e.NEO4J_PAGECACHE,
    },
    http: {
      port: e.PORT,
      host: e.HOST,
      corsOrigins: e.CORS_ORIGINS.split(',')
        .map((s) => s.trim())
        .filter(Boolean),
    },
    api: {
      adminToken: e.ADMIN_TOKEN,
      queryTimeoutMs: e.QUERY_TIMEOUT_MS,
      defaultPageSize: e.DEFAULT_PAGE_SIZE,
      maxPageSize: e.MAX_PAGE_SIZE,
      maxDepth: e.MAX_DEPTH,
      maxCost: e.MAX_COST,
      maxResponseBytes: e.MAX_RESPONSE_BYTES,
      maxAliases: e.MAX_ALIASES,
      maxTokens: e.MAX_TOKENS,
      responseCacheTtlSeconds: e.RESPONSE_CACHE_TTL_SECONDS,
      graphVersionPollMs: e.GRAPH_VERSION_POLL_MS,
      production: e.NODE_ENV === 'production',
    },
    ingest: {
      articlesDir: e.ARTICLES_DIR,
      catalogDir: e.CATALOG_DIR,
      maxArticleBytes: e.MAX_ARTICLE_BYTES,
      onStart: e.INGEST_ON_START,
      batchSize: e.INGEST_BATCH_SIZE,
    },
    logLevel: e.LOG_LEVEL,
    logFormat: e.LOG_FORMAT,
  };
}

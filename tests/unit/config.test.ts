import { ConfigError, loadConfig } from '../../src/config';

describe('loadConfig', () => {
  it('gives working defaults for an empty environment', () => {
    const config = loadConfig({});
    expect(config.neo4j.uri).toBeUndefined();
    expect(config.neo4j.localPort).toBe(7687);
    expect(config.http.port).toBe(4000);
    expect(config.api.adminToken).toBeUndefined();
    expect(config.api.defaultPageSize).toBeLessThanOrEqual(config.api.maxPageSize);
    expect(config.ingest.articlesDir).toBe('seed/articles');
  });

  it('accepts routing and TLS URIs', () => {
    for (const uri of ['bolt://db:7687', 'neo4j://db:7687', 'neo4j+s://abc.databases.neo4j.io', 'bolt+ssc://h:1']) {
      expect(loadConfig({ NEO4J_URI: uri }).neo4j.uri).toBe(uri);
    }
  });

  it('names every bad variable at once, with what it expected', () => {
    let error: unknown;
    try {
      loadConfig({ NEO4J_URI: 'http://db', PORT: 'eighty', LOG_LEVEL: 'loud', NEO4J_HEAP: 'lots' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const message = (error as Error).message;
    expect(message).toMatch(/NEO4J_URI="http:\/\/db": expected e\.g\. neo4j:\/\/localhost:7687/);
    expect(message).toMatch(/PORT="eighty"/);
    expect(message).toMatch(/LOG_LEVEL="loud"/);
    expect(message).toMatch(/NEO4J_HEAP="lots": expected a size like 512m or 1g/);
  });

  it('rejects a default page size above the maximum', () => {
    expect(() => loadConfig({ DEFAULT_PAGE_SIZE: '50', MAX_PAGE_SIZE: '10' })).toThrow(/DEFAULT_PAGE_SIZE \(50\) must not exceed MAX_PAGE_SIZE \(10\)/);
  });

  it('treats empty variables as unset and parses booleans and lists', () => {
    const config = loadConfig({ NEO4J_URI: '', INGEST_ON_START: 'false', CORS_ORIGINS: 'http://a.test, http://b.test' });
    expect(config.neo4j.uri).toBeUndefined();
    expect(config.ingest.onStart).toBe(false);
    expect(config.http.corsOrigins).toEqual(['http://a.test', 'http://b.test']);
  });
});

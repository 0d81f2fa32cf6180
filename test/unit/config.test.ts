import path from 'node:path';
import { ConfigError, loadConfig, PROJECT_ROOT } from '../../src/config';

function problemsOf(env: NodeJS.ProcessEnv): string[] {
  try {
    loadConfig(env);
  } catch (err) {
    if (err instanceof ConfigError) return err.problems;
    throw err;
  }
  return [];
}

describe('loadConfig', () => {
  it('gives defaults for an empty environment: local Neo4j, no auth, mutations off', () => {
    const config = loadConfig({});
    expect(config).toEqual({
      neo4j: {
        uri: undefined,
        user: 'neo4j',
        password: undefined,
        database: 'neo4j',
        local: {
          dataDir: path.join(PROJECT_ROOT, '.neo4j', 'data'),
          port: 0,
          heap: '512m',
          pageCache: '64m',
          cacheDir: undefined,
          javaHome: undefined,
        },
      },
      http: { host: '127.0.0.1', port: 4000, corsOrigins: [], bodyLimit: 2 * 1024 * 1024, ingestBodyLimit: 16 * 1024 * 1024, requestTimeoutMs: 60_000 },
      apiKey: undefined,
      logLevel: 'info',
      nodeEnv: 'development',
    });
  });

  it('reads every variable', () => {
    const config = loadConfig({
      NEO4J_URI: 'neo4j+s://db.example.org:7687',
      NEO4J_USER: 'reader',
      NEO4J_PASSWORD: 'secret-password',
      NEO4J_DATABASE: 'diplo',
      HOST: '0.0.0.0',
      PORT: '8080',
      DIPLOGRAPH_API_KEY: 'a-long-enough-api-key',
      DIPLOGRAPH_CORS_ORIGINS: 'https://a.example.org, http://localhost:3000',
      DIPLOGRAPH_BODY_LIMIT: '512kb',
      DIPLOGRAPH_INGEST_BODY_LIMIT: '32mb',
      DIPLOGRAPH_REQUEST_TIMEOUT_MS: '15000',
      LOG_LEVEL: 'debug',
      NODE_ENV: 'production',
      NEO4J_LOCAL_DATA_DIR: '/var/lib/diplograph',
      NEO4J_LOCAL_PORT: '7688',
      NEO4J_LOCAL_HEAP: '1G',
      NEO4J_LOCAL_PAGECACHE: '128m',
      DIPLOGRAPH_CACHE_DIR: '/var/cache/diplograph',
      JAVA_HOME: '/usr/lib/jvm/java-17',
    });
    expect(config.neo4j).toEqual({
      uri: 'neo4j+s://db.example.org:7687',
      user: 'reader',
      password: 'secret-password',
      database: 'diplo',
      local: {
        dataDir: '/var/lib/diplograph',
        port: 7688,
        heap: '1g',
        pageCache: '128m',
        cacheDir: '/var/cache/diplograph',
        javaHome: '/usr/lib/jvm/java-17',
      },
    });
    expect(config.http).toEqual({
      host: '0.0.0.0',
      port: 8080,
      corsOrigins: ['https://a.example.org', 'http://localhost:3000'],
      bodyLimit: 512 * 1024,
      ingestBodyLimit: 32 * 1024 * 1024,
      requestTimeoutMs: 15_000,
    });
    expect(config.apiKey).toBe('a-long-enough-api-key');
    expect(config.logLevel).toBe('debug');
    expect(config.nodeEnv).toBe('production');
  });

  it.each(['neo4j://h:7687', 'neo4j+s://h', 'neo4j+ssc://h', 'bolt://h:7687', 'bolt+s://h', 'bolt+ssc://h'])(
    'accepts the URI scheme of %s',
    (uri) => {
      expect(loadConfig({ NEO4J_URI: uri }).neo4j.uri).toBe(uri);
    },
  );

  it('treats empty and blank values as unset', () => {
    const config = loadConfig({ NEO4J_URI: '', PORT: ' ', LOG_LEVEL: '', NEO4J_PASSWORD: '' });
    expect(config.neo4j.uri).toBeUndefined();
    expect(config.neo4j.password).toBeUndefined();
    expect(config.http.port).toBe(4000);
    expect(config.logLevel).toBe('info');
  });

  it('resolves a relative local data directory against the project root', () => {
    expect(loadConfig({ NEO4J_LOCAL_DATA_DIR: 'tmp/neo' }).neo4j.local.dataDir).toBe(path.join(PROJECT_ROOT, 'tmp/neo'));
  });

  it('lists every problem in one error', () => {
    const problems = problemsOf({
      NEO4J_URI: 'http://localhost:7474',
      PORT: 'eighty',
      NEO4J_LOCAL_PORT: '70000',
      LOG_LEVEL: 'loud',
      NODE_ENV: 'staging',
      DIPLOGRAPH_API_KEY: 'short',
      NEO4J_LOCAL_HEAP: 'lots',
      NEO4J_LOCAL_PAGECACHE: '64',
      NEO4J_USER: 'someone',
    });
    expect(problems).toHaveLength(9);
    const text = problems.join('\n');
    for (const name of [
      'NEO4J_URI',
      'PORT must be',
      'NEO4J_LOCAL_PORT',
      'LOG_LEVEL',
      'NODE_ENV',
      'DIPLOGRAPH_API_KEY',
      'NEO4J_LOCAL_HEAP',
      'NEO4J_LOCAL_PAGECACHE',
      'NEO4J_USER is set without NEO4J_PASSWORD',
    ]) {
      expect(text).toContain(name);
    }
  });

  it('refuses wildcard or inexact CORS origins and bad sizes, accepts several API keys', () => {
    const problems = problemsOf({ DIPLOGRAPH_CORS_ORIGINS: '*,https://a.example.org/', DIPLOGRAPH_BODY_LIMIT: 'huge', DIPLOGRAPH_API_KEY: 'a-long-enough-api-key,short' });
    expect(problems).toHaveLength(4);
    expect(loadConfig({ DIPLOGRAPH_API_KEY: 'first-key-0123456789,second-key-0123456789' }).apiKey).toBe('first-key-0123456789,second-key-0123456789');
  });

  it('puts every problem in the message, one per line', () => {
    expect(() => loadConfig({ PORT: '-1', LOG_LEVEL: 'loud' })).toThrow(
      /^Invalid configuration:\n {2}- PORT must be a port number 0-65535, got "-1"\n {2}- LOG_LEVEL: .+$/,
    );
  });

  it('requires a local-Neo4j password of at least 8 characters', () => {
    expect(problemsOf({ NEO4J_PASSWORD: 'short' })).toEqual([
      'NEO4J_PASSWORD must have at least 8 characters for the local Neo4j',
    ]);
    expect(problemsOf({ NEO4J_PASSWORD: 'long-enough' })).toEqual([]);
  });
});

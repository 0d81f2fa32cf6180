import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { PROJECT_ROOT } from '../../src/config';

interface Service {
  image?: string;
  build?: unknown;
  environment?: Record<string, string>;
  volumes?: string[];
  healthcheck?: { test: string[] };
  depends_on?: Record<string, { condition: string }>;
}

const compose = parse(fs.readFileSync(path.join(PROJECT_ROOT, 'docker-compose.yml'), 'utf8')) as {
  services: Record<string, Service>;
  volumes?: Record<string, unknown>;
};
const config = fs.readFileSync(path.join(PROJECT_ROOT, 'src/config.ts'), 'utf8');

describe('docker-compose.yml', () => {
  const neo4j = compose.services.neo4j!;
  const app = compose.services.diplograph!;

  it('runs Neo4j 5.26 community with its data on a named volume', () => {
    expect(neo4j.image).toBe('neo4j:5.26-community');
    const volume = neo4j.volumes?.find((v) => v.endsWith(':/data'));
    expect(volume).toBeDefined();
    expect(Object.keys(compose.volumes ?? {})).toContain(volume!.split(':')[0]);
  });

  it('checks Neo4j health with cypher-shell', () => {
    expect(neo4j.healthcheck?.test[0]).toMatch(/^CMD(-SHELL)?$/);
    expect(neo4j.healthcheck?.test.join(' ')).toMatch(/cypher-shell .*RETURN 1/);
  });

  it('starts the service only once Neo4j is healthy', () => {
    expect(app.build).toBeDefined();
    expect(app.depends_on?.neo4j?.condition).toBe('service_healthy');
  });

  it('passes the connection settings under the names the config reads', () => {
    const env = app.environment ?? {};
    expect(env.NEO4J_URI).toBe('bolt://neo4j:7687');
    for (const name of ['NEO4J_URI', 'NEO4J_USER', 'NEO4J_PASSWORD']) {
      expect(Object.keys(env)).toContain(name);
      expect(config).toContain(`${name}:`);
    }
  });

  it('gives the service the same password Neo4j was started with', () => {
    const auth = neo4j.environment?.NEO4J_AUTH ?? '';
    expect(auth).toBe(`neo4j/${app.environment?.NEO4J_PASSWORD}`);
    expect(app.environment?.NEO4J_USER).toBe('neo4j');
  });
});

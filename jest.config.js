// Two projects so that the fast, pure tests never wait for a database:
//  - unit: extraction, article parsing, write planning, config — no I/O;
//  - integration: everything that talks to the real Neo4j (and the browser test); its
//    global setup starts a local Neo4j when NEO4J_URI is unset and stops it afterwards.
// ts-jest only transpiles (tsconfig isolatedModules); `npm test` runs `tsc --noEmit` first,
// so type errors fail the run once instead of slowing every test file.
const transform = { '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.json' }] };

/** @type {import('jest').Config} */
module.exports = {
  testTimeout: 60000,
  // Integration files share one Neo4j; two workers keep both cores busy without starving it.
  maxWorkers: 2,
  projects: [
    {
      displayName: 'unit',
      testEnvironment: 'node',
      roots: ['<rootDir>/test/unit'],
      testMatch: ['**/*.test.ts'],
      transform,
    },
    {
      displayName: 'integration',
      testEnvironment: 'node',
      roots: ['<rootDir>/test/integration'],
      testMatch: ['**/*.test.ts'],
      transform,
      globalSetup: '<rootDir>/test/support/global-setup.ts',
      globalTeardown: '<rootDir>/test/support/global-teardown.ts',
    },
  ],
};

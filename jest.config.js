/**
 * One runner, six kinds of test. `unit` and `api` run in Node against the real embedded database, and so does `fuzz`, the contract fuzzer;
 * `client` renders components in jsdom with stand-ins for Taro's host components; `build` checks what the
 * builds produce (the weapp package budget, the code the phones run); `e2e` drives the H5 build in Debian's
 * Chromium through the same server `npm start` runs.
 *
 * Code goes through @swc/jest: measured on the project's 401 source and test files, it transforms them 14–28×
 * faster than babel-jest with babel-preset-taro (2–5 s against 52–62 s of CPU, which every cold run and every
 * CI run pays). Tests are plain Node/jsdom code, so nothing the Taro build's babel plugins add is needed here.
 * ESM-only packages get the same transform, which rewrites only their module syntax at this target.
 */
const swc = (parser) => [
  '@swc/jest',
  { jsc: { parser, transform: { react: { runtime: 'automatic' } }, target: 'es2022' }, module: { type: 'commonjs' } }
]
const ESM_ONLY = ['marked', 'kdbush', 'geokdbush', 'tinyqueue']

const shared = {
  moduleNameMapper: { '^@/(.*)$': '<rootDir>/src/$1' },
  transformIgnorePatterns: [`/node_modules/(?!(${ESM_ONLY.join('|')})/)`],
  moduleFileExtensions: ['ts', 'tsx', 'js', 'mjs', 'cjs', 'jsx', 'json'],
  transform: {
    '^.+\\.tsx$': swc({ syntax: 'typescript', tsx: true }),
    '^.+\\.ts$': swc({ syntax: 'typescript', tsx: false }),
    '^.+\\.m?jsx?$': swc({ syntax: 'ecmascript', jsx: true })
  }
}

module.exports = {
  reporters: ['default', '<rootDir>/tests/support/summary-reporter.js'],
  // Two cores here and in CI: one worker per core; the api and e2e files spend most of their time waiting.
  maxWorkers: 2,
  // A budget, not a measurement: on a busy two-core machine a component test can wait seconds for a CPU. Tests
  // wait on what the user sees; this only stops one that hangs.
  testTimeout: 60_000,
  // A worker's 'exit' event fires within 2 ms of jest asking it to end (no handle is left open), but the OS then
  // takes 0.6 s to tear down a 230 MB worker full of vm contexts on a busy two-core machine; jest's default of
  // 500 ms killed it and printed "A worker process has failed to exit gracefully" on every run.
  workerGracefulExitTimeout: 5_000,
  projects: [
    { ...shared, displayName: 'unit', testEnvironment: '<rootDir>/tests/support/node-environment.js', testMatch: ['<rootDir>/tests/unit/**/*.test.ts'] },
    {
      ...shared,
      displayName: 'api',
      testEnvironment: '<rootDir>/tests/support/node-environment.js',
      testMatch: ['<rootDir>/tests/api/**/*.test.ts'],
      setupFilesAfterEnv: ['<rootDir>/tests/api/support/setup.ts']
    },
    {
      // The contract fuzzer (tests/fuzz): a few thousand generated and mutated calls against the embedded database.
      ...shared,
      displayName: 'fuzz',
      testEnvironment: '<rootDir>/tests/support/node-environment.js',
      testMatch: ['<rootDir>/tests/fuzz/**/*.test.ts'],
      setupFilesAfterEnv: ['<rootDir>/tests/api/support/setup.ts']
    },
    {
      ...shared,
      displayName: 'client',
      testEnvironment: 'jsdom',
      testMatch: ['<rootDir>/tests/client/**/*.test.tsx'],
      moduleNameMapper: {
        ...shared.moduleNameMapper,
        '^@tarojs/components$': '<rootDir>/tests/client/support/taro-components.tsx',
        '^@tarojs/taro$': '<rootDir>/tests/client/support/taro.ts',
        '\\.s?css$': '<rootDir>/tests/client/support/style-stub.js'
      },
      setupFilesAfterEnv: ['<rootDir>/tests/client/support/setup.ts']
    },
    {
      ...shared,
      displayName: 'build',
      testEnvironment: '<rootDir>/tests/support/node-environment.js',
      testMatch: ['<rootDir>/tests/build/**/*.test.ts'],
      globalSetup: '<rootDir>/tests/build/support/build-weapp-once.ts',
      setupFilesAfterEnv: ['<rootDir>/tests/support/long-timeout.ts']
    },
    {
      ...shared,
      displayName: 'e2e',
      testEnvironment: '<rootDir>/tests/support/node-environment.js',
      testMatch: ['<rootDir>/tests/e2e/**/*.test.ts'],
      globalSetup: '<rootDir>/tests/e2e/support/build-once.ts',
      setupFilesAfterEnv: ['<rootDir>/tests/support/long-timeout.ts']
    }
  ]
}

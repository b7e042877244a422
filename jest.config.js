/**
 * One runner, five kinds of test. `unit` and `api` run in Node against the real embedded database;
 * `client` renders components in jsdom with stand-ins for Taro's host components; `build` checks what the
 * builds produce (the weapp package budget, the code the phones run); `e2e` drives the H5 build in Debian's
 * Chromium through the same server `npm start` runs.
 *
 * TypeScript goes through babel-jest with the project's own babel config (babel-preset-taro), the transform
 * the Taro build uses, so tests run the code the app ships. ESM-only packages are transformed too.
 */
const ESM_ONLY = ['marked', 'kdbush', 'geokdbush', 'tinyqueue']

const shared = {
  moduleNameMapper: { '^@/(.*)$': '<rootDir>/src/$1' },
  transformIgnorePatterns: [`/node_modules/(?!(${ESM_ONLY.join('|')})/)`],
  moduleFileExtensions: ['ts', 'tsx', 'js', 'mjs', 'cjs', 'jsx', 'json'],
  transform: {
    // ESM-only packages ship modern JavaScript that Node runs as it is: only their module syntax is rewritten.
    '/node_modules/.+\\.m?js$': ['babel-jest', { babelrc: false, configFile: false, plugins: ['@babel/plugin-transform-modules-commonjs'] }],
    '^.+\\.(t|j|mj)sx?$': 'babel-jest'
  }
}

module.exports = {
  reporters: ['default', '<rootDir>/tests/support/summary-reporter.js'],
  // Two cores here and in CI: one worker per core; the api and e2e files spend most of their time waiting.
  maxWorkers: 2,
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

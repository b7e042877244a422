import path from 'node:path'
import { defineConfig } from 'vitest/config'

const src = path.resolve(__dirname, 'src')
const alias = { '@': src }

/**
 * One runner, five kinds of test. `unit` and `api` run in Node against the real embedded database;
 * `client` renders components in jsdom with stand-ins for Taro's host components; `e2e` drives the H5
 * build in Debian's Chromium through the same server `npm start` runs; `build` checks what the builds produce
 * (the weapp main package budget).
 */
export default defineConfig({
  resolve: { alias },
  test: {
    reporters: ['default'],
    projects: [
      { resolve: { alias }, test: { name: 'unit', environment: 'node', include: ['tests/unit/**/*.test.ts'] } },
      {
        resolve: { alias },
        test: {
          name: 'api',
          environment: 'node',
          include: ['tests/api/**/*.test.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          pool: 'forks'
        }
      },
      {
        resolve: {
          alias: {
            ...alias,
            '@tarojs/components': path.resolve(__dirname, 'tests/client/support/taro-components.tsx'),
            '@tarojs/taro': path.resolve(__dirname, 'tests/client/support/taro.ts')
          }
        },
        test: {
          name: 'client',
          environment: 'jsdom',
          include: ['tests/client/**/*.test.tsx'],
          setupFiles: ['tests/client/support/setup.ts']
        }
      },
      {
        resolve: { alias },
        test: { name: 'build', environment: 'node', include: ['tests/build/**/*.test.ts'], testTimeout: 300_000 }
      },
      {
        resolve: { alias },
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['tests/e2e/**/*.test.ts'],
          testTimeout: 120_000,
          hookTimeout: 300_000,
          pool: 'forks',
          poolOptions: { forks: { singleFork: true } }
        }
      }
    ]
  }
})

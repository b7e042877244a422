// The architecture's boundaries (../shared/DESIGN.md) as lint rules, so they hold by construction:
// the domain imports no framework, only repositories touch the database, only the API client talks
// to the network. tests/unit/lint-boundaries.test.ts proves each rule fires.
// CommonJS, so the boundary test can hand this very config to ESLint inside jest (no dynamic import there).
const { builtinModules } = require('node:module')
const js = require('@eslint/js')
const reactHooks = require('eslint-plugin-react-hooks')
const tseslint = require('typescript-eslint')

// Node's built-ins by their bare names too (`fs`, `fs/promises`), not only as `node:fs`. Exact names, not
// patterns: a pattern `domain` (a deprecated built-in) would also match every path through src/domain.
const BARE_NODE_BUILTINS = builtinModules.filter((name) => !name.startsWith('_') && !name.startsWith('node:'))
const FRAMEWORKS = ['@tarojs/*', 'react', 'react-dom', 'react/*', 'zustand', 'zustand/*', 'pg', '@electric-sql/*', 'node:*', 'wx-server-sdk']
const DATABASE_DRIVERS = ['pg', '@electric-sql/*']
const APP_LAYERS = ['**/pages/**', '**/components/**', '**/stores/**', '**/services/**', '@/pages/*', '@/components/*', '@/stores/*', '@/services/*']
const SERVER_LAYERS = ['**/cloud/**', '@/cloud/*']
// Another context's repository, reached by a sibling path. A service asks the owning context's service instead.
const OTHER_CONTEXTS_REPOSITORIES = ['../*/*-repository', '../*/*-repository.ts', '@/cloud/*/*-repository']
// Folders that wire every context together and may reach any repository: the composition root, start-up sample
// data (and the folders they replace while the restructuring lands), the database seam and the per-function entries.
const COMPOSITION_FOLDERS = ['src/cloud/app/**', 'src/cloud/sample-data/**', 'src/cloud/db/**', 'src/cloud/functions/**']
const REPOSITORY_FILES = ['src/cloud/**/*-repository.ts']

const networkCalls = [
  { selector: "MemberExpression[object.name='Taro'][property.name=/^(request|cloud|uploadFile|downloadFile|connectSocket)$/]", message: 'Only src/services/api-client.ts talks to the network.' },
  { selector: "CallExpression[callee.name='fetch']", message: 'Only src/services/api-client.ts talks to the network.' },
  { selector: "NewExpression[callee.name=/^(XMLHttpRequest|WebSocket)$/]", message: 'Only src/services/api-client.ts talks to the network.' }
]

// China time is UTC+8 by arithmetic in src/domain/shared/clock.ts, never through Intl time zones: Android
// WeChat's JS engine ignores or lacks their data and would follow the phone's zone.
const CHINA_TIME_MESSAGE = 'China time comes from src/domain/shared/clock.ts (fixed UTC+8), never from Intl time zones.'
const intlTimeZones = [
  { selector: "CallExpression[callee.property.name='tz']", message: CHINA_TIME_MESSAGE },
  { selector: "Literal[value=/^(Asia\\/(Shanghai|Chongqing|Harbin|Urumqi)|PRC)$/]", message: CHINA_TIME_MESSAGE },
  { selector: "TemplateElement[value.raw=/Asia\\/Shanghai/]", message: CHINA_TIME_MESSAGE },
  { selector: "Property[key.name='timeZone']", message: CHINA_TIME_MESSAGE }
]

// import('…') is not an import declaration, so no-restricted-imports misses it; the app must not lazy-load the
// server either (it would bundle server code, database drivers included, into the mini-program).
// (esquery's regular expressions cannot hold a slash, so \x2F stands for one.)
const SERVER_MODULE = '/(^|\\x2F)cloud(\\x2F|$)/'
const dynamicServerImports = [
  { selector: `ImportExpression[source.value=${SERVER_MODULE}]`, message: 'The app reaches the server only through src/services/api-client.ts.' },
  { selector: `CallExpression[callee.name='require'][arguments.0.value=${SERVER_MODULE}]`, message: 'The app reaches the server only through src/services/api-client.ts.' }
]
// The database seam's calls: `.query(…)` anywhere, `.exec(…)` on something named like a database (a RegExp's
// exec is fine). Only repositories and src/cloud/db run SQL.
const DATABASE_NAMES = '/^(db|database|q|tx|queryable|client|pool|pg|pglite)$/'
const sqlCalls = [
  { selector: "CallExpression[callee.property.name='query']", message: 'SQL belongs in a *-repository.ts; services call repositories.' },
  { selector: `CallExpression[callee.property.name='exec'][callee.object.name=${DATABASE_NAMES}]`, message: 'SQL belongs in a *-repository.ts; services call repositories.' },
  { selector: `CallExpression[callee.property.name='exec'][callee.object.property.name=${DATABASE_NAMES}]`, message: 'SQL belongs in a *-repository.ts; services call repositories.' }
]

const restrict = (patterns, builtinsMessage) => [
  'error',
  {
    patterns: patterns.map((group) => ({ group: group.group, message: group.message })),
    ...(builtinsMessage ? { paths: BARE_NODE_BUILTINS.map((name) => ({ name, message: builtinsMessage })) } : {})
  }
]

module.exports = tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', '.data/**', 'coverage/**', 'babel.config.js'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2022, sourceType: 'module' },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': 'off'
    }
  },
  {
    // The two classic rules: hooks called in the same order every render, and effects that see current values.
    // (The plugin's React Compiler rules are left out: the app is not built with the compiler.)
    files: ['src/**/*.tsx', 'src/**/use-*.ts', 'tests/client/**/*.tsx'],
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'error' }
  },
  {
    // Config files and jest's plugins are CommonJS run by Node itself.
    files: ['**/*.js'],
    languageOptions: {
      sourceType: 'commonjs',
      globals: { require: 'readonly', module: 'writable', process: 'readonly', __dirname: 'readonly' }
    },
    rules: { '@typescript-eslint/no-require-imports': 'off' }
  },
  {
    // Plain scripts the H5 page loads before the app, in the browser.
    files: ['src/h5/**/*.js'],
    languageOptions: { sourceType: 'script', globals: { window: 'readonly', setTimeout: 'readonly' } }
  },
  {
    // Every later block that lists no-restricted-syntax repeats these: a later list replaces an earlier one.
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/domain/shared/clock.ts'],
    rules: { 'no-restricted-syntax': ['error', ...intlTimeZones] }
  },
  {
    files: ['src/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': restrict([
        { group: FRAMEWORKS, message: 'The domain is plain TypeScript: no framework, database or Node imports.' },
        { group: [...SERVER_LAYERS, ...APP_LAYERS], message: 'The domain depends on nothing else in the project.' }
      ], 'The domain is plain TypeScript: no framework, database or Node imports.')
    }
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/domain/**', 'src/cloud/db/**', 'src/cloud/**/*-repository.ts'],
    rules: {
      'no-restricted-imports': restrict([
        { group: DATABASE_DRIVERS, message: 'Only repositories and src/cloud/db touch the database.' }
      ])
    }
  },
  {
    files: ['src/cloud/**/*.ts'],
    ignores: ['src/cloud/db/**', ...REPOSITORY_FILES],
    rules: {
      'no-restricted-imports': restrict([
        { group: DATABASE_DRIVERS, message: 'Only repositories and src/cloud/db touch the database.' },
        { group: APP_LAYERS, message: 'The server does not import the app.' }
      ]),
      'no-restricted-syntax': ['error', ...sqlCalls, ...intlTimeZones]
    }
  },
  {
    // A context's services, handlers and views read another context's data through that context's service, so
    // each table has one owner that keeps its rules.
    files: ['src/cloud/**/*.ts'],
    ignores: [...COMPOSITION_FOLDERS, ...REPOSITORY_FILES],
    rules: {
      'no-restricted-imports': restrict([
        { group: DATABASE_DRIVERS, message: 'Only repositories and src/cloud/db touch the database.' },
        { group: APP_LAYERS, message: 'The server does not import the app.' },
        { group: OTHER_CONTEXTS_REPOSITORIES, message: "Another context's data is read through that context's service, not its repository." }
      ])
    }
  },
  {
    files: ['src/cloud/**/*.ts'],
    ignores: ['src/cloud/**/*-gateway.ts'],
    rules: {
      'no-restricted-globals': ['error', { name: 'fetch', message: 'Outgoing calls to other services go through a *-gateway.ts.' }]
    }
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/domain/**', 'src/cloud/**', 'src/services/api-client.ts'],
    rules: {
      'no-restricted-imports': restrict([
        { group: [...SERVER_LAYERS, 'node:*'], message: 'The app reaches the server only through src/services/api-client.ts.' }
      ], 'The app runs in a phone or a browser: no Node built-ins.'),
      'no-restricted-syntax': ['error', ...networkCalls, ...dynamicServerImports, ...intlTimeZones]
    }
  }
)

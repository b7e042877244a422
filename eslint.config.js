// The architecture's boundaries (../shared/DESIGN.md) as lint rules, so they hold by construction:
// the domain imports no framework, only repositories touch the database, only the API client talks
// to the network. tests/unit/lint-boundaries.test.ts proves each rule fires.
// CommonJS, so the boundary test can hand this very config to ESLint inside jest (no dynamic import there).
const js = require('@eslint/js')
const tseslint = require('typescript-eslint')

const FRAMEWORKS = ['@tarojs/*', 'react', 'react-dom', 'react/*', 'zustand', 'zustand/*', 'pg', '@electric-sql/*', 'node:*', 'wx-server-sdk']
const DATABASE_DRIVERS = ['pg', '@electric-sql/*']
const APP_LAYERS = ['**/pages/**', '**/components/**', '**/stores/**', '**/services/**', '@/pages/*', '@/components/*', '@/stores/*', '@/services/*']
const SERVER_LAYERS = ['**/cloud/**', '@/cloud/*']

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

const restrict = (patterns) => ['error', { patterns: patterns.map((group) => ({ group: group.group, message: group.message })) }]

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
    // Config files and jest's plugins are CommonJS run by Node itself.
    files: ['**/*.js'],
    languageOptions: {
      sourceType: 'commonjs',
      globals: { require: 'readonly', module: 'writable', process: 'readonly', __dirname: 'readonly' }
    },
    rules: { '@typescript-eslint/no-require-imports': 'off' }
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
      ])
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
    ignores: ['src/cloud/db/**', 'src/cloud/**/*-repository.ts'],
    rules: {
      'no-restricted-imports': restrict([
        { group: DATABASE_DRIVERS, message: 'Only repositories and src/cloud/db touch the database.' },
        { group: APP_LAYERS, message: 'The server does not import the app.' }
      ]),
      'no-restricted-syntax': [
        'error',
        { selector: "CallExpression[callee.property.name='query']", message: 'SQL belongs in a *-repository.ts; services call repositories.' },
        ...intlTimeZones
      ]
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
      'no-restricted-imports': restrict([{ group: SERVER_LAYERS, message: 'The app reaches the server only through src/services/api-client.ts.' }]),
      'no-restricted-syntax': ['error', ...networkCalls, ...intlTimeZones]
    }
  }
)

import { writeFileSync } from 'node:fs'
import path from 'node:path'
import { defineConfig, type UserConfigExport } from '@tarojs/cli'
import type { Compiler } from 'webpack'
import devConfig from './dev'
import prodConfig from './prod'

// Taro build configuration: https://docs.taro.zone/docs/next/config-detail
export default defineConfig<'webpack5'>(async (merge) => {
  const baseConfig: UserConfigExport<'webpack5'> = {
    projectName: 'tuoyu-tong',
    date: '2026-11-23',
    designWidth: 750,
    deviceRatio: {
      640: 2.34 / 2,
      750: 1,
      375: 2,
      828: 1.81 / 2
    },
    sourceRoot: 'src',
    outputRoot: `dist/${process.env.TARO_ENV}`,
    plugins: [],
    defineConstants: {},
    // Build-time settings the app reads as process.env.*: where the HTTP API lives (empty = same origin)
    // and the WeChat cloud environment (empty = call the HTTP API on weapp too). A .env file may override.
    env: {
      TARO_APP_API_BASE: JSON.stringify(process.env.TARO_APP_API_BASE ?? ''),
      TARO_APP_CLOUD_ENV: JSON.stringify(process.env.TARO_APP_CLOUD_ENV ?? ''),
      // The WeChat subscribe-message template for complaint progress (empty = in-app inbox only).
      TARO_APP_COMPLAINT_TEMPLATE_ID: JSON.stringify(process.env.TARO_APP_COMPLAINT_TEMPLATE_ID ?? ''),
      // The WeChat subscribe-message template for booking reminders (empty = in-app inbox only).
      TARO_APP_REMINDER_TEMPLATE_ID: JSON.stringify(process.env.TARO_APP_REMINDER_TEMPLATE_ID ?? ''),
      // The WeChat subscribe-message template for alerts on favourites and saved searches (empty = inbox only).
      TARO_APP_ALERT_TEMPLATE_ID: JSON.stringify(process.env.TARO_APP_ALERT_TEMPLATE_ID ?? '')
    },
    alias: {
      '@': path.resolve(__dirname, '..', 'src')
    },
    // Map markers need an image path inside the mini-program package. The H5 root font size is a script file
    // rather than Taro's inline one, so the Content-Security-Policy can forbid inline script.
    copy: {
      patterns:
        process.env.TARO_ENV === 'weapp'
          ? [{ from: 'src/assets/map-marker.png', to: 'dist/weapp/assets/map-marker.png' }]
          : [
              { from: 'src/h5/root-font-size.js', to: 'dist/h5/js/root-font-size.js' },
              // The browser tab's icon: the finder's own tab icon.
              { from: 'src/assets/tab-finder-active.png', to: 'dist/h5/favicon.png' }
            ],
      options: {}
    },
    framework: 'react',
    compiler: { type: 'webpack5', prebundle: { enable: false } },
    // Taro's H5 minifier settings keep every function's name and quote every object key; neither is needed by
    // the app or Taro's runtime (the end-to-end tests run the minified build), and the targets parse ES2017.
    ...(process.env.TARO_ENV === 'h5' ? { terser: { enable: true, config: { ecma: 2017, keep_fnames: false, output: { quote_keys: false } } } } : {}),
    cache: { enable: false },
    mini: {
      postcss: {
        pxtransform: { enable: true, config: {} },
        cssModules: { enable: false, config: { namingPattern: 'module', generateScopedName: '[name]__[local]___[hash:base64:5]' } }
      },
      optimizeMainPackage: { enable: true },
      // Taro compiles only the app's own code; these packages ship ES2018+ (object spread, optional chaining; zustand's persist middleware;
      // the statistics charts' F2 and its G renderer) and must come down to the weapp target in babel.config.js too
      // (tests/build/weapp-code.test.ts checks).
      compile: { include: ['zod', 'yaml', 'zustand', '@antv'].map((name) => path.resolve(__dirname, '..', 'node_modules', name)) },
      // Component styles use unique BEM class names, so the order shared chunks load them in does not matter.
      miniCssExtractPluginOption: { ignoreOrder: true },
      // F2 (the statistics charts) uses most of tslib's helpers, the main package only a few. Shared, tslib
      // would sit whole in the main package's vendors; pointing F2 at tslib's other ES-module file (the same
      // code; the package's own entry resolves to tslib.es6.mjs) keeps F2's helpers in the subpackages.
      webpackChain(chain, webpack) {
        // WeChat has no <script> element for webpack's loader of async chunks (the English and Uyghur catalogues,
        // src/i18n/load-catalogue.ts): each such chunk is a file in a page-less subpackage, and WeChat's own
        // require.async downloads and runs it (分包异步化; Taro 4 has no built-in support). Running it pushes the
        // chunk into webpack's queue as a loaded script would. Tapped ahead of webpack's own script loader,
        // which then never lands in runtime.js; the path is relative to runtime.js, at the package root.
        class WechatLoadScript extends webpack.RuntimeModule {
          constructor() {
            super('load chunks with require.async')
          }
          override generate(): string {
            return `${webpack.RuntimeGlobals.loadScript} = function (url, done) { require.async(url.replace(/^\\//, './')).then(function () { done({ type: 'load' }) }, function () { done({ type: 'error', target: { src: url } }) }) };`
          }
        }
        chain.plugin('wechat-chunk-loading').use(
          class {
            apply(compiler: Compiler) {
              compiler.hooks.thisCompilation.tap('wechat-chunk-loading', (compilation) => {
                compilation.hooks.runtimeRequirementInTree.for(webpack.RuntimeGlobals.loadScript).tap({ name: 'wechat-chunk-loading', stage: -10 }, (chunk) => {
                  compilation.addRuntimeModule(chunk, new WechatLoadScript())
                  return true
                })
              })
            }
          }
        )
        chain.plugin('f2-own-tslib').use(webpack.NormalModuleReplacementPlugin, [
          /^tslib$/,
          (resource: { context: string; request: string }) => {
            if (/[\\/]node_modules[\\/]@antv[\\/]/.test(resource.context)) resource.request = 'tslib/tslib.es6.js'
          }
        ])
      }
    },
    h5: {
      // Pages load lazily; by default each page chunk carries its own copy of Taro's component wrappers
      // (~95 KB). One shared async chunk means opening a second page costs only that page's own code.
      webpackChain(chain) {
        // `H5_STATS=file npm run build:h5` writes webpack's stats (chunks, their modules and sizes, and why each
        // module is there) to see what the initial JS is made of; no plugin needed, the compiler's own stats carry it.
        const statsFile = process.env.H5_STATS
        if (statsFile) {
          chain.plugin('h5-stats').use(
            class {
              apply(compiler: Compiler) {
                compiler.hooks.done.tap('h5-stats', (stats) => {
                  writeFileSync(statsFile, JSON.stringify(stats.toJson({ all: false, chunks: true, chunkModules: true, dependentModules: true, nestedModules: true, chunkModulesSpace: Infinity, ids: true, reasons: true, usedExports: true, providedExports: true })))
                })
              }
            }
          )
        }
        // webpack's own code (chunk loading, module wrappers) at the level of the browserslist, not Taro's ES5
        // default: shorter, and it states that the targets run async code, which the top-level await in
        // src/services/locale-ready.h5.ts compiles to. Taro's request API imports fetch and AbortController
        // polyfills for browsers that have neither; every browser in the browserslist has both: left out.
        chain.set('target', ['web', 'es2017'])
        // jsonp-retry serves Taro.request's `jsonp` option, which the app never sets.
        chain.merge({ resolve: { alias: { 'whatwg-fetch$': false, 'abortcontroller-polyfill/dist/abortcontroller-polyfill-only$': false, 'jsonp-retry$': false } } })
        chain.optimization.merge({
          splitChunks: {
            cacheGroups: {
              taroComponents: {
                name: 'taro-components',
                test: /[\\/]node_modules[\\/]@tarojs[\\/]components/,
                chunks: 'async',
                priority: 200,
                enforce: true
              },
              // zod and the domain schemas left app.js (they load with the first API call); without this group
              // every page chunk that imports a schema would carry its own copy of them.
              domain: {
                name: 'domain',
                test: /[\\/](node_modules[\\/]zod|src[\\/]domain)[\\/]/,
                chunks: 'async',
                priority: 100,
                enforce: true
              }
            }
          }
        })
      },
      publicPath: '/',
      staticDirectory: 'static',
      // Images as files, never inlined: the tab bar's eight icons would otherwise be base64 in app.js, parsed
      // before the first page, where as files they load beside it. (Taro reads a limit of 0 as its default.)
      imageUrlLoaderOption: { limit: 1 },
      router: { mode: 'hash' },
      output: {
        filename: 'js/[name].[hash:8].js',
        chunkFilename: 'js/[name].[chunkhash:8].js'
      },
      miniCssExtractPluginOption: {
        ignoreOrder: true,
        filename: 'css/[name].[hash].css',
        chunkFilename: 'css/[name].[chunkhash].css'
      },
      postcss: {
        autoprefixer: { enable: true, config: {} },
        cssModules: { enable: false, config: { namingPattern: 'module', generateScopedName: '[name]__[local]___[hash:base64:5]' } }
      }
    }
  }
  if (process.env.NODE_ENV === 'development') {
    return merge({}, baseConfig, devConfig)
  }
  return merge({}, baseConfig, prodConfig)
})

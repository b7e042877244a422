// babel-preset-taro: https://docs.taro.zone/docs/next/babel-config
// The mini-program's code must parse on the oldest JS engines WeChat still runs (project.config.json leaves
// the DevTools' own ES6 transform off): ES2017, the level of iOS 10.3's JavaScriptCore and Chrome 58 (old
// Android X5/XWeb). package.json's browserslist (modern browsers) stays the H5 target.
// tests/build/weapp-code.test.ts parses every weapp chunk as ES2017.
const WEAPP_TARGETS = { ios: '10.3', chrome: '58' }

module.exports = {
  presets: [
    ['taro', {
      framework: 'react',
      ts: true,
      compiler: 'webpack5',
      // No core-js on H5 either: 'usage' put ponyfills in the first script (Symbol, for the babel
      // helpers, Array#includes, JSON.stringify) for the fine print of newer specs (Symbol.dispose, edge cases
      // fixed since) in browsers that have the features. The app's TypeScript lib is ES2022 (tsconfig.app.json):
      // core-js-compat finds none of its APIs missing from package.json's browserslist.
      useBuiltIns: false,
      // import() stays import() on weapp too: the English and Uyghur catalogues are async chunks in their own
      // subpackage, fetched with WeChat's require.async (src/i18n/load-catalogue.ts), not bundled in.
      ...(process.env.TARO_ENV === 'weapp' ? { targets: WEAPP_TARGETS, 'dynamic-import-node': false } : {})
    }]
  ]
}

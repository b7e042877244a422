import { builtinModules } from 'node:module'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { parse } from 'acorn'
import { Linter, type Rule } from 'eslint'
import type { Node } from 'estree'
import { beforeAll, describe, it } from '@jest/globals'
import { expect } from '../support/expect-with-message'
import { filesUnder, weapp } from './support/weapp-files'

/**
 * What the phones run. project.config.json leaves WeChat's own ES6 transform off, and older WeChat JS engines
 * (iOS 10.3 JavaScriptCore, Chrome 58-era Android) fail to parse anything newer than ES2017: one `?.` in
 * common.js is a blank screen. And the mini-program has no DOM, no browser storage and no Node: the only
 * `window` or `document` it may touch is behind a `typeof` check (H5 guards).
 */

const ES_VERSION = 2017
const BROWSER_GLOBALS = new Set(['document', 'window', 'localStorage', 'sessionStorage'])
const NODE_BUILTINS = new Set(builtinModules.flatMap((name) => [name, `node:${name}`]))

/** The source around a position, so a failure shows which code it is. */
const around = (source: string, offset: number) => source.slice(Math.max(0, offset - 60), offset + 60)

/** Where `source` needs more than ES2017, or null. */
function newerSyntax(source: string): string | null {
  try {
    parse(source, { ecmaVersion: ES_VERSION, sourceType: 'script' })
    return null
  } catch (error) {
    const pos = (error as { pos?: number }).pos ?? 0
    return `${(error as Error).message}: …${around(source, pos)}…`
  }
}

/** Whether some enclosing test checks `typeof name` first (`"object" == typeof window && window.x`). */
function underTypeofGuard(name: string, ancestors: Node[], text: (node: Node) => string): boolean {
  const guard = new RegExp(`typeof\\s*${name}\\b`)
  return ancestors.some((node) => {
    if (node.type === 'UnaryExpression' && node.operator === 'typeof') return true
    if (node.type === 'IfStatement' || node.type === 'ConditionalExpression') return guard.test(text(node.test))
    if (node.type === 'LogicalExpression') return guard.test(text(node.left))
    return false
  })
}

/** Free references to browser globals outside a typeof guard, and require() of Node built-ins. */
const platformRule: Rule.RuleModule = {
  create(context) {
    const source = context.sourceCode
    return {
      'Program:exit'(program) {
        for (const reference of source.getScope(program).through) {
          const name = reference.identifier.name
          const ancestors = source.getAncestors(reference.identifier)
          if (BROWSER_GLOBALS.has(name) && !underTypeofGuard(name, ancestors, (node) => source.getText(node))) {
            context.report({ node: reference.identifier, message: `touches ${name}` })
          }
        }
      },
      CallExpression(call) {
        const [first] = call.arguments
        if (call.callee.type === 'Identifier' && call.callee.name === 'require' && first?.type === 'Literal' && NODE_BUILTINS.has(String(first.value))) {
          context.report({ node: call, message: `requires Node's ${String(first.value)}` })
        }
      }
    }
  }
}

const linter = new Linter({ configType: 'flat' })
const platformConfig: Linter.Config[] = [
  {
    plugins: { weapp: { rules: { platform: platformRule } } },
    languageOptions: { ecmaVersion: ES_VERSION, sourceType: 'script', globals: {} },
    rules: { 'weapp/platform': 'error' }
  }
]

function platformMisuse(source: string): string[] {
  const offsets = source.split('\n').reduce<number[]>((starts, line) => [...starts, (starts.at(-1) ?? 0) + line.length + 1], [0])
  return linter.verify(source, platformConfig).map((m) => `${m.message}: …${around(source, (offsets[m.line - 1] ?? 0) + m.column - 1)}…`)
}

describe('the checks themselves', () => {
  it('refuse syntax newer than ES2017 and accept ES2017', () => {
    for (const code of ['a?.b', 'a ?? b', 'const o = { ...p }', 'class A { x = 1 }', 'try {} catch {}']) expect(newerSyntax(code), code).not.toBeNull()
    expect(newerSyntax('async function f() { await g(); return [...h] }')).toBeNull()
  })

  it('catch unguarded browser globals and Node built-ins, and let typeof guards and local names through', () => {
    expect(platformMisuse('document.title = "x"')).toHaveLength(1)
    expect(platformMisuse('var s = localStorage.getItem("k")')).toHaveLength(1)
    expect(platformMisuse('var fs = require("fs"); var p = require("node:path")')).toHaveLength(2)
    expect(platformMisuse('if ("object" === typeof window) { window.x = 1 }')).toEqual([])
    expect(platformMisuse('var g = "undefined" !== typeof window && window.x')).toEqual([])
    expect(platformMisuse('function f(document) { return document.body } var w = require("./chunk.js")')).toEqual([])
  })
})

describe('weapp build: code the phones can run', () => {
  let scripts: { file: string; source: string }[]

  beforeAll(() => {
    scripts = filesUnder(weapp)
      .filter((file) => file.endsWith('.js'))
      .map((file) => ({ file: path.relative(weapp, file), source: readFileSync(file, 'utf8') }))
  })

  it(`parses every .js under dist/weapp as ES${ES_VERSION}`, () => {
    expect(scripts.length).toBeGreaterThan(10)
    const failures = scripts.flatMap(({ file, source }) => {
      const problem = newerSyntax(source)
      return problem ? [`${file}: ${problem}`] : []
    })
    expect(failures).toEqual([])
  })

  it('never touches document, window, localStorage or Node built-ins outside the H5 guards', () => {
    const failures = scripts.flatMap(({ file, source }) => platformMisuse(source).map((problem) => `${file}: ${problem}`))
    expect(failures).toEqual([])
  })
})

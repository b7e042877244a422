import path from 'node:path'
import ts from 'typescript'
import { describe, expect, it } from '@jest/globals'

// The app and the server are type-checked as separate projects (`npm run typecheck` runs both), so reaching
// for the other side's platform is caught before it fails on a phone or in a cloud function.
const root = path.resolve(__dirname, '../..')

/** Type errors of each probe file (name → code), checked together as files of `project`. */
function errorsIn(project: string, probes: Record<string, string>): Record<string, string> {
  const configPath = path.join(root, project)
  const { config } = ts.readConfigFile(configPath, ts.sys.readFile)
  const parsed = ts.parseJsonConfigFileContent(config, ts.sys, root, undefined, configPath)
  const files = new Map(Object.entries(probes).map(([name, code]) => [path.join(root, name), code]))
  const host = ts.createCompilerHost(parsed.options)
  const readFile = host.readFile.bind(host)
  host.readFile = (name) => files.get(path.resolve(name)) ?? readFile(name)
  const fileExists = host.fileExists.bind(host)
  host.fileExists = (name) => files.has(path.resolve(name)) || fileExists(name)
  // Only the probes and the project's own declaration files: enough to see which globals the project has.
  const declarations = parsed.fileNames.filter((name) => name.endsWith('.d.ts'))
  const program = ts.createProgram([...files.keys(), ...declarations], parsed.options, host)
  return Object.fromEntries(
    Object.keys(probes).map((name) => [
      name,
      ts
        .getPreEmitDiagnostics(program, program.getSourceFile(path.join(root, name)))
        .map((d) => ts.flattenDiagnosticMessageText(d.messageText, ' '))
        .join('\n')
    ])
  )
}

describe('separate type projects for the app and the server', () => {
  it('makes Node in a page a type error, and lets a page use the DOM and the build-time env', () => {
    const errors = errorsIn('tsconfig.app.json', {
      'src/pages/buffer.ts': `export const b = Buffer.from('x')\n`,
      'src/pages/require.ts': `export const f = require('fs')\n`,
      'src/pages/dom.ts': `export const t = document.title + process.env.TARO_ENV\n`
    })
    expect(errors['src/pages/buffer.ts']).toMatch(/Buffer/)
    expect(errors['src/pages/require.ts']).toMatch(/require/)
    expect(errors['src/pages/dom.ts']).toBe('')
  })

  it('makes the DOM in a cloud function a type error, and lets it use Node', () => {
    const errors = errorsIn('tsconfig.server.json', {
      'src/cloud/document.ts': `export const t = document.title\n`,
      'src/cloud/window.ts': `export const w = window.location\n`,
      'src/cloud/buffer.ts': `export const b = Buffer.from('x').toString('base64')\n`
    })
    expect(errors['src/cloud/document.ts']).toMatch(/document/)
    expect(errors['src/cloud/window.ts']).toMatch(/window/)
    expect(errors['src/cloud/buffer.ts']).toBe('')
  })
})

import { execFile } from 'node:child_process'
import path from 'node:path'
import { promisify } from 'node:util'
import { describe, expect, it } from '@jest/globals'

const root = path.resolve(__dirname, '../..')
const run = promisify(execFile)

async function exitOf(command: string, args: string[]): Promise<{ code: number; output: string }> {
  try {
    const { stdout, stderr } = await run(command, args, { cwd: root, maxBuffer: 64 * 1024 * 1024 })
    return { code: 0, output: stdout + stderr }
  } catch (error) {
    const failed = error as { code?: number; stdout?: string; stderr?: string }
    return { code: failed.code ?? 1, output: `${failed.stdout ?? ''}${failed.stderr ?? ''}` }
  }
}

// The Taro build does not type-check and the architecture's boundaries are lint rules: both only hold if
// something runs them, so the test command does.
describe('static checks', () => {
  it('type-checks the whole project under strict TypeScript', async () => {
    const { code, output } = await exitOf(path.join(root, 'node_modules/.bin/tsc'), ['--noEmit', '-p', 'tsconfig.json'])
    expect(output.trim()).toBe('')
    expect(code).toBe(0)
  })

  it('passes ESLint, including the boundary rules', async () => {
    const { code, output } = await exitOf(path.join(root, 'node_modules/.bin/eslint'), ['.', '--max-warnings', '0'])
    expect(output.trim()).toBe('')
    expect(code).toBe(0)
  })
})

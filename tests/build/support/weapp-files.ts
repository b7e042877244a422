import { readdirSync } from 'node:fs'
import path from 'node:path'

export const root = path.resolve(__dirname, '../../..')
/** The mini-program as WeChat DevTools uploads it (project.config.json's miniprogramRoot). */
export const weapp = path.join(root, 'dist/weapp')

export function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name)
    return entry.isDirectory() ? filesUnder(full) : [full]
  })
}

/** `npx tsx scripts/bundle-guidance-content.ts`: regenerates the guidance content module after content changes. */
import { writeFileSync } from 'node:fs'
import path from 'node:path'
import { BUNDLE_PATH, renderGuidanceContentBundle } from './guidance-content-bundle'

const root = path.resolve(__dirname, '..')
writeFileSync(path.join(root, BUNDLE_PATH), renderGuidanceContentBundle(root))
console.log(`wrote ${BUNDLE_PATH}`)

import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from '@jest/globals'
import { BUNDLE_PATH, renderGuidanceContentBundle } from '../../scripts/guidance-content-bundle'
import { guidanceLibrary } from '../../src/cloud/guidance/guidance-library'

const root = path.resolve(__dirname, '../..')

describe('bundled guidance content (what the server and cloud functions serve)', () => {
  it('is the current content: run `npx tsx scripts/bundle-guidance-content.ts` when this fails', () => {
    expect(readFileSync(path.join(root, BUNDLE_PATH), 'utf8') === renderGuidanceContentBundle(root)).toBe(true)
  })

  it('loads every article and a policy guide for each region', () => {
    const library = guidanceLibrary()
    expect(library.articles.length).toBeGreaterThanOrEqual(60)
    expect(library.bySlug.get('first-steps')?.tree.length).toBeGreaterThan(0)
    expect([...library.guides.keys()].sort()).toEqual(['bazhou', 'hebi', 'yuzhong', 'zhuji'])
  })
})

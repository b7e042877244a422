import { ESLint } from 'eslint'
import { describe, expect, it } from '@jest/globals'

// The boundaries in DESIGN.md are enforced by eslint.config.js; these cases prove each rule fires where it
// should and stays quiet where the code is allowed to do the thing.
// The config object itself is handed over: ESLint would load the file by dynamic import, which jest's sandbox lacks.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const eslint = new ESLint({ cwd: process.cwd(), overrideConfigFile: true, overrideConfig: require('../../eslint.config.js') })

async function ruleIds(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath })
  return (result?.messages ?? []).map((m) => m.ruleId ?? m.message)
}

describe('architecture boundaries', () => {
  it('keeps frameworks, drivers and Node out of the domain', async () => {
    for (const mod of ['@tarojs/taro', 'react', 'pg', '@electric-sql/pglite', 'node:fs', 'zustand']) {
      expect(await ruleIds('src/domain/finder/x-rules.ts', `import m from '${mod}'\nexport const x = m\n`)).toContain('no-restricted-imports')
    }
    expect(await ruleIds('src/domain/finder/x-rules.ts', `import { z } from 'zod'\nexport const x = z.string()\n`)).toEqual([])
  })

  it('keeps the domain from depending on the server or the app', async () => {
    expect(await ruleIds('src/domain/finder/x-rules.ts', `import { x } from '../../cloud/finder/finder-service'\nexport const y = x\n`)).toContain('no-restricted-imports')
  })

  it('lets only repositories and src/cloud/db use a database driver or run SQL', async () => {
    expect(await ruleIds('src/cloud/finder/finder-service.ts', `import pg from 'pg'\nexport const p = pg\n`)).toContain('no-restricted-imports')
    expect(await ruleIds('src/cloud/finder/finder-service.ts', `export const f = (db: { query(s: string): void }) => db.query('select 1')\n`)).toContain('no-restricted-syntax')
    expect(await ruleIds('src/cloud/finder/institution-repository.ts', `export const f = (db: { query(s: string): void }) => db.query('select 1')\n`)).toEqual([])
    expect(await ruleIds('src/cloud/db/pglite-database.ts', `import { PGlite } from '@electric-sql/pglite'\nexport const p = PGlite\n`)).toEqual([])
  })

  it('lets only the API client talk to the network from the app', async () => {
    const taroRequest = `import Taro from '@tarojs/taro'\nexport const r = () => Taro.request({ url: '/x' })\n`
    expect(await ruleIds('src/pages/finder/index.tsx', taroRequest)).toContain('no-restricted-syntax')
    expect(await ruleIds('src/stores/finder-store.ts', `export const r = () => fetch('/x')\n`)).toContain('no-restricted-syntax')
    expect(await ruleIds('src/services/api-client.ts', taroRequest)).toEqual([])
  })

  it('keeps the app from importing server code', async () => {
    expect(await ruleIds('src/pages/finder/index.tsx', `import { x } from '../../cloud/finder/finder-service'\nexport const y = x\n`)).toContain('no-restricted-imports')
  })

  it('sends the server\'s outgoing calls through a gateway', async () => {
    expect(await ruleIds('src/cloud/account/account-service.ts', `export const r = () => fetch('https://example.invalid')\n`)).toContain('no-restricted-globals')
    expect(await ruleIds('src/cloud/account/wechat-gateway.ts', `export const r = () => fetch('https://example.invalid')\n`)).toEqual([])
  })

  it('keeps China time in src/domain/shared/clock.ts, off Intl time zones', async () => {
    const tzCall = `import dayjs from 'dayjs'\nexport const d = (x: string) => dayjs(x).tz('Asia/Shanghai').format('HH:mm')\n`
    for (const file of ['src/components/bookings/slot-list.tsx', 'src/cloud/bookings/reminder-service.ts', 'src/cloud/bookings/slot-repository.ts', 'src/domain/bookings/x-rules.ts']) {
      expect(await ruleIds(file, tzCall)).toContain('no-restricted-syntax')
    }
    expect(await ruleIds('src/pages/bookings/index.tsx', `export const zone = 'Asia/Shanghai'\n`)).toContain('no-restricted-syntax')
    expect(await ruleIds('src/pages/bookings/index.tsx', `export const f = (d: Date) => d.toLocaleString('zh-CN', { timeZone: 'Asia/Urumqi' })\n`)).toContain('no-restricted-syntax')
    expect(await ruleIds('src/cloud/complaints/complaint-repository.ts', 'export const sql = `SELECT now() AT TIME ZONE \'Asia/Shanghai\'`\n')).toContain('no-restricted-syntax')
    expect(await ruleIds('src/domain/shared/clock.ts', `export const zone = 'Asia/Shanghai'\n`)).toEqual([])
    expect(await ruleIds('src/pages/bookings/index.tsx', `import { formatInChina } from '../../domain/shared/clock'\nexport const f = (x: string) => formatInChina(x, 'HH:mm')\n`)).toEqual([])
  })

  it('keeps Node built-ins out of the domain and the app by their bare names too', async () => {
    for (const mod of ['fs', 'fs/promises', 'path', 'crypto', 'node:crypto']) {
      expect(await ruleIds('src/domain/finder/x-rules.ts', `import m from '${mod}'\nexport const x = m\n`)).toContain('no-restricted-imports')
      expect(await ruleIds('src/pages/finder/index.tsx', `import m from '${mod}'\nexport const x = m\n`)).toContain('no-restricted-imports')
    }
    // A folder that shares a built-in's name (`domain`) is not a built-in.
    expect(await ruleIds('src/pages/finder/index.tsx', `import { x } from '../../domain/finder/x-rules'\nexport const y = x\n`)).toEqual([])
    expect(await ruleIds('src/cloud/finder/finder-service.ts', `import { readFile } from 'fs/promises'\nexport const r = readFile\n`)).toEqual([])
  })

  it('keeps the app from loading server code lazily', async () => {
    for (const path of ['../../cloud/finder/finder-service', '@/cloud/finder/finder-service']) {
      expect(await ruleIds('src/pages/finder/index.tsx', `export const load = () => import('${path}')\n`)).toContain('no-restricted-syntax')
      expect(await ruleIds('src/components/finder/map.tsx', `export const load = () => require('${path}')\n`)).toContain('no-restricted-syntax')
    }
    expect(await ruleIds('src/pages/finder/index.tsx', `export const load = () => import('../../components/finder/map')\n`)).toEqual([])
  })

  it('runs a database script (exec) only in repositories and src/cloud/db', async () => {
    const db = 'declare const db: { exec(s: string): Promise<void> }\n'
    expect(await ruleIds('src/cloud/finder/finder-service.ts', `${db}export const f = () => db.exec('select 1')\n`)).toContain('no-restricted-syntax')
    expect(await ruleIds('src/cloud/finder/finder-service.ts', `export const f = (ctx: { db: { exec(s: string): void } }) => ctx.db.exec('select 1')\n`)).toContain('no-restricted-syntax')
    expect(await ruleIds('src/cloud/finder/institution-repository.ts', `${db}export const f = () => db.exec('select 1')\n`)).toEqual([])
    expect(await ruleIds('src/cloud/db/migrate.ts', `${db}export const f = () => db.exec('select 1')\n`)).toEqual([])
    // A regular expression's exec is not SQL.
    expect(await ruleIds('src/cloud/finder/finder-service.ts', `const CODE = /^x$/\nexport const f = (s: string) => CODE.exec(s)\n`)).toEqual([])
  })

  it("reads another context's data through its service, never its repository", async () => {
    const otherRepository = `import { findRegion } from '../regions/regions-repository'\nexport const f = findRegion\n`
    expect(await ruleIds('src/cloud/finder/finder-service.ts', otherRepository)).toContain('no-restricted-imports')
    expect(await ruleIds('src/cloud/complaints/complaints-handlers.ts', otherRepository)).toContain('no-restricted-imports')
    expect(await ruleIds('src/cloud/finder/finder-service.ts', `import { findRegion } from '@/cloud/regions/regions-repository'\nexport const f = findRegion\n`)).toContain('no-restricted-imports')
    expect(await ruleIds('src/cloud/finder/finder-service.ts', `import { regionByCode } from '../regions/regions-service'\nexport const f = regionByCode\n`)).toEqual([])
    expect(await ruleIds('src/cloud/finder/finder-service.ts', `import { findInstitution } from './institution-repository'\nexport const f = findInstitution\n`)).toEqual([])
    // The composition root and start-up sample data wire every context together.
    for (const file of ['src/cloud/app/seed-database.ts', 'src/cloud/sample-data/sample-offerings.ts']) {
      expect(await ruleIds(file, otherRepository)).toEqual([])
    }
  })

  it('checks the rules of hooks in components', async () => {
    const conditionalHook = `import { useState } from 'react'\nexport function A({ on }: { on: boolean }) {\n  if (on) useState(0)\n  return null\n}\n`
    expect(await ruleIds('src/components/shared/a.tsx', conditionalHook)).toContain('react-hooks/rules-of-hooks')
    const staleEffect = `import { useEffect } from 'react'\nexport function A({ id }: { id: string }) {\n  useEffect(() => console.log(id), [])\n  return null\n}\n`
    expect(await ruleIds('src/pages/finder/index.tsx', staleEffect)).toContain('react-hooks/exhaustive-deps')
  })
})

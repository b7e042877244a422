import { DomainError } from '../../domain/shared/error-codes'
import type { Handlers } from '../shared/service-context'
import { regionAudit, regionConfigOf, saveRegionConfig, setRegionRouting } from './region-admin-service'
import { listRegionSummaries, regionByCode } from './regions-service'

export const regionsHandlers: Handlers<'regions'> = {
  list: async (ctx) => [...(await listRegionSummaries(ctx.db))],
  async get(ctx, input) {
    const region = await regionByCode(ctx.db, input.code)
    if (!region) throw new DomainError('NOT_FOUND', { what: 'region' }, `region ${input.code}`)
    return region
  },
  config: (ctx, input) => regionConfigOf(ctx.db, input.code),
  saveRegion: (ctx, input) => saveRegionConfig(ctx.db, ctx.user, input.region, ctx.now),
  setRouting: (ctx, input) => setRegionRouting(ctx.db, ctx.user, input.regionCode, input.routing, ctx.now),
  auditLog: async (ctx, input) => ({
    entries: await regionAudit(ctx.db, { regionCode: input.regionCode ?? null, before: input.before ?? null, limit: input.limit })
  })
}

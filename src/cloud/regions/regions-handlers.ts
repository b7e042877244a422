import { DomainError } from '../../domain/shared/error-codes'
import type { Handlers } from '../shared/service-context'
import { findRegion, listRegions } from './regions-repository'

export const regionsHandlers: Handlers<'regions'> = {
  list: (ctx) => listRegions(ctx.db),
  async get(ctx, input) {
    const region = await findRegion(ctx.db, input.code)
    if (!region) throw new DomainError('NOT_FOUND', { what: 'region' }, `region ${input.code}`)
    return region
  }
}

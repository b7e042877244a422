import { DomainError } from '../../domain/shared/error-codes'
import type { Handlers } from '../shared/service-context'
import { departmentStatistics, regionStatistics } from './statistics-service'

export const statisticsHandlers: Handlers<'statistics'> = {
  region: (ctx, input) => regionStatistics(ctx.db, input.regionCode, ctx.now),
  departments(ctx) {
    // A regulator sees the departments of the region they act for, never another's.
    const regionCode = ctx.user?.regionCode
    if (ctx.user?.role !== 'regulator' || !regionCode) throw new DomainError('FORBIDDEN')
    return departmentStatistics(ctx.db, regionCode, ctx.now)
  }
}

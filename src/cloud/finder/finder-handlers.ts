import type { Handlers } from '../shared/service-context'
import { getInstitution, searchInstitutions } from './finder-service'

export const finderHandlers: Handlers<'finder'> = {
  search: (ctx, input) => searchInstitutions(ctx.db, input, ctx.now),
  get: (ctx, input) => getInstitution(ctx.db, input.id)
}

import type { FunctionName } from '../../domain/contract'
import type { MapTiles } from '../../domain/finder/map-tiles-schema'
import { createAccountHandlers } from '../account/account-handlers'
import type { AccountDependencies } from '../account/account-service'
import { bookingsHandlers } from '../bookings/bookings-handlers'
import { createComplaintsHandlers } from '../complaints/complaints-handlers'
import type { ComplaintWechat } from '../complaints/wechat-complaint-gateway'
import { familyHandlers } from '../family/family-handlers'
import { createFinderHandlers } from '../finder/finder-handlers'
import { followingHandlers } from '../following/following-handlers'
import { sweepingAfterWrites } from '../following/sweep-after-writes'
import type { AlertWechat } from '../following/wechat-alert-gateway'
import { guidanceHandlers } from '../guidance/guidance-handlers'
import { inboxHandlers } from '../inbox/inbox-handlers'
import { regionsHandlers } from '../regions/regions-handlers'
import { registryHandlers } from '../registry/registry-handlers'
import type { Handlers } from '../shared/service-context'
import { statisticsHandlers } from '../statistics/statistics-handlers'

/**
 * Each cloud function's handlers, typed against its contract: a function or action the contract declares
 * without a handler is a compile error here.
 */
type HandlerRegistry = { [F in FunctionName]: Handlers<F> }

/** What transports provide to handlers beyond the per-request context. */
export interface HandlerDependencies extends AccountDependencies {
  complaintWechat: ComplaintWechat | null
  mapTiles: MapTiles | null
  /** WeChat subscribe messages for alerts; none unless WECHAT_ALERT_TEMPLATE_ID is set. */
  alertWechat?: AlertWechat | null
}

export function createHandlers(deps: HandlerDependencies): HandlerRegistry {
  return {
    finder: createFinderHandlers(deps.mapTiles),
    regions: regionsHandlers,
    account: createAccountHandlers(deps),
    bookings: bookingsHandlers,
    family: familyHandlers,
    inbox: inboxHandlers,
    guidance: guidanceHandlers,
    complaints: createComplaintsHandlers(deps.complaintWechat),
    registry: sweepingAfterWrites(registryHandlers, deps.alertWechat ?? null),
    statistics: statisticsHandlers,
    following: followingHandlers
  }
}

import type { DecideReviewInput } from '../../domain/registry/registry-schema'
import { appliedChange } from '../../domain/registry/workspace-rules'
import { todayInChina } from '../../domain/shared/clock'
import { DomainError } from '../../domain/shared/error-codes'
import type { ServiceContext } from '../shared/service-context'
import { refuseUnofferedService } from './institution-update-service'
import { lockInstitution, lockRegionRegistry } from './registry-repository'
import { actorOf, writeChanges } from './registry-service'
import { decideReview as storeDecision, lockReview, pendingReviews } from './review-repository'

/** The region's pending changes, oldest first: what the console's review queue lists. */
export async function reviewQueue(ctx: ServiceContext, input: { limit: number }) {
  const actor = await actorOf(ctx.db, ctx.user)
  return { items: await pendingReviews(ctx.db, actor.region.code, input.limit) }
}

/**
 * Approves or turns down one pending change of the regulator's own region. An approval publishes it as the
 * institution's staff would have, signed on the 变更记录 by the approving department; a rejection keeps the
 * record as it is and gives the institution the reason.
 */
export async function decideReview(ctx: ServiceContext, input: DecideReviewInput) {
  const actor = await actorOf(ctx.db, ctx.user)
  return ctx.db.transaction(async (tx) => {
    // The region's lock first, as every staff and regulator write of the region takes it: the rest cannot deadlock.
    await lockRegionRegistry(tx, actor.region.code)
    const peek = await lockReview(tx, input.reviewId)
    if (!peek) throw new DomainError('NOT_FOUND', { what: 'review' })
    if (peek.regionCode !== actor.region.code) throw new DomainError('FORBIDDEN')
    const inst = await lockInstitution(tx, peek.institutionId)
    if (!inst) throw new DomainError('NOT_FOUND', { what: 'institution' })
    if (peek.status !== 'pending') throw new DomainError('REVIEW_ALREADY_DECIDED')
    const decided = { by: actor.userId, byName: actor.name, at: ctx.now }
    if (input.decision === 'reject') {
      await storeDecision(tx, peek.id, { ...decided, status: 'rejected', reason: input.reason })
      return { reviewId: peek.id, status: 'rejected' as const }
    }
    if (inst.standing.status === 'revoked') throw new DomainError('INSTITUTION_REVOKED', { date: inst.standing.since ?? '' })
    refuseUnofferedService(inst, peek.change)
    const applied = appliedChange(inst, peek.change, todayInChina(ctx.now))
    await writeChanges(tx, actor, [{ ...applied, detail: { ...applied.detail, reviewId: peek.id } }], ctx.now)
    await storeDecision(tx, peek.id, { ...decided, status: 'approved', reason: null })
    return { reviewId: peek.id, status: 'approved' as const }
  })
}

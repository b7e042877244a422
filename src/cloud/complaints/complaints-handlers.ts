import type { User } from '../../domain/account/account-schema'
import { DomainError } from '../../domain/shared/error-codes'
import type { Handlers, ServiceContext } from '../shared/service-context'
import { getComplaint, getPhoto, myComplaints, reopenComplaint } from './complainant-service'
import { cloudPhotoFiles } from './cloud-photo-files'
import { claimCloudPhoto } from './photo-upload-service'
import { photoUploadQuota } from './photo-upload-quota'
import { isFiled, upheldCounts } from './public-lookup-service'
import { act as actOn, addNote, auditLog, inspect, queue, type RegulatorAction } from './regulator-service'
import { similarOpen, submitComplaint } from './submission-service'
import type { ComplaintWechat } from './wechat-complaint-gateway'

function signedIn(ctx: ServiceContext): User {
  if (!ctx.user) throw new DomainError('UNAUTHENTICATED')
  return ctx.user
}

/** The complaints handlers; `wechat` is the content check and progress messages, when the mini-program's credentials are configured. */
export function createComplaintsHandlers(wechat: ComplaintWechat | null): Handlers<'complaints'> {
  const act = (ctx: ServiceContext, trackingNo: string, action: RegulatorAction) => actOn(ctx.db, signedIn(ctx), trackingNo, action, ctx.now, wechat, ctx.locale)
  return {
    isFiled: (ctx, input) => isFiled(ctx.db, input),
    upheldCounts: (ctx, input) => upheldCounts(ctx.db, input.institutionId),
    duplicates: (ctx, input) => similarOpen(ctx.db, input, ctx.now),
    claimCloudPhoto: (ctx, input) => claimCloudPhoto(ctx.db, cloudPhotoFiles(), photoUploadQuota, signedIn(ctx).id, input.fileId, ctx.now),
    submit: (ctx, input) => submitComplaint(ctx.db, signedIn(ctx), input, ctx.now, wechat, photoUploadQuota, ctx.locale),
    mine: (ctx) => myComplaints(ctx.db, signedIn(ctx).id),
    get: (ctx, input) => getComplaint(ctx.db, ctx.user, input, ctx.now, ctx.locale),
    photo: (ctx, input) => getPhoto(ctx.db, ctx.user, input, ctx.now),
    reopen: (ctx, input) => reopenComplaint(ctx.db, ctx.user, input, ctx.now, ctx.locale),
    queue: (ctx, input) => queue(ctx.db, signedIn(ctx), input, ctx.now),
    inspect: (ctx, input) => inspect(ctx.db, signedIn(ctx), input.trackingNo, ctx.now, ctx.locale),
    auditLog: (ctx, input) => auditLog(ctx.db, signedIn(ctx), input.trackingNo, ctx.locale),
    accept: (ctx, input) => act(ctx, input.trackingNo, { type: 'accept' }),
    reject: (ctx, input) => act(ctx, input.trackingNo, { type: 'reject', reason: input.reason }),
    assign: (ctx, input) => act(ctx, input.trackingNo, { type: 'assign', departmentCode: input.departmentCode, note: input.note }),
    investigate: (ctx, input) => act(ctx, input.trackingNo, { type: 'investigate' }),
    answer: (ctx, input) => act(ctx, input.trackingNo, { type: 'answer', answer: input.answer, publicAnswer: input.publicAnswer }),
    close: (ctx, input) => act(ctx, input.trackingNo, { type: 'close', outcome: input.outcome, reason: input.reason }),
    note: (ctx, input) => addNote(ctx.db, signedIn(ctx), input.trackingNo, input.note, ctx.now, ctx.locale)
  }
}

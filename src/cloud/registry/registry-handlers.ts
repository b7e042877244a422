import type { Handlers } from '../shared/service-context'
import { importFilings } from './filing-import-service'
import { addPremisesPhoto, arrangePremisesPhotos, confirmDisclosures, institutionPhoto, removePremisesPhoto, updateDisclosure } from './institution-content-service'
import { confirmVacancies, myReviews, updateClasses, updateFees, updateVacancies } from './institution-update-service'
import {
  actorOf,
  changeDetails,
  fileInstitution,
  followUpRectification,
  placeInstitution,
  publishEvaluation,
  recordEnforcement,
  recordInspection,
  registryAuditLog,
  setStanding,
  unlocatedInstitutions
} from './registry-service'
import { decideReview, reviewQueue } from './review-service'

export const registryHandlers: Handlers<'registry'> = {
  fileInstitution,
  changeDetails,
  placeInstitution,
  unlocatedInstitutions: (ctx, input) => unlocatedInstitutions(ctx.db, ctx.user, input),
  setStanding,
  publishEvaluation,
  followUpRectification,
  recordInspection,
  recordEnforcement,
  updateVacancies,
  confirmVacancies,
  updateFees,
  updateClasses,
  myReviews,
  reviewQueue,
  decideReview,
  updateDisclosure,
  confirmDisclosures,
  addPremisesPhoto,
  arrangePremisesPhotos,
  removePremisesPhoto,
  institutionPhoto,
  auditLog: (ctx, input) => registryAuditLog(ctx.db, ctx.user, input),
  importFilings: async (ctx, input) =>
    importFilings(ctx.db, await actorOf(ctx.db, ctx.user), { fileName: input.fileName, bytes: Buffer.from(input.contentBase64, 'base64'), dryRun: input.dryRun }, ctx.now)
}

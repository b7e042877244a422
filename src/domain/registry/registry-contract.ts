import { action, PUBLIC, rolesOnly } from '../shared/action-spec'
import {
  auditLogInputSchema,
  auditLogOutputSchema,
  changeDetailsInputSchema,
  confirmVacanciesInputSchema,
  fileInstitutionInputSchema,
  followUpInputSchema,
  importFilingsInputSchema,
  placeInstitutionInputSchema,
  unlocatedInputSchema,
  unlocatedOutputSchema,
  importReportSchema,
  publishEvaluationInputSchema,
  recordEnforcementInputSchema,
  recordInspectionInputSchema,
  registryWriteOutputSchema,
  setStandingInputSchema,
  addPremisesPhotoInputSchema,
  arrangePremisesPhotosInputSchema,
  confirmDisclosuresInputSchema,
  decideReviewInputSchema,
  institutionPhotoInputSchema,
  institutionPhotoOutputSchema,
  removePremisesPhotoInputSchema,
  updateDisclosureInputSchema,
  decideReviewOutputSchema,
  myReviewsInputSchema,
  reviewListOutputSchema,
  reviewQueueInputSchema,
  updateClassesInputSchema,
  updateFeesInputSchema,
  updateVacanciesInputSchema,
  workspaceWriteOutputSchema
} from './registry-schema'

const regulatorOnly = rolesOnly('regulator')
const staffOnly = rolesOnly('institution_staff')

/**
 * 备案与监管公示: the regulators of a region file its institutions, change and suspend or revoke them, and
 * publish evaluations, 整改 follow-ups, inspections and enforcement. Each action is scoped to the caller's own
 * region; each change is dated on the institution's public 变更记录 and in the internal audit log.
 */
export const registryContract = {
  fileInstitution: action({
    summary: 'File (备案) a new institution of the regulator’s region',
    input: fileInstitutionInputSchema,
    output: registryWriteOutputSchema,
    access: regulatorOnly
  }),
  changeDetails: action({
    summary: 'Change an institution’s filed details; only the fields given change',
    input: changeDetailsInputSchema,
    output: registryWriteOutputSchema,
    access: regulatorOnly
  }),
  placeInstitution: action({
    summary: 'Place an institution on the map (GCJ-02 or WGS-84, inside China and the region); it joins distance search at once',
    input: placeInstitutionInputSchema,
    output: registryWriteOutputSchema,
    access: regulatorOnly
  }),
  unlocatedInstitutions: action({
    summary: '待定位: the region’s filings without a location, which distance search leaves out until placed',
    input: unlocatedInputSchema,
    output: unlocatedOutputSchema,
    access: regulatorOnly
  }),
  setStanding: action({
    summary: 'Suspend, revoke or reinstate a filing with a reason and a date; revoked leaves the finder at once',
    input: setStandingInputSchema,
    output: registryWriteOutputSchema,
    access: regulatorOnly
  }),
  publishEvaluation: action({
    summary: 'Publish a quality evaluation with its 整改 items and due dates',
    input: publishEvaluationInputSchema,
    output: registryWriteOutputSchema,
    access: regulatorOnly
  }),
  followUpRectification: action({
    summary: 'Record a 整改 follow-up, optionally closing the item',
    input: followUpInputSchema,
    output: registryWriteOutputSchema,
    access: regulatorOnly
  }),
  recordInspection: action({
    summary: 'Record an inspection (卫生保健, 食品安全, 消防, other) with its result and findings',
    input: recordInspectionInputSchema,
    output: registryWriteOutputSchema,
    access: regulatorOnly
  }),
  recordEnforcement: action({
    summary: 'Record an enforcement action (warning, order, fine); suspension and revocation go through setStanding',
    input: recordEnforcementInputSchema,
    output: registryWriteOutputSchema,
    access: regulatorOnly
  }),
  auditLog: action({
    summary: 'The internal audit log of the regulator’s region: who changed what, when',
    input: auditLogInputSchema,
    output: auditLogOutputSchema,
    access: regulatorOnly
  }),
  updateVacancies: action({
    summary: 'Staff report their institution’s vacancies per service type and age band, dated today',
    input: updateVacanciesInputSchema,
    output: registryWriteOutputSchema,
    access: staffOnly
  }),
  confirmVacancies: action({
    summary: '信息仍然准确: staff re-date their vacancy reports to today in one tap',
    input: confirmVacanciesInputSchema,
    output: registryWriteOutputSchema,
    access: staffOnly
  }),
  updateFees: action({
    summary: 'Staff publish their institution’s fees from a date; a 普惠 institution’s wait for the region’s regulator',
    input: updateFeesInputSchema,
    output: workspaceWriteOutputSchema,
    access: staffOnly
  }),
  updateClasses: action({
    summary: 'Staff report their classes and carers; class sizes take effect once the region’s regulator approves',
    input: updateClassesInputSchema,
    output: workspaceWriteOutputSchema,
    access: staffOnly
  }),
  myReviews: action({
    summary: 'The institution’s own changes waiting for review, and those turned down with the reason',
    input: myReviewsInputSchema,
    output: reviewListOutputSchema,
    access: staffOnly
  }),
  reviewQueue: action({
    summary: 'The region’s pending changes (普惠 fees, class sizes), oldest first',
    input: reviewQueueInputSchema,
    output: reviewListOutputSchema,
    access: regulatorOnly
  }),
  decideReview: action({
    summary: 'Approve a pending change (it publishes) or turn it down with a reason',
    input: decideReviewInputSchema,
    output: decideReviewOutputSchema,
    access: regulatorOnly
  }),
  updateDisclosure: action({
    summary: 'Staff publish one of the 19 公示 items in their words, dated today, optionally with a photo (upload ticket)',
    input: updateDisclosureInputSchema,
    output: registryWriteOutputSchema,
    access: staffOnly
  }),
  confirmDisclosures: action({
    summary: '信息仍然准确: staff re-date the listed 公示 items to today in one tap',
    input: confirmDisclosuresInputSchema,
    output: registryWriteOutputSchema,
    access: staffOnly
  }),
  addPremisesPhoto: action({
    summary: 'Staff add a premises photo (upload ticket: re-encoded, EXIF stripped) at the end of the list',
    input: addPremisesPhotoInputSchema,
    output: registryWriteOutputSchema,
    access: staffOnly
  }),
  arrangePremisesPhotos: action({
    summary: 'Staff put the premises photos in the order the page shows them',
    input: arrangePremisesPhotosInputSchema,
    output: registryWriteOutputSchema,
    access: staffOnly
  }),
  removePremisesPhoto: action({
    summary: 'Staff take a premises photo down; its bytes are deleted',
    input: removePremisesPhotoInputSchema,
    output: registryWriteOutputSchema,
    access: staffOnly
  }),
  institutionPhoto: action({
    summary: 'One photo an institution’s page shows (premises or a disclosure’s), re-encoded JPEG',
    input: institutionPhotoInputSchema,
    output: institutionPhotoOutputSchema,
    access: PUBLIC
  }),
  importFilings: action({
    summary: 'Import filings from an XLSX or CSV export: a dry run reports row by row, a commit writes all or nothing',
    input: importFilingsInputSchema,
    output: importReportSchema,
    access: regulatorOnly
  })
}

import { emptyInputSchema } from '../shared/empty-input-schema'
import { action, PUBLIC, rolesOnly } from '../shared/action-spec'
import {
  answerInputSchema,
  assignInputSchema,
  auditLogOutputSchema,
  claimCloudPhotoInputSchema,
  closeInputSchema,
  complaintRefInputSchema,
  complaintViewSchema,
  duplicatesInputSchema,
  duplicatesOutputSchema,
  isFiledInputSchema,
  isFiledOutputSchema,
  myComplaintsOutputSchema,
  noteInputSchema,
  photoInputSchema,
  photoOutputSchema,
  photoUploadOutputSchema,
  queueInputSchema,
  queueOutputSchema,
  regulatorComplaintViewSchema,
  regulatorRefInputSchema,
  rejectInputSchema,
  reopenInputSchema,
  submitComplaintInputSchema,
  submitComplaintOutputSchema,
  upheldCountsInputSchema,
  upheldCountsOutputSchema
} from './complaint-schema'

const parentOnly = rolesOnly('parent')
const regulatorOnly = rolesOnly('regulator')

/**
 * 投诉举报: parents report a filed institution or an unfiled operator; the region's routing sends it to the
 * responsible department, whose staff accept, assign, investigate, answer and close it on working-day
 * deadlines. Only the complainant (or whoever holds an anonymous complaint's secret) and the regulators of its
 * region can read a complaint; institutions never learn who complained.
 */
export const complaintsContract = {
  isFiled: action({
    summary: 'Is this place filed (备案)? Filed institutions of a region whose name or address matches',
    input: isFiledInputSchema,
    output: isFiledOutputSchema,
    access: PUBLIC
  }),
  upheldCounts: action({
    summary: 'Upheld complaints about an institution, counted by year and category (no complainant data)',
    input: upheldCountsInputSchema,
    output: upheldCountsOutputSchema,
    access: PUBLIC
  }),
  duplicates: action({
    summary: 'Open complaints about the same institution and category from the last 30 days, to add to instead',
    input: duplicatesInputSchema,
    output: duplicatesOutputSchema,
    access: rolesOnly('parent', 'institution_staff')
  }),
  claimCloudPhoto: action({
    summary:
      'In the mini-program on WeChat cloud: take a photo uploaded with wx.cloud.uploadFile, re-encode it without EXIF or GPS, delete the uploaded file and return its ticket',
    input: claimCloudPhotoInputSchema,
    output: photoUploadOutputSchema,
    access: parentOnly
  }),
  submit: action({
    summary: 'File a complaint (or add it to an open one); at most 5 a day; returns the tracking number',
    input: submitComplaintInputSchema,
    output: submitComplaintOutputSchema,
    access: parentOnly
  }),
  mine: action({
    summary: 'My named and hidden complaints, newest first',
    input: emptyInputSchema,
    output: myComplaintsOutputSchema,
    access: parentOnly
  }),
  get: action({
    summary: "One complaint with its timeline, for its complainant or whoever holds an anonymous complaint's secret",
    input: complaintRefInputSchema,
    output: complaintViewSchema,
    access: PUBLIC
  }),
  photo: action({
    summary: "One of a complaint's photos, re-encoded JPEG, for its complainant or the region's regulators",
    input: photoInputSchema,
    output: photoOutputSchema,
    access: PUBLIC
  }),
  reopen: action({
    summary: 'Reopen my answered complaint within 15 days of the answer, once, with a reason',
    input: reopenInputSchema,
    output: complaintViewSchema,
    access: PUBLIC
  }),
  queue: action({
    summary: "The region's complaints by department, overdue first, then by deadline",
    input: queueInputSchema,
    output: queueOutputSchema,
    access: regulatorOnly
  }),
  inspect: action({
    summary: 'One complaint in full for the regulator: contact (unless anonymous), photos, reports merged into it, events',
    input: regulatorRefInputSchema,
    output: regulatorComplaintViewSchema,
    access: regulatorOnly
  }),
  auditLog: action({
    summary: 'Every event of a complaint, internal notes and views included, with who and when',
    input: regulatorRefInputSchema,
    output: auditLogOutputSchema,
    access: regulatorOnly
  }),
  accept: action({
    summary: 'Accept a submitted complaint; the answer deadline starts',
    input: regulatorRefInputSchema,
    output: regulatorComplaintViewSchema,
    access: regulatorOnly
  }),
  reject: action({
    summary: 'Reject a submitted complaint, with the reason the parent will read',
    input: rejectInputSchema,
    output: regulatorComplaintViewSchema,
    access: regulatorOnly
  }),
  assign: action({
    summary: 'Assign (or pass on) the complaint to a department of the region',
    input: assignInputSchema,
    output: regulatorComplaintViewSchema,
    access: regulatorOnly
  }),
  investigate: action({
    summary: 'Mark the complaint as under investigation',
    input: regulatorRefInputSchema,
    output: regulatorComplaintViewSchema,
    access: regulatorOnly
  }),
  answer: action({
    summary: 'Answer the parent; the 15-day window to reopen starts',
    input: answerInputSchema,
    output: regulatorComplaintViewSchema,
    access: regulatorOnly
  }),
  close: action({
    summary: 'Close with an outcome: upheld, partly upheld, not upheld, duplicate of another (merge), or referred',
    input: closeInputSchema,
    output: regulatorComplaintViewSchema,
    access: regulatorOnly
  }),
  note: action({
    summary: 'Add an internal note the parent never sees',
    input: noteInputSchema,
    output: regulatorComplaintViewSchema,
    access: regulatorOnly
  })
}

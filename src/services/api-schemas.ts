/**
 * What the api client validates with: every action's schemas (and so zod), and the words for an input they
 * refuse (the validation catalogue namespace). Loaded through contract-loader, which on H5 keeps this out of
 * the app's first script: a page that shows before its first call needs none of it.
 */
export { contract } from '../domain/contract'
export { CLOUD_PHOTO_FOLDER, photoUploadOutputSchema } from '../domain/complaints/complaint-schema'
export { describeInvalidInput } from '../i18n/invalid-input-message'

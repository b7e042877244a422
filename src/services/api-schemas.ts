/**
 * What the api client validates with: every action's schemas (and so zod). Loaded through
 * contract-loader, which on H5 keeps this out of the app's first script: a page that shows before its
 * first call needs none of it.
 */
export { contract } from '../domain/contract'
export { CLOUD_PHOTO_FOLDER, photoUploadOutputSchema } from '../domain/complaints/complaint-schema'

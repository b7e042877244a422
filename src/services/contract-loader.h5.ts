import type * as schemas from './api-schemas'

/**
 * On H5 the schemas (zod and every action's) come as a chunk of their own at the first call, so the app's
 * first script stays small and the page renders while they load. Taro's H5 build picks this file over
 * contract-loader.ts.
 */
let loading: Promise<typeof schemas> | undefined
let loaded = false
export const loadApiSchemas = (): Promise<typeof schemas> =>
  (loading ??= import('./api-schemas').then((module) => {
    loaded = true
    return module
  }))

/** Whether a call can check its input without waiting for the chunk (the api client sends reads at once when not). */
export const apiSchemasReady = (): boolean => loaded

import * as schemas from './api-schemas'

/**
 * The api client's schemas. In the mini-program they are part of the package (a mini-program cannot fetch
 * a script later); contract-loader.h5.ts, which Taro's H5 build picks instead, loads them on the first call.
 */
export const loadApiSchemas = (): Promise<typeof schemas> => Promise.resolve(schemas)

/** Always: the schemas are in the package. */
export const apiSchemasReady = (): boolean => true

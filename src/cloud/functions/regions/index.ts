import { regionsHandlers } from '../../regions/regions-handlers'
import { createCloudFunction } from '../create-cloud-function'

export const main = createCloudFunction('regions', () => regionsHandlers)

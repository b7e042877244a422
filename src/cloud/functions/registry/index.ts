import { registryHandlers } from '../../registry/registry-handlers'
import { createCloudFunction } from '../create-cloud-function'

export const main = createCloudFunction('registry', () => registryHandlers)

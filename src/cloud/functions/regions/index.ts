import '../cold-start'
import { regionsContract } from '../../../domain/regions/regions-contract'
import { regionsHandlers } from '../../regions/regions-handlers'
import { createCloudFunction } from '../create-cloud-function'

export const main = createCloudFunction('regions', regionsContract, () => regionsHandlers)

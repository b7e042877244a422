import '../cold-start'
import { guidanceContract } from '../../../domain/guidance/guidance-contract'
import { guidanceHandlers } from '../../guidance/guidance-handlers'
import { createCloudFunction } from '../create-cloud-function'

export const main = createCloudFunction('guidance', guidanceContract, () => guidanceHandlers)

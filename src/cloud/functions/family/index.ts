import '../cold-start'
import { familyContract } from '../../../domain/family/family-contract'
import { familyHandlers } from '../../family/family-handlers'
import { createCloudFunction } from '../create-cloud-function'

export const main = createCloudFunction('family', familyContract, () => familyHandlers)

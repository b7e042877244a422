import '../cold-start'
import { registryContract } from '../../../domain/registry/registry-contract'
import { sweepingAfterWrites } from '../../following/sweep-after-writes'
import { registryHandlers } from '../../registry/registry-handlers'
import { createCloudFunction } from '../create-cloud-function'

export const main = createCloudFunction('registry', registryContract, (deps) => sweepingAfterWrites(registryHandlers, deps.alertWechat ?? null))

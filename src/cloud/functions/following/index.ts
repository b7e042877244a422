import '../cold-start'
import { followingContract } from '../../../domain/following/following-contract'
import { followingHandlers } from '../../following/following-handlers'
import { sweepOnTimer } from '../../following/sweep-after-writes'
import { createCloudFunction } from '../create-cloud-function'

export const main = createCloudFunction('following', followingContract, () => followingHandlers, { onTimer: sweepOnTimer })

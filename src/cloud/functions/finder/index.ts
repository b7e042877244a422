import '../cold-start'
import { finderContract } from '../../../domain/finder/finder-contract'
import { createFinderHandlers } from '../../finder/finder-handlers'
import { createCloudFunction } from '../create-cloud-function'

export const main = createCloudFunction('finder', finderContract, (deps) => createFinderHandlers(deps.mapTiles))

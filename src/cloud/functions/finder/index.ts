import { createFinderHandlers } from '../../finder/finder-handlers'
import { createCloudFunction } from '../create-cloud-function'

export const main = createCloudFunction('finder', (deps) => createFinderHandlers(deps.mapTiles))

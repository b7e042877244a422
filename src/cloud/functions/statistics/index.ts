import '../cold-start'
import { statisticsContract } from '../../../domain/statistics/statistics-contract'
import { statisticsHandlers } from '../../statistics/statistics-handlers'
import { createCloudFunction } from '../create-cloud-function'

export const main = createCloudFunction('statistics', statisticsContract, () => statisticsHandlers)

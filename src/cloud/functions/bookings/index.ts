import '../cold-start'
import { bookingsContract } from '../../../domain/bookings/bookings-contract'
import { bookingsHandlers } from '../../bookings/bookings-handlers'
import { createCloudFunction } from '../create-cloud-function'

export const main = createCloudFunction('bookings', bookingsContract, () => bookingsHandlers)

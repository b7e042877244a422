import { bookingsHandlers } from '../../bookings/bookings-handlers'
import { createCloudFunction } from '../create-cloud-function'

export const main = createCloudFunction('bookings', () => bookingsHandlers)

import { createComplaintsHandlers } from '../../complaints/complaints-handlers'
import { createCloudFunction } from '../create-cloud-function'

export const main = createCloudFunction('complaints', (deps) => createComplaintsHandlers(deps.complaintWechat))

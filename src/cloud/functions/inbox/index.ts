import '../cold-start'
import { inboxContract } from '../../../domain/inbox/inbox-contract'
import { inboxHandlers } from '../../inbox/inbox-handlers'
import { createCloudFunction } from '../create-cloud-function'

export const main = createCloudFunction('inbox', inboxContract, () => inboxHandlers)

import '../cold-start'
import { accountContract } from '../../../domain/account/account-contract'
import { createAccountHandlers } from '../../account/account-handlers'
import { createCloudFunction } from '../create-cloud-function'

export const main = createCloudFunction('account', accountContract, createAccountHandlers)

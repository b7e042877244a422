import { zhCN } from '../../../i18n/catalogue'

export default definePageConfig({ navigationBarTitleText: zhCN.account.auditScreen.title })

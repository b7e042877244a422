import { zhCN } from '../../i18n/catalogue'

export default definePageConfig({ navigationBarTitleText: zhCN.inbox.title, enablePullDownRefresh: true })

import { zhCN } from '../../i18n/catalogue'

export default definePageConfig({ navigationBarTitleText: zhCN.alerts.searches.title })

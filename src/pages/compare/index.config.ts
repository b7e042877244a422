import { zhCN } from '../../i18n/catalogue'

export default definePageConfig({ navigationBarTitleText: zhCN.compare.title })

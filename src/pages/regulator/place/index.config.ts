import { zhCN } from '../../../i18n/catalogue'

export default definePageConfig({ navigationBarTitleText: zhCN.registry.place.title })

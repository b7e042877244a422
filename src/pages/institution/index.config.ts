import { zhCN } from '../../i18n/catalogue'

export default definePageConfig({
  navigationBarTitleText: zhCN.app.titleInstitution,
  enableShareAppMessage: true,
  enablePullDownRefresh: true
})

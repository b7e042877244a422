import { zhCN } from '../../i18n/catalogue'

export default definePageConfig({
  navigationBarTitleText: zhCN.app.tabFinder,
  enablePullDownRefresh: true,
  onReachBottomDistance: 120
})

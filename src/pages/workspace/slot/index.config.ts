import { zhCN } from '../../../i18n/catalogue'

export default definePageConfig({ navigationBarTitleText: zhCN.bookings.workspace.slotTitle, enablePullDownRefresh: true })

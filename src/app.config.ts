import { zhCN } from './i18n/catalogue'
import { COLOURS } from './theme/tokens'

export default defineAppConfig({
  pages: ['pages/finder/index', 'pages/favourites/index', 'pages/me/index', 'pages/institution/index', 'pages/compare/index', 'pages/bookings/book/index', 'pages/bookings/index', 'pages/children/index', 'pages/inbox/index', 'pages/workspace/index', 'pages/workspace/slot/index', 'pages/guidance/index', 'pages/guidance/article/index', 'pages/guidance/bookmarks/index', 'pages/guidance/classes/index', 'pages/guidance/nursing-rooms/index', 'pages/policy/index', 'pages/this-month/index', 'pages/complaints/new/index', 'pages/complaints/index', 'pages/complaints/detail/index', 'pages/complaints/check/index', 'pages/regulator/index', 'pages/regulator/complaint/index'],
  window: {
    backgroundTextStyle: 'light',
    backgroundColor: COLOURS.background,
    navigationBarBackgroundColor: COLOURS.surface,
    navigationBarTitleText: zhCN.common.appName,
    navigationBarTextStyle: 'black'
  },
  tabBar: {
    color: COLOURS.textSecondary,
    selectedColor: COLOURS.primaryStrong,
    backgroundColor: COLOURS.surface,
    borderStyle: 'white',
    list: [
      { pagePath: 'pages/finder/index', text: zhCN.app.tabFinder, iconPath: 'assets/tab-finder.png', selectedIconPath: 'assets/tab-finder-active.png' },
      { pagePath: 'pages/guidance/index', text: zhCN.guidance.tab, iconPath: 'assets/tab-guidance.png', selectedIconPath: 'assets/tab-guidance-active.png' },
      { pagePath: 'pages/favourites/index', text: zhCN.app.tabFavourites, iconPath: 'assets/tab-favourites.png', selectedIconPath: 'assets/tab-favourites-active.png' },
      { pagePath: 'pages/me/index', text: zhCN.app.tabMe, iconPath: 'assets/tab-me.png', selectedIconPath: 'assets/tab-me-active.png' }
    ]
  },
  requiredPrivateInfos: ['getLocation', 'chooseLocation'],
  permission: {
    'scope.userLocation': { desc: zhCN.app.locationPurpose }
  },
  __usePrivacyCheck__: true
})

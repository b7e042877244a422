import { zhCN } from './i18n/catalogue'
import { COLOURS } from './theme/tokens'

export default defineAppConfig({
  pages: ['pages/finder/index', 'pages/favourites/index', 'pages/me/index', 'pages/institution/index', 'pages/compare/index', 'pages/guidance/index'],
  // Guidance beyond its tab opens on demand, so the main package keeps room under its budget.
  subPackages: [
    { root: 'pages/guidance/article', pages: ['index'] },
    { root: 'pages/guidance/bookmarks', pages: ['index'] },
    { root: 'pages/guidance/classes', pages: ['index'] },
    { root: 'pages/guidance/nursing-rooms', pages: ['index'] },
    { root: 'pages/policy', pages: ['index'] },
    // Public statistics against the regional plans: charts and tables, opened from 我的 or a shared link.
    { root: 'pages/statistics', pages: ['index'] },
    { root: 'pages/this-month', pages: ['index'] },
    // Complaints open from a tap on an institution, the finder or 我的; the console is for regulators on H5.
    { root: 'pages/complaints', pages: ['index', 'new/index', 'detail/index', 'check/index'] },
    { root: 'pages/regulator', pages: ['index', 'complaint/index', 'registry/index', 'review/index', 'place/index'] },
    // The operators' console (regions, departments, routing) is for the service's operators on H5.
    { root: 'pages/operator', pages: ['index'] },
    // Booking opens from an institution or 我的; the workspace is for institution staff.
    { root: 'pages/bookings', pages: ['index', 'book/index'] },
    { root: 'pages/children', pages: ['index'] },
    { root: 'pages/inbox', pages: ['index'] },
    { root: 'pages/workspace', pages: ['index', 'slot/index', 'vacancies/index', 'fees/index', 'classes/index', 'disclosures/index'] },
    // A parent's saved finder searches, from 我的.
    { root: 'pages/saved-searches', pages: ['index'] },
    // Invitation links open here; inviting, members and the account audit log are for staff and operators.
    { root: 'pages/account', pages: ['redeem/index', 'members/index', 'audit/index'] },
    // A link to a page the app does not have (a mistyped or old H5 address) lands here.
    { root: 'pages/not-found', pages: ['index'] },
    // The mini-program's English and Uyghur catalogues: no pages, only the two async chunks src/i18n/load-catalogue.ts
    // fetches (分包异步化), so a Chinese reader never downloads them and the main package stays small.
    ...(process.env.TARO_ENV === 'weapp' ? [{ root: 'i18n', pages: [] }] : [])
  ],
  window: {
    backgroundTextStyle: 'light',
    backgroundColor: COLOURS.background,
    navigationBarBackgroundColor: COLOURS.surface,
    navigationBarTitleText: zhCN.common.appName,
    navigationBarTextStyle: 'black'
  },
  tabBar: {
    // The mini-program draws its own bar (src/custom-tab-bar): WeChat's keeps a fixed label size and app.json's
    // Chinese text. Taro's H5 router draws no bar at all when `custom` is on, so H5 keeps its own.
    custom: process.env.TARO_ENV === 'weapp',
    color: COLOURS.textSecondary,
    selectedColor: COLOURS.primaryStrong,
    backgroundColor: COLOURS.surface,
    borderStyle: 'white',
    list: [
      { pagePath: 'pages/finder/index', text: zhCN.app.tabFinder, iconPath: 'assets/tab-finder.png', selectedIconPath: 'assets/tab-finder-active.png' },
      { pagePath: 'pages/guidance/index', text: zhCN.app.tabGuidance, iconPath: 'assets/tab-guidance.png', selectedIconPath: 'assets/tab-guidance-active.png' },
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

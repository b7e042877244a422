/** The app's frame: tab names, page titles, and why it asks for the location. */
export const app = {
  tabFinder: '找托育',
  tabGuidance: '育儿',
  tabFavourites: '收藏',
  tabMe: '我的',
  titleInstitution: '机构详情',
  titleCompare: '机构对比',
  locationPurpose: '用于查找您附近已备案的托育机构',
  notFound: '找不到这个页面，可能是链接有误或页面已经移走。',
  backHome: '回到托育通首页'
} as const

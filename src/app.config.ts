export default defineAppConfig({
  pages: ['pages/finder/index'],
  window: {
    backgroundTextStyle: 'light',
    navigationBarBackgroundColor: '#ffffff',
    navigationBarTitleText: '托育通',
    navigationBarTextStyle: 'black'
  },
  requiredPrivateInfos: ['getLocation', 'chooseLocation'],
  permission: {
    'scope.userLocation': { desc: '用于查找您附近已备案的托育机构' }
  },
  __usePrivacyCheck__: true
})

/** The 我的 tab: settings, about, privacy. */
export const me = {
  title: '我的',
  language: '语言',
  languageHint: '界面文字和发给您的消息都用这种语言。',
  settings: '设置',
  elderMode: '长辈模式',
  elderModeHint: '字更大、按钮更大，方便老人使用。',
  elderModeOn: '已开启长辈模式',
  elderModeOff: '已关闭长辈模式',
  about: '关于托育通',
  aboutText: '托育通帮助3岁以下婴幼儿家庭查找已备案的托育机构，查看机构公示信息、质量评估结果和收费，并计算育儿补贴后的实际费用。',
  sampleTitle: '示例数据说明',
  privacyTitle: '隐私说明',
  privacyLocation: '位置：仅在您点「用我的位置」时获取，用于按距离查找机构，不会保存到服务器。',
  privacyDevice: '收藏、对比和设置只保存在您的手机上。',
  privacyChildren: '本页面不收集孩子的任何个人信息。',
  compareEntry: '机构对比（{count}）',
  favouritesEntry: '我的收藏（{count}）'
} as const

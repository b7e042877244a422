export const common = {
  appName: '托育通',
  sampleData: '示例数据',
  sampleDataNote: '当前展示的是示例数据，机构名称与信息均为虚构，仅用于演示。',
  loading: '正在加载…',
  retry: '重试',
  loadMore: '加载更多',
  loadingMore: '正在加载…',
  loadMoreFailed: '加载失败：{message}',
  addressCopied: '已复制地址，可粘贴到地图App中导航',
  unknown: '未公示',
  yes: '是',
  readAloud: '朗读',
  readAloudStop: '停止朗读',
  no: '否'
} as const

/**
 * Why an input was refused, in words a parent can act on. Each message names the field (`{field}`, already
 * quoted) and fills the brackets of `errors.INVALID_INPUT`, so it carries no full stop of its own.
 */
export const validation = {
  required: '请填写{field}',
  wrongType: '{field}应填写{expected}',
  tooLong: '{field}最多 {maximum} 个字',
  tooShort: '{field}至少 {minimum} 个字',
  empty: '{field}不能为空',
  tooLarge: '{field}不能大于 {maximum}',
  tooSmall: '{field}不能小于 {minimum}',
  tooMany: '{field}最多选 {maximum} 项',
  tooFew: '{field}至少选 {minimum} 项',
  notAnOption: '{field}不是可选的值',
  badFormat: '{field}的格式不对',
  unknownField: '不支持的字段{field}，请更新小程序后重试',
  invalid: '{field}填写有误',
  notJson: '提交的内容不是有效的 JSON',
  quoted: '“{label}”',
  wholeInput: '提交的内容',
  kinds: {
    string: '文字',
    number: '数字',
    int: '整数',
    boolean: '是或否',
    object: '一组信息',
    array: '一组选项',
    date: '日期'
  },
  /** Field names as a form would label them; a field missing here is shown by its name. */
  fields: {
    regionCode: '地区',
    districtCode: '区县',
    origin: '位置',
    lat: '纬度',
    lng: '经度',
    radiusM: '搜索范围',
    serviceTypes: '托育类型',
    ageBands: '班级年龄段',
    affordableOnly: '只看普惠',
    demonstrationOnly: '只看示范',
    operatorKinds: '举办类型',
    minGrade: '最低评估等级',
    maxMonthlyFeeFen: '每月费用上限',
    hasVacancy: '有空位',
    keyword: '关键词',
    sort: '排序方式',
    cursor: '翻页位置',
    pageSize: '每页条数',
    id: '编号',
    code: '代码',
    role: '身份',
    displayName: '显示名称',
    institutionId: '机构'
  }
} as const

/** The operators' console: regions, their districts and departments, complaint routing, and the change log. */
export const operator = {
  title: '地区配置',
  link: '运营后台：地区与投诉分派',
  signIn: {
    title: '运营人员登录',
    hint: '地区、部门和投诉分派由托育通的运营人员维护。正式环境中运营账号通过邀请码开通；开发环境可用示例运营账号登录。',
    notOperator: '当前账号不是运营人员，请换用运营账号登录。',
    sample: '以示例运营人员登录'
  },
  regions: '地区',
  newRegion: '新建地区',
  sampleMark: '示例',
  basics: '基本信息',
  fields: {
    code: '地区代码（小写字母）',
    name: '名称',
    province: '省份',
    idPrefix: '机构编号前缀（小写字母）',
    trackingPrefix: '投诉编号前缀（大写字母）',
    lat: '中心纬度（GCJ-02）',
    lng: '中心经度（GCJ-02）',
    sourceTitle: '实施方案名称',
    sourceNumber: '文号',
    sourceIssuer: '发文单位',
    sourceYear: '年份',
    districtCode: '代码',
    districtName: '区县或街道名称',
    streets: '街道（用顿号或逗号分隔，可不填）',
    departmentCode: '代码',
    departmentName: '部门名称',
    phone: '电话',
    hours: '办公时间',
    accept: '受理时限（工作日）',
    answer: '答复时限（工作日）'
  },
  districts: '区县（街道）',
  addDistrict: '添加区县',
  departments: '部门',
  addDepartment: '添加部门',
  remove: '删除',
  routing: '投诉分派',
  routingHint: '每类问题由哪个部门处理、多少个工作日内受理和答复。修改只影响之后提交的投诉，已提交的投诉仍由原部门办理。',
  subjects: {
    any: '所有对象',
    filed: '备案机构',
    kindergarten_class: '幼儿园托班',
    unfiled: '未备案场所'
  },
  save: '保存地区配置',
  saveRouting: '保存投诉分派',
  saved: '已保存',
  unchanged: '没有改动',
  audit: '修改记录',
  auditEmpty: '还没有修改记录',
  auditLine: '{when} {who}：{what}',
  actions: {
    create: '新建',
    update: '修改',
    routing: '调整分派'
  }
} as const

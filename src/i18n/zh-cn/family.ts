/** A family's children and the guardian consent under which their data is kept. */
export const family = {
  title: '我的宝宝',
  empty: '还没有添加宝宝。预约托育服务前，请先添加宝宝的小名和出生年月。',
  add: '添加宝宝',
  nickname: '小名',
  nicknamePlaceholder: '如：小米',
  nicknameLimit: '已填 {count} 个字，最多 {max} 个字',
  edit: '修改小名',
  saved: '已保存',
  birthMonth: '出生年月',
  ageMonths: '{months}个月',
  year: '{year}年',
  month: '{month}月',
  birthMonthValue: '{year}年{month}月生',
  nicknameRequired: '请填写宝宝的小名',
  birthMonthRequired: '请选择宝宝的出生年月',
  save: '保存',
  cancel: '取消',
  remove: '删除宝宝信息',
  removeConfirm: '删除后，{nickname}的信息将被清除，历史预约中不再显示宝宝小名。确定删除吗？',
  removed: '已删除',
  added: '已添加',
  consent: {
    title: '儿童个人信息保护说明',
    body: '为了为宝宝匹配合适的托育班级和时段，托育通仅收集宝宝的小名和出生年月，不收集真实姓名、照片、证件号等其他信息。这些信息属于儿童敏感个人信息，仅用于预约时核对年龄段，并在您预约时提供给对应机构（小名和月龄）。您可以随时在“我的宝宝”中修改或删除。',
    agree: '我是宝宝的监护人，已阅读并同意上述说明',
    required: '请先勾选同意监护人说明'
  }
} as const

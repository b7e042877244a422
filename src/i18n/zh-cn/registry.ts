import type { ChangeKind } from '../../domain/finder/finder-enums'
import type { ImportIssueCode } from '../../domain/registry/filing-import-rules'

/** What regulators and parents read about filings, evaluations, inspections and the 变更记录. */
export const registry = {
  importIssue: {
    required: '必填项为空',
    formula: '单元格是公式或以 = + - @ 开头，请粘贴为数值后再导入',
    markup: '含有不允许的字符（< > 或控制字符）',
    too_long: '内容过长（最多 200 个字）',
    bad_date: '日期格式不对，应为 2024-03-05',
    future_date: '日期晚于今天',
    bad_credit_code: '统一社会信用代码应为 18 位数字或大写字母',
    unknown_operator_kind: '办托主体应为：公办、民办、公建民营、民办公助、单位办托、幼儿园托班、社区托育点',
    unknown_district: '不是本地区的区县',
    unknown_service_type: '服务类型应为：全日托、半日托、计时托、临时托（可多选，用顿号分隔）',
    bad_yes_no: '应填“是”或“否”',
    bad_number: '不是有效的坐标数值',
    coordinates_incomplete: '经度和纬度要同时填写',
    datum_required: '填写了坐标时须注明坐标系（GCJ-02 或 WGS-84）',
    unknown_datum: '坐标系应为 GCJ-02 或 WGS-84',
    outside_region: '坐标不在本地区范围内，请检查经纬度是否填反',
    unknown_status: '备案状态应为：正常、暂停、注销',
    status_date_required: '暂停或注销须填写状态日期',
    duplicate_in_file: '同一备案编号在文件中出现多次',
    revoked_is_final: '该机构已注销，导入不能恢复'
  } satisfies Record<ImportIssueCode, string>,
  unreadable: {
    notSpreadsheet: '文件已损坏或不是 XLSX 表格',
    noSheet: '表格中没有工作表',
    noHeader: '第 1 行没有找到模板表头（{columns}），可能编码不对或不是备案导出文件',
    missingColumns: '缺少必需的列：{columns}',
    csvSyntax: 'CSV 第 {line} 行格式有误（引号或列数不对）',
    tooManyRows: '行数超过 {max} 行，请拆分后导入',
    empty: '文件中没有数据行'
  },
  changeKind: {
    filed: '备案登记',
    details_changed: '变更备案信息',
    suspended: '暂停',
    revoked: '注销备案',
    reinstated: '恢复正常',
    evaluation_published: '发布质量评估结果',
    rectification_followed_up: '记录整改跟进',
    rectification_closed: '整改办结',
    inspection_recorded: '记录监督检查',
    enforcement_recorded: '记录行政执法'
  } satisfies Record<ChangeKind, string>,
  field: {
    name: '机构名称',
    districtCode: '所在区县',
    address: '地址',
    phone: '电话',
    operatorKind: '办托主体',
    serviceTypes: '服务类型',
    isAffordable: '普惠',
    location: '位置',
    filingNumber: '备案编号',
    receiptDate: '备案回执日期',
    registrationAuthority: '登记机关',
    creditCode: '统一社会信用代码'
  } as Record<string, string>,
  standing: {
    suspended: '该机构已于 {date} 暂停备案：{reason}',
    revoked: '该机构已于 {date} 注销备案，不再提供托育服务：{reason}',
    unlocated: '位置待监管部门标注，暂不参与距离搜索。'
  },
  importIssueLine: '第 {line} 行 {column}“{value}”：{message}',
  importSummary: '{mode}：新增 {new}，变更 {changed}，未变 {unchanged}，注销 {revoked}，拒绝 {rejected}，待标注位置 {unlocated}',
  importDryRun: '试导入（未写入）',
  importCommitted: '已导入',
  changesTitle: '变更记录',
  changeLine: '{date} {actor}：{what}',
  inspectionsTitle: '监督检查',
  inspectionKind: { health_care: '卫生保健', food_safety: '食品安全', fire: '消防', other: '其他' },
  inspectionResult: { passed: '合格', findings: '发现问题', failed: '不合格' },
  inspectionLine: '{date} {kind}检查（{department}）：{result}',
  nextInspection: '下次检查：{date}',
  rectificationDue: '整改：{item}，{due} 前完成',
  rectificationClosed: '整改：{item}，已于 {date} 办结'
}

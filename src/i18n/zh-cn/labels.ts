import type { DisclosureItemKey } from '../../domain/finder/disclosure-checklist'
import type {
  AgeBand,
  DisclosureSection,
  ENFORCEMENT_KINDS,
  EvaluationDimension,
  Grade,
  OperatorKind,
  RECTIFICATION_STATUSES,
  ServiceType,
  SortKey
} from '../../domain/finder/finder-enums'

type EnforcementKind = (typeof ENFORCEMENT_KINDS)[number]
type Rectification = (typeof RECTIFICATION_STATUSES)[number]

/** Names of the domain's enumerations as a parent reads them. */
export const labels = {
  serviceType: {
    full_day: '全日托',
    half_day: '半日托',
    hourly: '计时托',
    temporary: '临时托'
  } satisfies Record<ServiceType, string>,
  ageBand: {
    infant: '乳儿班',
    toddler: '托小班',
    preschool: '托大班',
    mixed: '混龄班'
  } satisfies Record<AgeBand, string>,
  ageBandRange: {
    infant: '6–11个月',
    toddler: '12–23个月',
    preschool: '24–36个月',
    mixed: '18个月以上'
  } satisfies Record<AgeBand, string>,
  operatorKind: {
    public: '公办',
    private: '民办',
    public_run_by_private: '公建民营',
    private_with_public_aid: '民办公助',
    employer: '单位办托',
    kindergarten_class: '幼儿园托班',
    community_point: '社区托育点'
  } satisfies Record<OperatorKind, string>,
  grade: {
    A: 'A级',
    B: 'B级',
    C: 'C级',
    D: 'D级'
  } satisfies Record<Grade, string>,
  sort: {
    distance: '距离最近',
    grade: '评估等级',
    fee: '月费最低'
  } satisfies Record<SortKey, string>,
  feeUnit: {
    month: '/月',
    hour: '/小时',
    day: '/天',
    session: '/次'
  },
  disclosureSection: {
    fees: '收费',
    care: '保育照护',
    meals: '膳食营养',
    health: '卫生保健',
    safety: '安全保卫',
    staff: '人员资质'
  } satisfies Record<DisclosureSection, string>,
  disclosureItem: {
    fee_schedule: '收费项目与标准',
    refund_policy: '退费办法',
    affordable_price_approval: '普惠价格核定',
    daily_routine: '一日生活安排',
    care_plan: '保育照护计划',
    parent_communication: '家园沟通方式',
    weekly_menu: '每周食谱',
    food_supplier: '食材供应商',
    allergy_handling: '过敏儿童餐食处理',
    health_check_on_entry: '入托体检要求',
    disinfection_records: '消毒记录',
    illness_policy: '患病儿童处理办法',
    monitoring_24h: '24小时视频监控',
    video_retention: '录像保存期限',
    one_key_alarm: '一键报警',
    liability_insurance: '责任保险',
    fire_inspection: '消防检查',
    staff_roster: '工作人员名单',
    caregiver_certificates: '保育人员资格证书',
    background_checks: '从业人员背景审查'
  } satisfies Record<DisclosureItemKey, string>,
  evaluationDimension: {
    conditions: '办托条件',
    staffing: '托育队伍',
    care: '保育照护',
    health: '卫生保健',
    family_support: '养育支持',
    safety: '安全保障',
    management: '机构管理'
  } satisfies Record<EvaluationDimension, string>,
  rectification: {
    none: '无需整改',
    required: '需要整改',
    in_progress: '整改中',
    completed: '已完成整改'
  } satisfies Record<Rectification, string>,
  enforcementKind: {
    warning: '警告',
    rectification_order: '责令整改',
    fine: '罚款',
    suspension: '暂停办托',
    revocation: '撤销备案'
  } satisfies Record<EnforcementKind, string>,
  /** ISO weekdays, Monday = d1. */
  weekday: {
    d1: '周一',
    d2: '周二',
    d3: '周三',
    d4: '周四',
    d5: '周五',
    d6: '周六',
    d7: '周日'
  }
} as const

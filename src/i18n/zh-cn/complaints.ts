import type { ContentFlag } from '../../domain/complaints/content-check-rules'
import type {
  ActorKind,
  CloseOutcomeKind,
  ComplaintCategory,
  ComplaintStatus,
  EventKind,
  IdentityMode
} from '../../domain/complaints/complaint-schema'

/** 投诉举报: filing, following and handling complaints, and the messages sent to the parent. */
export const complaints = {
  categories: {
    safety: '安全隐患',
    abuse_neglect: '疑似虐待或疏于照护',
    food: '饮食安全',
    hygiene_health: '卫生与健康',
    fees_refunds: '收费与退费',
    staff_qualifications: '人员资质',
    false_disclosure: '公示信息不实',
    unregistered: '未备案经营',
    other: '其他问题'
  } satisfies Record<ComplaintCategory, string>,
  categoryHints: {
    safety: '如设施破损、消防通道堵塞、监控缺失、接送混乱',
    abuse_neglect: '如打骂、体罚、恐吓、长时间无人看护',
    food: '如食物变质、餐具不洁、食谱与公示不符',
    hygiene_health: '如环境脏乱、传染病处置不当、晨午检缺失',
    fees_refunds: '如乱收费、不按约定退费、价格与公示不符',
    staff_qualifications: '如保育人员无证上岗、人员配比不足',
    false_disclosure: '如公示的资质、班额、评估结果与实际不符',
    unregistered: '未备案却在收托婴幼儿',
    other: '以上都不是'
  } satisfies Record<ComplaintCategory, string>,
  statuses: {
    submitted: '已提交，待受理',
    accepted: '已受理',
    rejected: '不予受理',
    assigned: '已转交承办部门',
    investigating: '调查核实中',
    answered: '已答复',
    reopened: '已申请重新处理',
    closed: '已办结'
  } satisfies Record<ComplaintStatus, string>,
  outcomes: {
    upheld: '投诉属实',
    partly_upheld: '部分属实',
    not_upheld: '投诉不属实',
    duplicate: '重复投诉，已合并',
    referred: '已移交其他部门'
  } satisfies Record<CloseOutcomeKind, string>,
  identities: {
    named: '实名',
    hidden_from_institution: '实名，但对机构保密',
    anonymous: '匿名'
  } satisfies Record<IdentityMode, string>,
  identityHints: {
    named: '处理部门可以告诉机构是谁反映的问题',
    hidden_from_institution: '只有处理部门知道您的身份，不会告诉机构',
    anonymous: '不记录您的身份；请保存好投诉编号和查询密码，凭它们查看进展'
  } satisfies Record<IdentityMode, string>,
  events: {
    submitted: '提交投诉',
    held_for_review: '内容需人工审核',
    accepted: '受理',
    rejected: '不予受理',
    assigned: '转交承办部门',
    investigating: '开始调查核实',
    answered: '答复',
    closed: '办结',
    reopened: '申请重新处理',
    report_added: '补充了同一问题的反映',
    note: '内部备注',
    viewed: '查看'
  } satisfies Record<EventKind, string>,
  actors: {
    complainant: '投诉人',
    regulator: '处理部门',
    system: '系统'
  } satisfies Record<ActorKind, string>,
  contentFlags: {
    threat: '含威胁性表述',
    insult: '含侮辱性表述',
    advertising: '含广告或联系方式',
    id_number: '含身份证号'
  } satisfies Record<ContentFlag, string>,
  messages: {
    submittedAccepted: '已收到您的投诉',
    submittedBody: '投诉编号 {trackingNo}，{department}将在{acceptBy}前受理。',
    addedBody: '您反映的问题已补充到投诉 {trackingNo}，将与之一并处理。',
    statusTitle: '投诉有新进展',
    statusBody: '投诉 {trackingNo}：{status}。{message}',
    reportAdded: '另一位家长补充反映了同一问题。',
    assignedTo: '已转交{department}办理。',
    reopenedBy: '家长申请重新处理：{reason}',
    rejectedBecause: '不予受理的原因：{reason}',
    closedAs: '办结结论：{outcome}。{reason}',
    duplicateOf: '与投诉 {trackingNo} 为同一问题，已合并处理。',
    referredTo: '已移交{department}。',
    mergedProgress: '合并处理的投诉 {trackingNo}：{status}。{message}'
  }
} as const

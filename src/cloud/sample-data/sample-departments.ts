import type { Department } from '../../domain/regions/region-schema'
import { HOTLINE_HOURS } from '../regions/regions-migrations'

/**
 * The departments of the four sample regions as their implementation plans (../shared/seeds) name them, and
 * what each is responsible for: seeded into the region tables, where operators edit them. Every phone is the
 * 12345 government service hotline, which routes to the right office, because the sample must not invent
 * direct numbers; its hours are the hotline's.
 */

const HOTLINE = '12345'

interface DepartmentNames {
  health: string
  market: string
  public_security: string
  emergency: string
  education: string
  civil_affairs: string
  human_resources: string
  housing: string
  street_office: string
}

type Duties = Record<keyof DepartmentNames, string>

/**
 * What each plan's 部门职责 / 牵头单位 lines give each department, in one sentence. The regions word the split
 * differently (巴州 and 诸暨 list duties per department; 渝中 and 鹤壁 name lead units per task), so each keeps its own.
 */
export const BAZHOU_DUTIES: Duties = {
  health: '负责制定落实托育机构设置标准和管理规范，县市卫生健康部门负责已登记托育机构的备案，协调相关部门监督管理，并负责卫生保健和婴幼儿早期发展业务指导。',
  market: '负责营利性托育机构注册登记，依法查处违反市场监管法律法规的行为，监管托育机构的饮食用药安全。',
  public_security: '负责监督指导各类托育机构开展安全防范，对托育机构安全管理工作进行监管。',
  emergency: '负责指导协调消防救援机构依法开展托育场所消防监督检查，做好突发事件应急管理。',
  education: '负责各类婴幼儿照护服务人才培养。',
  civil_affairs: '负责非营利性托育机构法人注册登记及监督管理，推动将婴幼儿照护服务纳入城乡社区服务范围。',
  human_resources: '负责托育从业人员职业技能培训补贴和职业技能等级认定，依法保障从业人员劳动保障权益。',
  housing: '负责落实工程质量终身负责制，加强新建婴幼儿照护服务设施的工程质量安全监管。',
  street_office: '在县市人民政府属地管理下掌握辖区托育服务情况，配合开展安全检查和投诉处置。'
}

export const YUZHONG_DUTIES: Duties = {
  health: '牵头全区托育服务工作，负责托育机构备案、信息公示和质量评估、卫生保健指导及安全监管。',
  market: '负责营利性托育机构注册登记，配合区卫生健康委开展托育机构安全监管和服务规范管理。',
  public_security: '配合区卫生健康委做好托育机构安全监管，依法查处侵害婴幼儿人身安全的违法行为。',
  emergency: '配合区卫生健康委做好托育机构安全监管和应急管理。',
  education: '牵头推进托幼一体化，支持有条件的幼儿园开设托班招收2至3岁幼儿。',
  civil_affairs: '负责社会组织类非营利性托育机构注册登记，配合发展社区托育服务。',
  human_resources: '牵头落实产假政策，为脱产照护婴幼儿的父母提供就业指导和职业技能培训。',
  housing: '牵头新建居住区婴幼儿照护服务设施的配套建设。',
  street_office: '配合做好辖区社区婴幼儿照护服务设施建设和托育服务，协助处置群众反映的问题。'
}

export const ZHUJI_DUTIES: Duties = {
  health: '负责协调相关部门对托育机构的监督管理和备案，负责卫生保健和婴幼儿早期发展的业务指导、咨询服务和监督检查。',
  market: '负责营利性托育机构注册登记，维护市场经营秩序和消费者权益，查处广告、食品安全等方面的违法行为。',
  public_security: '负责监督指导各类托育机构开展安全防范。',
  emergency: '负责托育机构安全综合监管和应急救援指导。',
  education: '负责幼儿园托班管理，承担托幼一体化的规划、落实和行业管理。',
  civil_affairs: '负责非营利性托育机构法人注册登记和年度检查，查处违反社会组织相关法律法规的行为。',
  human_resources: '负责托育从业人员职业技能培训和职称评定，查处托育机构违反劳动保障法律法规的行为。',
  housing: '负责监督落实托育机构工程建设规范，开展托育机构建设工程消防设计审查、消防验收、备案和抽查。',
  street_office: '属地掌握辖区托育机构数量、质量和收费情况，网格排查不符合设置标准或非法的照护服务机构，早发现、早上报、早处置。'
}

export const HEBI_DUTIES: Duties = {
  health: '牵头托育服务发展工作，负责托育机构备案、卫生保健指导和检查，会同有关部门开展监督管理和服务质量考核评估。',
  market: '负责营利性托育机构注册登记，查处托育服务市场违法违规行为。',
  public_security: '负责托育机构安全防范监督，严厉打击拐卖婴幼儿等侵害婴幼儿人身安全的犯罪行为。',
  emergency: '负责托育机构消防安全监督检查和应急管理。',
  education: '负责推动有条件的幼儿园开设托班招收2至3岁幼儿，并参与托育人才培养。',
  civil_affairs: '负责非营利性托育机构注册登记，参与托育机构监督管理和社区托育服务。',
  human_resources: '负责托育从业人员职业技能培训和职业资格准入管理。',
  housing: '负责新建居住区和老旧小区改造中托育服务设施的规划建设。',
  street_office: '按照属地管理原则负责辖区托育机构的日常巡查和安全监管，畅通投诉举报渠道。'
}

export function departments(names: DepartmentNames, duties: Duties): Department[] {
  return (Object.keys(names) as (keyof DepartmentNames)[]).map((code) => ({
    code,
    name: names[code],
    phone: HOTLINE,
    hours: HOTLINE_HOURS,
    duties: duties[code]
  }))
}

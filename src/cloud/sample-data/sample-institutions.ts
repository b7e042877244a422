import { DISCLOSURE_CHECKLIST, type DisclosureItemKey } from '../../domain/finder/disclosure-checklist'
import { gradeForTotal } from '../../domain/finder/evaluation-rules'
import {
  EVALUATION_DIMENSIONS,
  FEE_UNIT_BY_SERVICE,
  OPERATOR_KINDS,
  type AgeBand,
  type DisclosureSection,
  type OperatorKind,
  type ServiceType
} from '../../domain/finder/finder-enums'
import {
  ACTIVE_STANDING,
  institutionDetailSchema,
  type ClassGroup,
  type DisclosureItem,
  type EnforcementRecord,
  type Evaluation,
  type Fee,
  type InstitutionDetail,
  type Safety,
  type Vacancy
} from '../../domain/finder/institution-schema'
import { CHILDREN_PER_CARER, CLASS_SIZE_LIMIT } from '../../domain/finder/staff-ratio-rules'
import type { District, Region } from '../../domain/regions/region-schema'
import { dayjs } from '../../domain/shared/clock'
import { creditCode } from './credit-code'
import { randomSource, type RandomSource } from './random-source'

/**
 * Fictional institutions for one sample region, the same on every run for the same region and reference
 * day. The mix is what a regulator's register looks like: mostly compliant, with the gaps the product exists
 * to show (missing or out-of-date disclosures, stale vacancy reports, a class short of carers, a poor grade
 * under rectification, an enforcement record).
 */

const SAMPLE_INSTITUTIONS_PER_REGION = 150

interface RegionStyle {
  areaCode: string
  /** Digits after the area code: 8 in the big cities, 7 in 库尔勒 and 鹤壁. */
  phoneDigits: number
  /** GB/T 2260 county-level codes by district; a district missing here uses the region's own. */
  divisionCode: string
  divisionByDistrict: Record<string, string>
  /** 机构编制部门: where public (事业单位) institutions are registered, per the plans' 登记 rules. */
  establishmentOffice: string
  filingPrefix: string
  /** How far from a district centre institutions spread, in metres: a county seat is smaller than a city. */
  spreadM: (district: District, index: number) => number
  /** Share of institutions per district, in district order. */
  weights: number[]
}

const STYLES: Record<string, RegionStyle> = {
  bazhou: {
    areaCode: '0996',
    phoneDigits: 7,
    divisionCode: '652800',
    divisionByDistrict: {
      korla: '652801',
      luntai: '652822',
      yuli: '652823',
      ruoqiang: '652824',
      qiemo: '652825',
      yanqi: '652826',
      hejing: '652827',
      heshuo: '652828',
      bohu: '652829'
    },
    establishmentOffice: '中共巴音郭楞蒙古自治州委员会机构编制委员会办公室',
    filingPrefix: '巴卫托备',
    spreadM: (_d, i) => (i === 0 ? 3000 : 1200),
    weights: [12, 1, 1, 1, 1, 1, 1, 1, 1]
  },
  yuzhong: {
    areaCode: '023',
    phoneDigits: 8,
    divisionCode: '500103',
    divisionByDistrict: {},
    establishmentOffice: '中共重庆市渝中区委机构编制委员会办公室',
    filingPrefix: '渝中卫托备',
    spreadM: () => 550,
    weights: [1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1]
  },
  zhuji: {
    areaCode: '0575',
    phoneDigits: 8,
    divisionCode: '330681',
    divisionByDistrict: {},
    establishmentOffice: '中共诸暨市委机构编制委员会办公室',
    filingPrefix: '诸卫托备',
    spreadM: (_d, i) => (i < 3 ? 1800 : 1200),
    weights: [5, 4, 4, 2, 2, 2, 1, 1]
  },
  hebi: {
    areaCode: '0392',
    phoneDigits: 7,
    divisionCode: '410600',
    divisionByDistrict: { heshan: '410602', shancheng: '410603', qibin: '410611', xunxian: '410621', qixian: '410622' },
    establishmentOffice: '中共鹤壁市委机构编制委员会办公室',
    filingPrefix: '鹤卫托备',
    spreadM: (_d, i) => (i === 0 ? 3000 : 1500),
    weights: [6, 2, 2, 2, 2]
  }
}

const BRANDS = [
  '小橡果', '蒲公英', '向日葵', '小海豚', '七彩虹', '贝贝熊', '童梦', '启航', '阳光宝贝', '小星星',
  '禾苗', '萌芽', '乐享', '安心', '暖阳', '童趣', '爱乐', '朵朵', '小树苗', '彩虹桥', '知更鸟', '小蜗牛'
]
const EMPLOYERS = ['人民医院', '妇幼保健院', '供电公司', '经济开发区', '高新产业园', '中心医院']

const OPERATOR_WEIGHTS: Record<OperatorKind, number> = {
  public: 10,
  private: 33,
  public_run_by_private: 12,
  private_with_public_aid: 12,
  employer: 8,
  kindergarten_class: 14,
  community_point: 11
}

const CLASS_NAMES: Record<AgeBand, string> = { infant: '乳儿班', toddler: '托小班', preschool: '托大班', mixed: '混龄班' }

// Most keep video for the 90 days the plans require or longer; a few fall short, which the safety section flags.
const RETENTION_DAY_WEIGHTS = { '90': 5, '120': 2, '180': 3, '30': 1, '60': 1 }

const DISCLOSURE_VALUES: Record<Exclude<DisclosureItemKey, 'video_retention'>, string[]> = {
  fee_schedule: ['保育费按月收取，伙食费单列，收费标准已在公示栏张贴', '按学期收取保育费，伙食费按实际就餐天数结算'],
  refund_policy: ['请假连续满5个工作日按日退还伙食费；退托提前15日告知，按未托天数退费', '因病请假可按日退伙食费，退托按剩余天数退还保育费'],
  affordable_price_approval: ['普惠托位收费标准已报价格主管部门备案', '普惠托位执行政府指导价'],
  daily_routine: ['7:30入托晨检，上午户外活动2小时，午睡12:00–14:30，17:30离园', '晨检、自由游戏、户外活动、午睡、加餐、亲子离园'],
  care_plan: ['按《托育机构保育指导大纲（试行）》制定分月龄保育计划', '每月评估一次婴幼儿发展情况并与家长沟通'],
  parent_communication: ['每日离园口头交流，每周推送成长记录，每学期家长会两次', '设家长开放日，每月一次育儿讲座'],
  weekly_menu: ['每周一公示带量食谱，三餐两点，营养师审核', '每周食谱在公示栏和家长群同步公布'],
  food_supplier: ['食材由具备资质的配送企业供应，索证索票齐全', '米面油、肉类定点采购，留样48小时'],
  allergy_handling: ['入托时登记过敏史，过敏儿童单独备餐', '过敏食物清单张贴于厨房和班级'],
  health_check_on_entry: ['入托前须持妇幼保健机构出具的健康检查表', '入托体检合格后方可入托，每日晨午检'],
  disinfection_records: ['玩具每日清洗消毒，消毒记录每周公示', '活动室每日紫外线消毒并登记'],
  illness_policy: ['发热（≥37.5℃）等症状须离园就医，痊愈后凭证明返托', '传染病患儿隔离期满并经医生证明后返托'],
  monitoring_24h: ['全部活动区域视频监控，24小时设防', '出入口、活动室、寝室、厨房监控全覆盖'],
  one_key_alarm: ['已安装一键式紧急报警装置并与公安联网', '配备一键报警和防冲撞设施'],
  liability_insurance: ['已投保托育机构责任险', '已投保校（园）方责任险和意外险'],
  fire_inspection: ['消防设施年度检测合格', '已通过消防安全检查，每月开展疏散演练'],
  staff_roster: ['保育人员、保健人员、保安人员名单及照片在公示栏公示', '从业人员名单每学期更新公示'],
  caregiver_certificates: ['保育人员均持有保育师或育婴员证书', '保育人员持证上岗，证书复印件可查阅'],
  background_checks: ['全部从业人员已完成无犯罪记录查询和健康体检', '入职前完成背景审查，每年复查']
}

const SOURCES = ['机构公示栏', '机构官方公众号', '卫生健康部门检查记录', '市场监管部门登记信息', '现场核查记录']

interface Builder {
  region: Region
  style: RegionStyle
  rnd: RandomSource
  today: dayjs.Dayjs
}

const daysAgo = (b: Builder, days: number) => b.today.subtract(days, 'day').format('YYYY-MM-DD')

function pointNear(b: Builder, centre: { lat: number; lng: number }, radiusM: number) {
  const angle = b.rnd.next() * 2 * Math.PI
  const distance = Math.sqrt(b.rnd.next()) * radiusM
  const dLat = (distance * Math.cos(angle)) / 111_320
  const dLng = (distance * Math.sin(angle)) / (111_320 * Math.cos((centre.lat * Math.PI) / 180))
  return { lat: Number((centre.lat + dLat).toFixed(6)), lng: Number((centre.lng + dLng).toFixed(6)) }
}

function departmentName(region: Region, code: string): string {
  return region.departments.find((d) => d.code === code)?.name ?? region.departments[0]?.name ?? region.name
}

function classesFor(b: Builder, kind: OperatorKind, index: number): ClassGroup[] {
  const bands: AgeBand[] =
    kind === 'kindergarten_class'
      ? Array.from({ length: b.rnd.int(1, 3) }, () => 'preschool' as const)
      : kind === 'community_point'
        ? ['mixed']
        : [
            ...(b.rnd.chance(0.45) ? (['infant'] as const) : []),
            ...Array.from({ length: b.rnd.int(1, 2) }, () => 'toddler' as const),
            ...Array.from({ length: b.rnd.int(0, 2) }, () => 'preschool' as const),
            ...(b.rnd.chance(0.15) ? (['mixed'] as const) : [])
          ]
  const counts: Partial<Record<AgeBand, number>> = {}
  return bands.map((ageBand, n) => {
    counts[ageBand] = (counts[ageBand] ?? 0) + 1
    const capacity = CLASS_SIZE_LIMIT[ageBand] - b.rnd.int(0, Math.floor(CLASS_SIZE_LIMIT[ageBand] * 0.4))
    const enrolled = Math.max(1, capacity - b.rnd.int(0, 4))
    const required = Math.ceil(enrolled / CHILDREN_PER_CARER[ageBand])
    // About one class in ten runs a carer short: the gap the staffing section exists to show.
    const caregivers = (index + n) % 10 === 3 ? required - 1 : required + (b.rnd.chance(0.3) ? 1 : 0)
    return {
      id: `c${n + 1}`,
      name: `${CLASS_NAMES[ageBand]}${counts[ageBand] === 1 ? '' : counts[ageBand]}`,
      ageBand,
      capacity,
      enrolled,
      caregivers
    }
  })
}

function servicesFor(b: Builder, kind: OperatorKind, index: number): ServiceType[] {
  if (kind === 'community_point') return b.rnd.chance(0.5) ? ['half_day', 'hourly', 'temporary'] : ['hourly', 'temporary']
  const services: ServiceType[] = ['full_day']
  if (b.rnd.chance(0.4)) services.push('half_day')
  if (index % 4 === 1 || b.rnd.chance(0.3)) services.push('hourly')
  if (index % 5 === 2 || b.rnd.chance(0.2)) services.push('temporary')
  return services
}

function feesFor(b: Builder, services: ServiceType[], bands: AgeBand[], affordable: boolean): Fee[] {
  const cap = b.region.policy.affordableMonthlyCapFen
  const base = affordable ? b.rnd.int(Math.round(cap * 0.65), cap) : b.rnd.int(Math.round(cap * 1.05), cap * 2)
  return services.flatMap((serviceType) =>
    bands.map((ageBand) => {
      const infantExtra = ageBand === 'infant' ? 1.15 : ageBand === 'preschool' ? 0.92 : 1
      const unit = FEE_UNIT_BY_SERVICE[serviceType]
      const raw =
        serviceType === 'full_day'
          ? base * infantExtra
          : serviceType === 'half_day'
            ? base * 0.6 * infantExtra
            : serviceType === 'hourly'
              ? b.rnd.int(30, 60) * 100
              : b.rnd.int(120, 260) * 100
      const amountFen = Math.round(raw / 100) * 100
      return {
        serviceType,
        ageBand,
        // 普惠 keeps under the cap however the band surcharge falls.
        amountFen: affordable && unit === 'month' ? Math.min(amountFen, cap) : amountFen,
        unit,
        includesMeals: serviceType === 'full_day' || serviceType === 'temporary' || b.rnd.chance(0.4)
      }
    })
  )
}

function vacanciesFor(b: Builder, services: ServiceType[], bands: AgeBand[]): Vacancy[] {
  const vacancies: Vacancy[] = []
  for (const serviceType of services) {
    for (const ageBand of bands) {
      if (!b.rnd.chance(0.75)) continue
      const fresh = b.rnd.chance(0.65)
      vacancies.push({
        serviceType,
        ageBand,
        places: b.rnd.chance(0.2) ? 0 : b.rnd.int(1, 6),
        reportedOn: daysAgo(b, fresh ? b.rnd.int(0, 28) : b.rnd.int(31, 120))
      })
    }
  }
  return vacancies.sort((x, y) => y.reportedOn.localeCompare(x.reportedOn))
}

function disclosuresFor(b: Builder): DisclosureItem[] {
  const items: DisclosureItem[] = []
  for (const [section, keys] of Object.entries(DISCLOSURE_CHECKLIST) as [DisclosureSection, readonly DisclosureItemKey[]][]) {
    for (const key of keys) {
      if (b.rnd.chance(0.14)) continue
      const stale = b.rnd.chance(0.1)
      items.push({
        key,
        section,
        value:
          key === 'video_retention'
            ? `监控录像保存${b.rnd.weighted(RETENTION_DAY_WEIGHTS)}天`
            : b.rnd.pick(DISCLOSURE_VALUES[key]),
        updatedOn: daysAgo(b, stale ? b.rnd.int(31, 120) : b.rnd.int(0, 28)),
        source: b.rnd.pick(SOURCES)
      })
    }
  }
  return items
}

function safetyFrom(disclosures: DisclosureItem[]): Safety {
  const item = (key: DisclosureItemKey) => disclosures.find((d) => d.key === key)
  const retention = item('video_retention')
  return {
    monitoring24h: item('monitoring_24h') ? true : null,
    videoRetentionDays: retention ? Number(/(\d+)天/.exec(retention.value)?.[1] ?? 90) : null,
    oneKeyAlarm: item('one_key_alarm') ? true : null,
    liabilityInsurance: item('liability_insurance') ? true : null
  }
}

function evaluationsFor(b: Builder, id: string): Evaluation[] {
  const count = b.rnd.pick([0, 1, 1, 1, 2, 2, 3])
  const quality = 0.58 + b.rnd.next() * 0.4
  return Array.from({ length: count }, (_, k) => {
    const scores = Object.fromEntries(
      Object.entries(EVALUATION_DIMENSIONS).map(([dimension, max]) => {
        // Older evaluations score a little lower: institutions improve after rectification.
        const q = Math.min(1, Math.max(0.3, quality - k * 0.03 + (b.rnd.next() - 0.5) * 0.12))
        return [dimension, Math.round(max * q)]
      })
    ) as Evaluation['scores']
    const total = Object.values(scores).reduce((sum, s) => sum + s, 0)
    const grade = gradeForTotal(total)
    const poor = grade === 'C' || grade === 'D'
    return {
      id: `${id}-e${count - k}`,
      evaluatedOn: daysAgo(b, k * 365 + b.rnd.int(20, 300)),
      evaluator: departmentName(b.region, 'health'),
      scores,
      total,
      grade,
      rectification: poor ? (k === 0 ? b.rnd.pick(['required', 'in_progress'] as const) : 'completed') : 'none',
      rectificationNote: poor ? b.rnd.pick(['保育人员持证率不足，限期整改', '卫生保健记录不完整，限期整改', '安全巡查记录缺失，限期整改']) : null
    }
  })
}

const ENFORCEMENT_SUMMARIES: Record<EnforcementRecord['kind'], string> = {
  warning: '消防通道堆放杂物，予以警告并当场整改',
  rectification_order: '食品留样记录不全，责令限期整改',
  fine: '超出备案范围收托，依法处以罚款',
  suspension: '保育人员配备不足，责令暂停招收新生',
  revocation: '存在严重安全隐患且逾期未整改，撤销备案'
}

function enforcementFor(b: Builder, id: string): EnforcementRecord[] {
  if (!b.rnd.chance(0.08)) return []
  return Array.from({ length: b.rnd.int(1, 2) }, (_, n) => {
    const kind = b.rnd.pick(['warning', 'warning', 'rectification_order', 'rectification_order', 'fine', 'suspension'] as const)
    const age = b.rnd.int(20, 700)
    return {
      id: `${id}-x${n + 1}`,
      decidedOn: daysAgo(b, age),
      department: departmentName(b.region, b.rnd.pick(['health', 'market', 'emergency'])),
      kind,
      summary: ENFORCEMENT_SUMMARIES[kind],
      resolved: age > 60
    }
  }).sort((x, y) => y.decidedOn.localeCompare(x.decidedOn))
}

function nameFor(b: Builder, kind: OperatorKind, district: District, street: string): string {
  const brand = b.rnd.pick(BRANDS)
  const place = district.name.replace(/(街道|镇|县|区|市|回族自治县)$/, '')
  switch (kind) {
    case 'public':
      return `${place}公办${brand}托育园`
    case 'public_run_by_private':
      return `${place}${brand}婴幼儿照护服务中心`
    case 'private_with_public_aid':
      return `${brand}托育园（${place}园）`
    case 'employer':
      return `${place}${b.rnd.pick(EMPLOYERS)}职工托育中心`
    case 'kindergarten_class':
      return `${place}${brand}幼儿园托班`
    case 'community_point':
      return `${street.replace(/(路|街|大道)$/, '')}社区托育点`
    default:
      return `${brand}托育中心（${place}）`
  }
}

const INTROS: Record<OperatorKind, string> = {
  public: '政府举办的公办托育机构，优先保障辖区普通家庭的托育需求。',
  private: '社会力量举办的托育机构，提供专业保育照护和科学育儿指导。',
  public_run_by_private: '政府提供场地、委托专业机构运营的公建民营托育机构。',
  private_with_public_aid: '获得政府补助的民办托育机构，提供普惠托位。',
  employer: '用人单位为职工子女举办的福利性托育机构。',
  kindergarten_class: '幼儿园开设的托班，招收2–3岁幼儿，实行托幼一体化管理。',
  community_point: '依托社区用房设立的托育点，就近提供计时托、临时托服务。'
}

/**
 * 登记机关 by the plans' rule: 事业单位 with the 机构编制 office (code 12), non-profit 民办非企业 with 民政 (52),
 * for-profit with 市场监管 (91). A kindergarten's 托班 is registered as the kindergarten is, public or private.
 */
type Registrar = 'establishment' | 'civil_affairs' | 'market'
const REGISTRAR_DIGITS: Record<Registrar, string> = { establishment: '12', civil_affairs: '52', market: '91' }

function registrarFor(b: Builder, kind: OperatorKind): Registrar {
  switch (kind) {
    case 'public':
      return 'establishment'
    case 'kindergarten_class':
      return b.rnd.chance(0.5) ? 'establishment' : 'civil_affairs'
    case 'public_run_by_private':
    case 'community_point':
      return 'civil_affairs'
    default:
      return 'market'
  }
}

function operatorKindFor(b: Builder, index: number): OperatorKind {
  // The first institutions take every kind in turn, so each region shows every kind whatever the draw.
  if (index < OPERATOR_KINDS.length) return OPERATOR_KINDS[index] as OperatorKind
  return b.rnd.weighted(OPERATOR_WEIGHTS)
}

function districtFor(b: Builder, index: number): { district: District; position: number } {
  const districts = b.region.districts
  if (index < districts.length) return { district: districts[index] as District, position: index }
  const position = b.rnd.weightedIndex(b.style.weights.slice(0, districts.length))
  return { district: districts[position] as District, position }
}

function institution(b: Builder, index: number, names: Set<string>): InstitutionDetail {
  const id = `${b.region.idPrefix}-${String(index + 1).padStart(4, '0')}`
  const kind = operatorKindFor(b, index)
  const { district, position } = districtFor(b, index)
  const street = b.rnd.pick(district.streets)
  let name = nameFor(b, kind, district, street)
  for (let branch = 2; names.has(name); branch++) name = `${name.replace(/（\d+部）$/, '')}（${branch}部）`
  names.add(name)

  const classes = classesFor(b, kind, index)
  const bands = [...new Set(classes.map((c) => c.ageBand))]
  const services = servicesFor(b, kind, index)
  const affordable =
    kind === 'public' || kind === 'public_run_by_private' || kind === 'community_point'
      ? b.rnd.chance(0.8)
      : kind === 'employer'
        ? b.rnd.chance(0.3)
        : b.rnd.chance(0.22)
  const evaluations = evaluationsFor(b, id)
  const latest = evaluations[0]
  const disclosures = disclosuresFor(b)
  const caregivers = classes.reduce((sum, c) => sum + c.caregivers, 0)
  const healthStaff = kind === 'community_point' ? 0 : 1
  const securityStaff = b.rnd.int(1, 2)
  const fullDay = services.includes('full_day')
  const registrar = registrarFor(b, kind)
  const receiptDate = daysAgo(b, b.rnd.int(60, 1800))

  return {
    id,
    regionCode: b.region.code,
    districtCode: district.code,
    districtName: district.name,
    street,
    address: `${b.region.name}${district.name}${street}${b.rnd.int(1, 399)}号`,
    name,
    intro: INTROS[kind],
    phone: `${b.style.areaCode}-${b.rnd.int(2, 8)}${String(b.rnd.int(0, 10 ** (b.style.phoneDigits - 1) - 1)).padStart(b.style.phoneDigits - 1, '0')}`,
    location: pointNear(b, district.centre, b.style.spreadM(district, position)),
    filing: {
      // The number carries the year of the receipt it was issued with.
      number: `${b.style.filingPrefix}〔${receiptDate.slice(0, 4)}〕${String(index + 1).padStart(4, '0')}号`,
      receiptDate,
      registrationAuthority: registrar === 'establishment' ? b.style.establishmentOffice : departmentName(b.region, registrar),
      creditCode: creditCode(REGISTRAR_DIGITS[registrar], b.style.divisionByDistrict[district.code] ?? b.style.divisionCode, b.rnd)
    },
    operatorKind: kind,
    openToResidents: kind === 'employer' ? b.rnd.chance(0.5) : null,
    isAffordable: affordable,
    // 示范 is earned: only an institution whose latest evaluation is A or B carries it.
    isDemonstration: latest !== undefined && (latest.grade === 'A' || latest.grade === 'B') && b.rnd.chance(0.2),
    serviceTypes: services,
    // 计时托 and 临时托 serve parents who work Saturdays too.
    hours: fullDay
      ? {
          opensAt: '07:30',
          closesAt: '17:30',
          weekdays: services.includes('hourly') || services.includes('temporary') ? [1, 2, 3, 4, 5, 6] : [1, 2, 3, 4, 5]
        }
      : { opensAt: '08:00', closesAt: '17:00', weekdays: [1, 2, 3, 4, 5, 6] },
    fees: feesFor(b, services, bands, affordable),
    classes,
    vacancies: vacanciesFor(b, services, bands),
    disclosures,
    safety: safetyFrom(disclosures),
    staff: {
      total: caregivers + healthStaff + securityStaff + b.rnd.int(1, 4),
      caregivers,
      certifiedCaregivers: caregivers - b.rnd.int(0, Math.min(2, caregivers)),
      healthStaff,
      securityStaff,
      reportedOn: daysAgo(b, b.rnd.int(5, 200))
    },
    evaluations,
    enforcement: enforcementFor(b, id),
    standing: ACTIVE_STANDING,
    located: true,
    inspections: [],
    rectifications: [],
    premisesPhotos: [],
    changes: [],
    isSample: true
  }
}

export function sampleInstitutions(region: Region, referenceDate: string): InstitutionDetail[] {
  const style = STYLES[region.code]
  if (!style) throw new Error(`no sample style for region ${region.code}`)
  const b: Builder = { region, style, rnd: randomSource(`institutions:${region.code}`), today: dayjs.utc(referenceDate) }
  const names = new Set<string>()
  return Array.from({ length: SAMPLE_INSTITUTIONS_PER_REGION }, (_, i) =>
    institutionDetailSchema.parse(institution(b, i, names))
  )
}

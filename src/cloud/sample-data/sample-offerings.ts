import { addDays, chinaInstant, isoWeekday } from '../../domain/bookings/china-time-rules'
import type { ClassKind, OfferingKind } from '../../domain/bookings/offering-schema'
import { officialHolidayOn } from '../../domain/shared/holiday-calendar-rules'
import type { AgeBand } from '../../domain/finder/finder-enums'
import type { InstitutionDetail } from '../../domain/finder/institution-schema'
import { todayInChina } from '../../domain/shared/clock'
import type { Database } from '../db/database'
import { listRegionInstitutions } from '../finder/institution-repository'
import { listRegionSummaries } from '../regions/regions-service'
import { insertOfferings, type NewOffering } from '../bookings/offering-repository'
import { insertSlots, latestSampleSlotStarts, type NewSlot } from '../bookings/slot-repository'

/**
 * Sample offerings and slots, made up for the sample institutions and for one sample community service
 * centre per region, dated from the day they are generated: two weeks of slots on the days the institution
 * is open, official holidays left out. Ids are derived from the institution, kind, date and time, so
 * generating again only adds the days that are new and never revives a slot staff have cancelled.
 */

const DAYS_AHEAD = 14
/** Top up once fewer than this many days of slots remain. */
const REFRESH_WHEN_DAYS_LEFT = 7

interface SlotPlan {
  startTime: string
  endTime: string
  weekdays: readonly number[]
  capacity: number
  ageBand: AgeBand | null
  priceFen: number
  windowDaysAhead: number
  minNoticeMinutes: number
  cancelCutoffHours: number
}

interface OfferingPlan {
  suffix: string
  kind: OfferingKind
  classKind: ClassKind | null
  title: string
  description: string
  slots: SlotPlan[]
}

const compact = (value: string) => value.replace(/[-:]/g, '')

/** Days from today on which a weekday-based plan runs, without official holidays. */
function openDates(today: string, weekdays: readonly number[]): string[] {
  const dates: string[] = []
  for (let offset = 0; offset < DAYS_AHEAD; offset += 1) {
    const date = addDays(today, offset)
    if (!weekdays.includes(isoWeekday(date))) continue
    if (officialHolidayOn(date)) continue
    dates.push(date)
  }
  return dates
}

function slotsFor(offeringId: string, suffix: string, plans: readonly SlotPlan[], today: string, now: Date): NewSlot[] {
  return plans.flatMap((plan) =>
    openDates(today, plan.weekdays)
      .map((date) => ({
        id: `sl-${suffix}-${compact(date)}-${compact(plan.startTime)}`,
        offeringId,
        startsAt: chinaInstant(date, plan.startTime).toISOString(),
        endsAt: chinaInstant(date, plan.endTime).toISOString(),
        capacity: plan.capacity,
        ageBand: plan.ageBand,
        windowDaysAhead: plan.windowDaysAhead,
        windowOpensAt: '08:00',
        minNoticeMinutes: plan.minNoticeMinutes,
        cancelCutoffHours: plan.cancelCutoffHours,
        priceFen: plan.priceFen
      }))
      .filter((slot) => Date.parse(slot.startsAt) > now.getTime())
  )
}

const lowestFee = (institution: InstitutionDetail, serviceType: 'hourly' | 'temporary'): number | null => {
  const fees = institution.fees.filter((fee) => fee.serviceType === serviceType).map((fee) => fee.amountFen)
  return fees.length > 0 ? Math.min(...fees) : null
}

/** Later of two HH:mm times, and earlier: keeps sample slots inside the institution's opening hours. */
const later = (a: string, b: string) => (a > b ? a : b)
const earlier = (a: string, b: string) => (a < b ? a : b)

function institutionPlans(institution: InstitutionDetail): OfferingPlan[] {
  // A filing without published hours has nothing to book yet.
  if (!institution.hours) return []
  const { opensAt, closesAt, weekdays } = institution.hours
  const plans: OfferingPlan[] = [
    {
      suffix: 'visit',
      kind: 'visit',
      classKind: null,
      title: '入园参观',
      description: '由老师带领参观活动室、午睡室和厨房，了解一日作息，可带宝宝同来。',
      slots: [
        { startTime: '15:30', endTime: '16:15', weekdays: weekdays.filter((d) => d === 2 || d === 4), capacity: 8, ageBand: null, priceFen: 0, windowDaysAhead: 14, minNoticeMinutes: 120, cancelCutoffHours: 2 }
      ]
    }
  ]
  const hourly = lowestFee(institution, 'hourly')
  if (institution.serviceTypes.includes('hourly') && hourly !== null) {
    plans.push({
      suffix: 'hourly',
      kind: 'hourly',
      classKind: null,
      title: '计时托（2小时）',
      description: '临时有事时按时段托管，请带好换洗衣物和宝宝常用物品。',
      slots: [
        { startTime: later(opensAt, '09:00'), endTime: '11:00', weekdays, capacity: 6, ageBand: null, priceFen: hourly * 2, windowDaysAhead: 7, minNoticeMinutes: 60, cancelCutoffHours: 12 },
        { startTime: '14:00', endTime: earlier(closesAt, '16:00'), weekdays, capacity: 6, ageBand: null, priceFen: hourly * 2, windowDaysAhead: 7, minNoticeMinutes: 60, cancelCutoffHours: 12 }
      ]
    })
  }
  const daily = lowestFee(institution, 'temporary')
  if (institution.serviceTypes.includes('temporary') && daily !== null) {
    plans.push({
      suffix: 'temporary',
      kind: 'temporary',
      classKind: null,
      title: '临时托（全天）',
      description: '含午餐和午睡，入托当天请出示宝宝近期体检记录。',
      slots: [
        { startTime: opensAt, endTime: closesAt, weekdays, capacity: 4, ageBand: null, priceFen: daily, windowDaysAhead: 7, minNoticeMinutes: 720, cancelCutoffHours: 24 }
      ]
    })
  }
  const band = institution.classes[0]?.ageBand ?? null
  if (institution.serviceTypes.includes('full_day')) {
    plans.push({
      suffix: 'trial',
      kind: 'trial_day',
      classKind: null,
      title: '试托半天',
      description: '家长可陪同，让宝宝提前熟悉老师和环境。',
      slots: [
        { startTime: later(opensAt, '09:00'), endTime: '11:30', weekdays: weekdays.filter((d) => d === 5), capacity: 2, ageBand: band, priceFen: 0, windowDaysAhead: 14, minNoticeMinutes: 1440, cancelCutoffHours: 24 }
      ]
    })
  }
  return plans.filter((plan) => plan.slots.every((slot) => slot.startTime < slot.endTime))
}

function communityPlans(): OfferingPlan[] {
  const free = { ageBand: null, priceFen: 0, windowDaysAhead: 14, minNoticeMinutes: 60, cancelCutoffHours: 2 } as const
  return [
    { suffix: 'parent-class', kind: 'class', classKind: 'parent_class', title: '家长课堂：宝宝的睡眠与作息', description: '社区儿保医生主讲，现场答疑。', slots: [{ ...free, startTime: '10:00', endTime: '11:30', weekdays: [6], capacity: 30 }] },
    { suffix: 'parent-child', kind: 'class', classKind: 'parent_child_activity', title: '亲子活动：绘本与律动', description: '一位家长陪同一名宝宝参加。', slots: [{ ...free, startTime: '15:00', endTime: '16:00', weekdays: [7], capacity: 12, ageBand: 'mixed' }] },
    { suffix: 'prenatal', kind: 'class', classKind: 'prenatal_school', title: '孕妇学校：新生儿护理', description: '准爸爸准妈妈均可参加。', slots: [{ ...free, startTime: '19:00', endTime: '20:30', weekdays: [3], capacity: 20 }] },
    { suffix: 'consultation', kind: 'class', classKind: 'parenting_consultation', title: '育儿咨询（一对一）', description: '每次约30分钟，喂养、睡眠、发育问题均可咨询。', slots: [{ ...free, startTime: '09:00', endTime: '09:30', weekdays: [2, 4], capacity: 1 }] }
  ]
}

interface Host {
  prefix: string
  institutionId: string | null
  hostName: string | null
  regionCode: string
}

/** The offerings and slots of one host's plans, as rows to insert. */
function rowsFor(plans: readonly OfferingPlan[], host: Host, today: string, now: Date): { offerings: NewOffering[]; slots: NewSlot[] } {
  const offerings: NewOffering[] = []
  const slots: NewSlot[] = []
  for (const plan of plans) {
    const suffix = `${host.prefix}-${plan.suffix}`
    const offering: NewOffering = {
      id: `of-${suffix}`,
      kind: plan.kind,
      classKind: plan.classKind,
      title: plan.title,
      description: plan.description,
      hostKind: host.institutionId ? 'institution' : 'community_centre',
      institutionId: host.institutionId,
      hostName: host.hostName,
      regionCode: host.regionCode,
      isSample: true
    }
    offerings.push(offering)
    slots.push(...slotsFor(offering.id, suffix, plan.slots, today, now))
  }
  return { offerings, slots }
}

const needsTopUp = (latest: string | undefined, now: Date) =>
  latest === undefined || Date.parse(latest) < chinaInstant(addDays(todayInChina(now), REFRESH_WHEN_DAYS_LEFT), '00:00').getTime()

/**
 * Keeps two weeks of sample slots ahead for every sample institution and each sample region's community
 * service centre, dated from `now`: run at start-up and by the upkeep timer, never from a read. Hosts with a
 * week or more of slots left are not touched; real institutions and regions never are. Returns the slots added.
 */
export async function refreshSampleOfferings(db: Database, now: Date): Promise<number> {
  const today = todayInChina(now)
  const latest = await latestSampleSlotStarts(db)
  const offerings: NewOffering[] = []
  const slots: NewSlot[] = []
  const add = (rows: { offerings: NewOffering[]; slots: NewSlot[] }) => {
    offerings.push(...rows.offerings)
    slots.push(...rows.slots)
  }
  for (const region of await listRegionSummaries(db)) {
    if (!region.isSample) continue
    if (needsTopUp(latest.communityCentres.get(region.code), now)) {
      add(rowsFor(communityPlans(), { prefix: `${region.code}-community`, institutionId: null, hostName: `${region.name}示例社区服务中心`, regionCode: region.code }, today, now))
    }
    for (const institution of await listRegionInstitutions(db, region.code)) {
      if (!institution.isSample || !needsTopUp(latest.institutions.get(institution.id), now)) continue
      add(rowsFor(institutionPlans(institution), { prefix: institution.id, institutionId: institution.id, hostName: null, regionCode: institution.regionCode }, today, now))
    }
  }
  if (offerings.length === 0) return 0
  return db.transaction(async (tx) => {
    await insertOfferings(tx, offerings, now)
    return insertSlots(tx, slots, now)
  })
}

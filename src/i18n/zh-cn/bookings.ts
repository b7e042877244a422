import type { BookingStatus, WaitlistStatus } from '../../domain/bookings/booking-schema'
import type { ClassKind, OfferingKind } from '../../domain/bookings/offering-schema'

/** 预约: offering names, booking flow, my bookings, the institution workspace and the messages sent to families. */
export const bookings = {
  kinds: {
    visit: '参观',
    trial_day: '试托',
    hourly: '计时托',
    temporary: '临时托',
    class: '课堂活动'
  } satisfies Record<OfferingKind, string>,
  classKinds: {
    parent_class: '家长课堂',
    parent_child_activity: '亲子活动',
    parenting_salon: '育儿沙龙',
    health_talk: '健康讲座',
    prenatal_school: '孕妇学校',
    parenting_consultation: '育儿咨询'
  } satisfies Record<ClassKind, string>,
  statuses: {
    confirmed: '已预约',
    cancelled: '已取消',
    cancelled_by_institution: '机构已取消',
    rescheduled: '已改约',
    attended: '已到场',
    no_show: '未到场'
  } satisfies Record<BookingStatus, string>,
  waitlistStatuses: {
    waiting: '候补中，第{position}位',
    offered: '有空位，请在{expiresAt}前确认',
    accepted: '已确认',
    declined: '已放弃',
    expired: '保留已过期',
    left: '已退出候补',
    closed: '时段已取消'
  } satisfies Record<WaitlistStatus, string>,
  free: '免费',
  priceFen: '¥{yuan}',
  messages: {
    confirmedTitle: '预约成功',
    confirmedBody: '{title}（{host}）{startsAt} 开始，已为{who}预约成功。如需取消，请在{cutoff}前操作。',
    reminderTitle: '预约提醒',
    reminderBody: '{who}预约的{title}（{host}）将于{startsAt}开始，请准时到达。',
    cancelledByInstitutionTitle: '预约已被机构取消',
    cancelledByInstitutionBody: '很抱歉，{host}取消了{startsAt}的{title}，您的预约已自动取消。可以选择其他时段重新预约。',
    rescheduledTitle: '改约成功',
    rescheduledBody: '{title}（{host}）已为{who}改到{startsAt}，原时段的预约已取消。',
    cancelledTitle: '预约已取消',
    cancelledBody: '您已取消{startsAt}的{title}（{host}）。',
    offerTitle: '候补到空位了',
    offerBody: '{title}（{host}）{startsAt} 有一个空位为您保留到{expiresAt}，请尽快在“我的预约”中确认，过期将顺延给下一位。',
    offerExpiredTitle: '保留名额已过期',
    offerExpiredBody: '为您保留的{title}（{host}）{startsAt} 名额已过期，已顺延给下一位候补家庭。',
    waitlistClosedTitle: '候补的时段已取消',
    waitlistClosedBody: '{host}取消了{startsAt}的{title}，您的候补已结束。',
    forChild: '{nickname}',
    forYou: '您'
  }
} as const

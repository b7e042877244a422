import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import Taro from '@tarojs/taro'
import { describe, expect, it, jest } from '@jest/globals'
import ChildrenPage from '../../src/pages/children/index'
import InboxPage from '../../src/pages/inbox/index'
import MyBookingsPage from '../../src/pages/bookings/index'
import WorkspacePage from '../../src/pages/workspace/index'
import WorkspaceSlotPage from '../../src/pages/workspace/slot/index'
import { addToPhoneCalendar } from '../../src/services/phone-calendar'
import { booking, child, offering, signInAs, slot, waitlistEntry } from './support/booking-data'
import { detail } from './support/sample-data'
import { taroFake } from './support/taro'

describe('my bookings', () => {
  it('lists upcoming bookings and waitlist places, cancels after asking, and moves a booking', async () => {
    signInAs('parent')
    let bookings = [booking(), booking({ id: 'bk-0000-0000-aaaa-dddddd', reference: 'DDDDDD', canChange: false })]
    taroFake.respond('bookings', 'myBookings', (input) => ({ data: { bookings: input.scope === 'upcoming' ? bookings : [], waitlist: [waitlistEntry()] } }))
    taroFake.respond('inbox', 'unreadCount', () => ({ data: { unreadCount: 2 } }))
    taroFake.respond('bookings', 'cancel', () => {
      const cancelled = booking({ status: 'cancelled', canChange: false })
      bookings = bookings.filter((b) => b.id !== cancelled.id)
      return { data: cancelled }
    })
    const user = userEvent.setup()
    render(<MyBookingsPage />)
    const cards = await screen.findAllByTestId('booking-card')
    expect(cards).toHaveLength(2)
    expect(cards[0]).toHaveTextContent('11月26日 周四 09:00–11:00')
    expect(cards[0]).toHaveTextContent('宝宝：米米')
    expect(cards[0]).toHaveTextContent('预约编号 BBBBBB')
    expect(within(cards[0]!).getByTestId('booking-status')).toHaveTextContent('已预约')
    expect(cards[1]).toHaveTextContent('已过取消截止时间')
    expect(within(cards[1]!).queryByTestId('cancel-booking')).toBeNull()
    expect(screen.getByTestId('waitlist-card')).toHaveTextContent('候补中，第3位')
    expect(screen.getByTestId('open-inbox')).toHaveTextContent('2条未读')

    await user.click(within(cards[0]!).getByTestId('reschedule-booking'))
    expect(taroFake.navigations.at(-1)?.url).toBe('/pages/bookings/book/index?offeringId=of-zj-0001-hourly&bookingId=bk-0000-0000-aaaa-bbbbbb')

    await user.click(within(cards[0]!).getByTestId('cancel-booking'))
    await waitFor(() => expect(screen.getAllByTestId('booking-card')).toHaveLength(1))
    expect(taroFake.lastInput('bookings', 'cancel')).toEqual({ bookingId: 'bk-0000-0000-aaaa-bbbbbb' })
    expect(taroFake.toasts.at(-1)?.title).toBe('已取消预约')
  })

  it('shows where a booking is and its price per session, calls and opens the host, and adds it to the calendar', async () => {
    signInAs('parent')
    taroFake.respond('bookings', 'myBookings', () => ({ data: { bookings: [booking()], waitlist: [] } }))
    taroFake.respond('inbox', 'unreadCount', () => ({ data: { unreadCount: 0 } }))
    taroFake.respond('finder', 'get', () => ({ data: detail() }))
    const files: Blob[] = []
    const downloads: string[] = []
    Object.assign(URL, { createObjectURL: (blob: Blob) => `blob:calendar-${files.push(blob)}`, revokeObjectURL: () => undefined })
    const click = jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      downloads.push(this.download)
    })
    const user = userEvent.setup()
    render(<MyBookingsPage />)
    const card = await screen.findByTestId('booking-card')
    expect(within(card).getByTestId('booking-price')).toHaveTextContent('¥80/次')
    expect(await within(card).findByTestId('booking-address')).toHaveTextContent('地址：艮塔东路12号')
    await user.click(within(card).getByTestId('booking-phone'))
    expect(taroFake.phoneCalls).toEqual(['0575-87000001'])
    await user.click(within(card).getByTestId('open-booking-host'))
    expect(taroFake.navigations.at(-1)).toEqual({ kind: 'navigateTo', url: '/pages/institution/index?id=zj-0001' })

    await user.click(within(card).getByTestId('add-to-calendar'))
    expect(downloads).toEqual(['tuoyu-20261126-0900.ics'])
    const text = await new Promise<string>((resolve) => {
      const reader = new FileReader()
      reader.onload = () => resolve(String(reader.result))
      reader.readAsText(files[0]!)
    })
    // The slot runs 09:00–11:00 China time: the file says it in UTC, with Z.
    expect(text).toContain('DTSTART:20261126T010000Z\r\n')
    expect(text).toContain('DTEND:20261126T030000Z\r\n')
    expect(text).toContain('UID:bk-0000-0000-aaaa-bbbbbb@tuoyu-tong')
    expect(text).toContain('LOCATION:诸暨示例托育园 艮塔东路12号')
    expect(taroFake.toasts.at(-1)?.title).toBe('已下载日历文件，用日历应用打开即可添加')
    click.mockRestore()
  })

  it('in the mini-program writes the booking into the phone’s calendar, with a reminder', async () => {
    const stubbed = Taro as unknown as Record<string, unknown>
    const added: unknown[] = []
    stubbed.addPhoneCalendar = async (options: unknown) => {
      added.push(options)
    }
    process.env.TARO_ENV = 'weapp'
    try {
      await addToPhoneCalendar({ uid: 'bk-1@tuoyu-tong', startsAt: '2026-11-26T01:00:00.000Z', endsAt: '2026-11-26T03:00:00.000Z', title: '计时托', location: '艮塔东路12号', description: '预约编号 BBBBBB' })
    } finally {
      process.env.TARO_ENV = 'h5'
      delete stubbed.addPhoneCalendar
    }
    expect(added).toEqual([
      { title: '计时托', startTime: 1795654800, endTime: '1795662000', location: '艮塔东路12号', description: '预约编号 BBBBBB', alarm: true, alarmOffset: 3600 }
    ])
  })

  it('shows the moved booking on coming back from 改约 when the parent signed in on this page', async () => {
    taroFake.respond('account', 'devLogin', (input) => ({
      data: { token: 't', expiresAt: '2099-01-01T00:00:00.000Z', user: { id: 'dev-p', role: input.role, displayName: '示例家长', regionCode: null, institutionId: null } }
    }))
    let bookings = [booking()]
    taroFake.respond('bookings', 'myBookings', () => ({ data: { bookings, waitlist: [] } }))
    taroFake.respond('inbox', 'unreadCount', () => ({ data: { unreadCount: 0 } }))
    const user = userEvent.setup()
    render(<MyBookingsPage />)
    await user.click(await screen.findByTestId('sign-in'))
    const card = await screen.findByTestId('booking-card')
    await user.click(within(card).getByTestId('reschedule-booking'))
    // On the booking page the parent moves it: the old booking is now 已改约 and a new one takes its place.
    bookings = [booking({ id: 'bk-0000-0000-aaaa-eeeeee', reference: 'EEEEEE' }), booking({ status: 'rescheduled', canChange: false })]
    act(() => taroFake.show())
    await waitFor(() => expect(screen.getAllByTestId('booking-card').map((c) => c.getAttribute('data-status'))).toEqual(['confirmed', 'rescheduled']))
    expect(screen.getAllByTestId('booking-card')[0]).toHaveTextContent('预约编号 EEEEEE')
  })

  it('takes a place held for the family from the waitlist', async () => {
    signInAs('parent')
    taroFake.respond('bookings', 'myBookings', () => ({ data: { bookings: [], waitlist: [waitlistEntry({ status: 'offered', position: null, offerExpiresAt: '2026-11-24T06:00:00.000Z' })] } }))
    taroFake.respond('inbox', 'unreadCount', () => ({ data: { unreadCount: 0 } }))
    taroFake.respond('bookings', 'acceptOffer', () => ({ data: booking() }))
    const user = userEvent.setup()
    render(<MyBookingsPage />)
    const card = await screen.findByTestId('waitlist-card')
    // A short badge beside the text, the deadline on a line of its own: a long badge squeezed the text to a few
    // characters a line.
    expect(within(card).getByTestId('waitlist-status').textContent).toBe('有空位')
    expect(within(card).getByTestId('offer-expires')).toHaveTextContent('请在11月24日 14:00前确认，逾期名额将让给下一位。')
    await user.click(within(card).getByTestId('accept-offer'))
    await waitFor(() => expect(taroFake.lastInput('bookings', 'acceptOffer')).toMatchObject({ entryId: 'wl-0000-0001' }))
  })

  it('asks for history separately and says when there is none', async () => {
    signInAs('parent')
    taroFake.respond('bookings', 'myBookings', () => ({ data: { bookings: [], waitlist: [] } }))
    taroFake.respond('inbox', 'unreadCount', () => ({ data: { unreadCount: 0 } }))
    const user = userEvent.setup()
    render(<MyBookingsPage />)
    expect(await screen.findByTestId('empty-state')).toHaveTextContent('还没有预约')
    await user.click(screen.getByTestId('tab-past'))
    expect(await screen.findByText('没有历史预约。')).toBeInTheDocument()
    expect(taroFake.lastInput('bookings', 'myBookings')).toEqual({ scope: 'past' })
  })
})

describe('children', () => {
  it('lists children with their age and removes one after asking', async () => {
    signInAs('parent')
    let children = [child(), child({ id: 'ch-0002-dou', nickname: '豆豆', birthMonth: '2026-01', ageMonths: 10 })]
    taroFake.respond('family', 'listChildren', () => ({ data: { children } }))
    taroFake.respond('family', 'removeChild', (input) => {
      children = children.filter((c) => c.id !== input.childId)
      return { data: { removed: true } }
    })
    const user = userEvent.setup()
    render(<ChildrenPage />)
    const rows = await screen.findAllByTestId('child-row')
    expect(rows[1]).toHaveTextContent('豆豆2026年1月生 · 10个月')
    await user.click(within(rows[1]!).getByTestId('remove-child'))
    await waitFor(() => expect(screen.getAllByTestId('child-row')).toHaveLength(1))
  })

  it('corrects a nickname, as the consent text promises, and says the length limit as it is typed', async () => {
    signInAs('parent')
    let children = [child()]
    taroFake.respond('family', 'listChildren', () => ({ data: { children } }))
    taroFake.respond('family', 'updateChild', (input) => {
      children = [child({ nickname: String(input.nickname) })]
      return { data: children[0] }
    })
    const user = userEvent.setup()
    render(<ChildrenPage />)
    await user.click(await screen.findByTestId('edit-child'))
    const field = screen.getByTestId('edit-nickname')
    await user.clear(field)
    await user.type(field, '小米粒')
    expect(screen.getByTestId('nickname-editor')).toHaveTextContent('已填 3 个字，最多 12 个字')
    await user.click(screen.getByTestId('save-nickname'))
    expect(taroFake.lastInput('family', 'updateChild')).toEqual({ childId: child().id, nickname: '小米粒' })
    await waitFor(() => expect(screen.getByTestId('child-row')).toHaveTextContent('小米粒'))
    expect(screen.queryByTestId('nickname-editor')).toBeNull()
  })

  it('says the nickname limit when adding a child', async () => {
    signInAs('parent')
    taroFake.respond('family', 'listChildren', () => ({ data: { children: [] } }))
    const user = userEvent.setup()
    render(<ChildrenPage />)
    await user.click(await screen.findByTestId('add-child'))
    expect(screen.getByTestId('child-form')).toHaveTextContent('已填 0 个字，最多 12 个字')
  })

  it('shows why a removal was refused', async () => {
    signInAs('parent')
    taroFake.respond('family', 'listChildren', () => ({ data: { children: [child()] } }))
    taroFake.respond('family', 'removeChild', () => ({ status: 422, envelope: { ok: false, error: { code: 'CHILD_HAS_UPCOMING_BOOKINGS', message: '宝宝还有未开始的预约，请先取消这些预约，再删除宝宝信息。' } } }))
    const user = userEvent.setup()
    render(<ChildrenPage />)
    await user.click(await screen.findByTestId('remove-child'))
    await waitFor(() => expect(taroFake.toasts.at(-1)?.title).toContain('未开始的预约'))
  })
})

describe('inbox', () => {
  it('shows messages newest first, marks one read when opened and follows its link', async () => {
    signInAs('parent')
    const message = (id: string, title: string, readAt: string | null) => ({ id, topic: 'bookings', title, body: `${title}的内容`, link: '/pages/bookings/index', createdAt: '2026-11-23T02:00:00.000Z', readAt })
    taroFake.respond('inbox', 'list', () => ({ data: { messages: [message('msg-0002', '预约提醒', null), message('msg-0001', '预约成功', '2026-11-23T03:00:00.000Z')], nextCursor: null, unreadCount: 1 } }))
    taroFake.respond('inbox', 'markRead', () => ({ data: { unreadCount: 0 } }))
    const user = userEvent.setup()
    render(<InboxPage />)
    const items = await screen.findAllByTestId('inbox-message')
    expect(items.map((i) => i.getAttribute('data-read'))).toEqual(['false', 'true'])
    expect(items[0]).toHaveTextContent('11月23日 10:00')
    await user.click(items[0]!)
    await waitFor(() => expect(screen.getAllByTestId('inbox-message')[0]).toHaveAttribute('data-read', 'true'))
    expect(taroFake.lastInput('inbox', 'markRead')).toEqual({ ids: ['msg-0002'] })
    expect(taroFake.navigations.at(-1)).toEqual({ kind: 'navigateTo', url: '/pages/bookings/index' })
    expect(screen.queryByTestId('mark-all-read')).toBeNull()
  })
})

describe('institution workspace', () => {
  it('signs staff in for the institution in the link, then lists its slots with how full they are', async () => {
    taroFake.setRouterParams({ institutionId: 'zj-0001', regionCode: 'zhuji' })
    taroFake.respond('account', 'devLogin', (input) => ({
      data: { token: 't', expiresAt: '2099-01-01T00:00:00.000Z', user: { id: 'dev-s', role: 'institution_staff', displayName: '机构老师', regionCode: input.regionCode, institutionId: input.institutionId } }
    }))
    taroFake.respond('bookings', 'workspace', () => ({
      data: { institutionId: 'zj-0001', offerings: [{ ...offering(), slots: [slot('sl-0001-a', '2026-11-26', { placesLeft: 1 }), slot('sl-0003-c', '2026-11-27', { status: 'cancelled', bookable: false, unavailableReason: 'SLOT_CANCELLED' })] }], nextCursor: null, allOfferings: [offering()] }
    }))
    const user = userEvent.setup()
    render(<WorkspacePage />)
    await user.click(await screen.findByTestId('sign-in'))
    expect(taroFake.lastInput('account', 'devLogin')).toEqual({ role: 'institution_staff', institutionId: 'zj-0001', regionCode: 'zhuji' })
    const rows = await screen.findAllByTestId('workspace-slot')
    expect(rows[0]).toHaveTextContent('已约5/6')
    expect(rows[1]).toHaveTextContent('已取消')
    await user.click(rows[0]!)
    expect(taroFake.navigations.at(-1)).toEqual({ kind: 'navigateTo', url: '/pages/workspace/slot/index?slotId=sl-0001-a' })
  })

  it('opened from 我的 without an institution, tells staff where their way in is', async () => {
    render(<WorkspacePage />)
    expect(await screen.findByTestId('sign-in-gate')).toHaveTextContent('从页面最下方的“本机构工作人员”进入工作台')
    expect(screen.queryByTestId('sign-in')).toBeNull()
  })

  it('shows an institution with many offerings a page at a time, and the next page on 加载更多', async () => {
    signInAs('institution_staff', 'zj-0001')
    const first = offering({ id: 'of-page-one', title: '上午亲子课' })
    const second = offering({ id: 'of-page-two', title: '下午早教课' })
    taroFake.respond('bookings', 'workspace', (input) =>
      input.after === 'of-page-one'
        ? { data: { institutionId: 'zj-0001', offerings: [{ ...second, slots: [] }], nextCursor: null, allOfferings: [first, second] } }
        : { data: { institutionId: 'zj-0001', offerings: [{ ...first, slots: [] }], nextCursor: 'of-page-one', allOfferings: [first, second] } }
    )
    const user = userEvent.setup()
    render(<WorkspacePage />)
    expect(await screen.findAllByTestId('workspace-offering')).toHaveLength(1)
    await user.click(screen.getByTestId('workspace-load-more'))
    const cards = await screen.findAllByTestId('workspace-offering')
    expect(cards.map((card) => card.textContent)).toEqual([expect.stringContaining('上午亲子课'), expect.stringContaining('下午早教课')])
    expect(screen.queryByTestId('workspace-load-more')).toBeNull()
  })

  it('creates weekly slots and reports the holidays it skipped', async () => {
    signInAs('institution_staff', 'zj-0001')
    taroFake.respond('bookings', 'workspace', () => ({ data: { institutionId: 'zj-0001', offerings: [{ ...offering(), slots: [] }], nextCursor: null, allOfferings: [offering()] } }))
    taroFake.respond('bookings', 'createSlots', () => ({
      data: { created: [slot('sl-0001-a', '2026-11-26')], skippedHolidays: [{ date: '2026-10-01', holiday: '国庆节' }], uncheckedDates: [] }
    }))
    const user = userEvent.setup()
    render(<WorkspacePage />)
    await user.click(await screen.findByTestId('open-slots-form'))
    await user.click(screen.getByTestId('schedule-weekly'))
    await user.click(screen.getByTestId('weekday-6'))
    await user.clear(screen.getByTestId('slots-capacity'))
    await user.type(screen.getByTestId('slots-capacity'), '8')
    await user.clear(screen.getByTestId('slots-price'))
    await user.type(screen.getByTestId('slots-price'), '45.5')
    await user.click(screen.getByTestId('slots-band-toddler'))
    await user.click(screen.getByTestId('slots-create'))
    expect(await screen.findByTestId('slots-form-message')).toHaveTextContent('已添加1个时段')
    expect(screen.getByTestId('slots-form-message')).toHaveTextContent('2026-10-01（国庆节）')
    expect(taroFake.lastInput('bookings', 'createSlots')).toMatchObject({
      offeringId: 'of-zj-0001-hourly',
      startTime: '09:00',
      endTime: '11:00',
      schedule: { kind: 'weekly', weeks: 4, weekdays: [1, 2, 3, 4, 5, 6], onMakeupWorkdays: false },
      capacity: 8,
      ageBand: 'toddler',
      priceFen: 4550
    })
  })

  it('has staff pick slot times with a time control, not type them', async () => {
    signInAs('institution_staff', 'zj-0001')
    taroFake.respond('bookings', 'workspace', () => ({ data: { institutionId: 'zj-0001', offerings: [{ ...offering(), slots: [] }], nextCursor: null, allOfferings: [offering()] } }))
    taroFake.respond('bookings', 'createSlots', () => ({ data: { created: [slot('sl-0001-a', '2026-11-26')], skippedHolidays: [], uncheckedDates: [] } }))
    const user = userEvent.setup()
    render(<WorkspacePage />)
    await user.click(await screen.findByTestId('open-slots-form'))
    const start = screen.getByLabelText('开始时间')
    expect(start).toHaveAttribute('type', 'time')
    expect(screen.getByLabelText('结束时间')).toHaveAttribute('type', 'time')
    expect(screen.getByTestId('slots-window-time')).toHaveAttribute('type', 'time')
    fireEvent.change(start, { target: { value: '14:30' } })
    fireEvent.change(screen.getByTestId('slots-end'), { target: { value: '16:00' } })
    await user.click(screen.getByTestId('slots-create'))
    await screen.findByTestId('slots-form-message')
    expect(taroFake.lastInput('bookings', 'createSlots')).toMatchObject({ startTime: '14:30', endTime: '16:00', windowOpensAt: '08:00' })
  })

  it('guides staff under each field and names a refused field by its label, never its key', async () => {
    signInAs('institution_staff', 'zj-0001')
    taroFake.respond('bookings', 'workspace', () => ({ data: { institutionId: 'zj-0001', offerings: [{ ...offering(), slots: [] }], nextCursor: null, allOfferings: [offering()] } }))
    const user = userEvent.setup()
    render(<WorkspacePage />)
    await user.click(await screen.findByTestId('open-offering-form'))
    expect(screen.getByTestId('offering-form')).toHaveTextContent('必填，最多 30 个字')
    await user.click(screen.getByTestId('offering-create'))
    const titleError = await screen.findByTestId('offering-title-error')
    expect(titleError).toHaveTextContent('“名称”不能为空')
    expect(screen.getByTestId('offering-form')).not.toHaveTextContent(/title/)
    expect(taroFake.requestsTo('bookings', 'createOffering')).toHaveLength(0)
    // Correcting the field takes the refusal away.
    await user.type(screen.getByTestId('offering-title'), '计时托')
    expect(screen.queryByTestId('offering-title-error')).toBeNull()

    await user.click(screen.getByTestId('open-slots-form'))
    expect(screen.getByTestId('slots-form')).toHaveTextContent('填 1–200 的整数')
    await user.clear(screen.getByTestId('slots-capacity'))
    await user.click(screen.getByTestId('slots-create'))
    expect(await screen.findByTestId('slots-capacity-error')).toHaveTextContent('“名额”')
    expect(screen.getByTestId('slots-form')).not.toHaveTextContent(/capacity/)
  })

  it('shows staff the contact a family shared for a booking, and none where nothing was shared', async () => {
    signInAs('institution_staff', 'zj-0001')
    taroFake.setRouterParams({ slotId: 'sl-0001-a' })
    const row = { status: 'confirmed', createdAt: '2026-11-19T02:00:00.000Z', cancelledAt: null }
    taroFake.respond('bookings', 'slotBookings', () => ({
      data: {
        slot: slot('sl-0001-a', '2026-11-26'),
        offering: offering(),
        bookings: [
          { ...row, id: 'bk-0000-0000-aaaa-bbbbbb', reference: 'BBBBBB', child: { nickname: '米米', ageMonths: 18 }, sharedContact: { contactName: '王女士', contactPhone: '13800138000' } },
          { ...row, id: 'bk-0000-0000-aaaa-cccccc', reference: 'CCCCCC', child: { nickname: '豆豆', ageMonths: 20 }, sharedContact: null }
        ],
        waiting: 0
      }
    }))
    const user = userEvent.setup()
    render(<WorkspaceSlotPage />)
    const rows = await screen.findAllByTestId('slot-booking')
    expect(within(rows[0]!).getByTestId('shared-contact')).toHaveTextContent('家长留的联系方式：王女士 13800138000')
    expect(within(rows[1]!).queryByTestId('shared-contact')).toBeNull()
    await user.click(within(rows[0]!).getByTestId('shared-contact'))
    expect(taroFake.phoneCalls).toEqual(['13800138000'])
  })

  it('shows who is booked on a slot, marks attendance once started and cancels the slot', async () => {
    signInAs('institution_staff', 'zj-0001')
    taroFake.setRouterParams({ slotId: 'sl-0001-a' })
    const started = slot('sl-0001-a', '2026-11-20', { placesLeft: 4 })
    let status: 'confirmed' | 'attended' | 'cancelled_by_institution' = 'confirmed'
    let slotStatus: 'open' | 'cancelled' = 'open'
    taroFake.respond('bookings', 'slotBookings', () => ({
      data: {
        slot: { ...started, status: slotStatus },
        offering: offering(),
        bookings: [{ id: 'bk-0000-0000-aaaa-bbbbbb', reference: 'BBBBBB', status, child: { nickname: '米米', ageMonths: 18 }, createdAt: '2026-11-19T02:00:00.000Z', cancelledAt: null }],
        waiting: 0
      }
    }))
    taroFake.respond('bookings', 'markAttendance', () => {
      status = 'attended'
      return { data: { id: 'bk-0000-0000-aaaa-bbbbbb', reference: 'BBBBBB', status, child: { nickname: '米米', ageMonths: 18 }, createdAt: '2026-11-19T02:00:00.000Z', cancelledAt: null } }
    })
    taroFake.respond('bookings', 'cancelSlot', () => {
      slotStatus = 'cancelled'
      status = 'cancelled_by_institution'
      return { data: { slot: { ...started, status: 'cancelled', bookable: false, unavailableReason: 'SLOT_CANCELLED' }, cancelledBookings: 1 } }
    })
    const user = userEvent.setup()
    render(<WorkspaceSlotPage />)
    const row = await screen.findByTestId('slot-booking')
    expect(row).toHaveTextContent('米米18个月 · 预约编号 BBBBBB')
    await user.click(within(row).getByTestId('mark-attended'))
    await waitFor(() => expect(screen.getByTestId('slot-booking-status')).toHaveTextContent('已到场'))
    await user.click(screen.getByTestId('cancel-slot'))
    await waitFor(() => expect(screen.getByTestId('slot-booking-status')).toHaveTextContent('机构已取消'))
    expect(screen.getByTestId('slot-cancelled')).toBeInTheDocument()
    expect(taroFake.toasts.at(-1)?.title).toBe('已取消时段，1个预约已通知家长')
  })
})

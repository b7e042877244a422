import { render, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from '@jest/globals'
import { BookingEntry } from '../../src/components/bookings/booking-entry'
import BookPage from '../../src/pages/bookings/book/index'
import { useSessionStore } from '../../src/stores/session-store'
import { booking, child, offering, signInAs, slot, waitlistEntry } from './support/booking-data'
import { taroFake } from './support/taro'

const hourly = offering()
const visit = offering({ id: 'of-zj-0001-visit', kind: 'visit', title: '入园参观' })

function serve(options: { slots?: ReturnType<typeof slot>[]; children?: ReturnType<typeof child>[] } = {}) {
  const slots = options.slots ?? [
    slot('sl-0001-a', '2026-11-26'),
    slot('sl-0001-b', '2026-11-26', { placesLeft: 0 }, '06:00', '08:00'),
    slot('sl-0002-a', '2026-11-28', { bookable: false, unavailableReason: 'BOOKING_WINDOW_NOT_OPEN', windowOpensAtInstant: '2026-11-21T00:00:00.000Z' })
  ]
  taroFake.respond('bookings', 'listOfferings', () => ({
    data: { offerings: [{ ...hourly, upcomingSlots: 3, fromPriceFen: 8000 }, { ...visit, upcomingSlots: 2, fromPriceFen: 0 }] }
  }))
  taroFake.respond('bookings', 'availability', () => ({ data: { offering: hourly, fromDate: '2026-11-23', toDate: '2026-12-23', slots } }))
  taroFake.respond('family', 'listChildren', () => ({ data: { children: options.children ?? [child()] } }))
}

async function openFlow() {
  taroFake.setRouterParams({ institutionId: 'zj-0001' })
  const user = userEvent.setup()
  render(<BookPage />)
  return user
}

async function pickHourlySlot(user: ReturnType<typeof userEvent.setup>, slotId = 'sl-0001-a') {
  await user.click((await screen.findAllByTestId('service-option')).find((o) => o.getAttribute('data-kind') === 'hourly')!)
  await screen.findByTestId('date-strip')
  const option = (await screen.findAllByTestId('slot-option')).find((o) => o.getAttribute('data-slot-id') === slotId)!
  await user.click(option)
}

describe('booking flow', () => {
  it('asks a signed-out parent to sign in first, then shows the institution’s services', async () => {
    taroFake.respond('account', 'devLogin', (input) => ({
      data: { token: 't', expiresAt: '2099-01-01T00:00:00.000Z', user: { id: 'dev-p', role: input.role, displayName: '示例家长', regionCode: null, institutionId: null } }
    }))
    serve()
    const user = await openFlow()
    await user.click(await screen.findByTestId('sign-in'))
    expect(taroFake.lastInput('account', 'devLogin')).toEqual({ role: 'parent' })
    expect(useSessionStore.getState().user?.role).toBe('parent')
    const services = await screen.findAllByTestId('service-option')
    expect(services.map((s) => s.textContent)).toEqual([expect.stringContaining('计时托（2小时）'), expect.stringContaining('入园参观')])
    expect(taroFake.lastInput('bookings', 'listOfferings')).toEqual({ institutionId: 'zj-0001' })
  })

  it('enables only the days with a bookable slot, and says when a later window opens', async () => {
    signInAs('parent')
    serve()
    const user = await openFlow()
    await user.click((await screen.findAllByTestId('service-option'))[0]!)
    await screen.findByTestId('date-strip')
    expect(screen.getByTestId('date-2026-11-26').parentElement).toHaveAttribute('data-enabled', 'true')
    expect(screen.getByTestId('date-2026-11-27').parentElement).toHaveAttribute('data-enabled', 'false')
    expect(screen.getByTestId('date-2026-11-28').parentElement).toHaveAttribute('data-enabled', 'false')
    // The first bookable day is picked for the parent; its two slots show places left and 约满.
    const options = await screen.findAllByTestId('slot-option')
    expect(options.map((o) => within(o).getByTestId('slot-places').textContent)).toEqual(['剩4个名额', '已约满'])
    expect(options[0]).toHaveTextContent('09:00–11:00')
    expect(options[0]).toHaveTextContent('¥80')
    await user.click(screen.getByTestId('date-2026-11-28'))
    expect(screen.getByTestId('date-2026-11-26')).toHaveAttribute('data-selected', 'true')
  })

  it('names the service and says when booking opens when no day can be booked yet', async () => {
    signInAs('parent')
    serve({ slots: [slot('sl-0003-a', '2026-12-20', { bookable: false, unavailableReason: 'BOOKING_WINDOW_NOT_OPEN', windowOpensAtInstant: '2026-12-13T00:00:00.000Z' })] })
    const user = await openFlow()
    await user.click((await screen.findAllByTestId('service-option'))[0]!)
    expect(await screen.findByTestId('no-slots')).toHaveTextContent('“计时托（2小时）”12月13日 08:00开放预约，到时再来报名。')
  })

  it('names the service when it has no session in the coming month', async () => {
    signInAs('parent')
    serve({ slots: [] })
    const user = await openFlow()
    await user.click((await screen.findAllByTestId('service-option'))[0]!)
    expect(await screen.findByTestId('no-slots')).toHaveTextContent('“计时托（2小时）”未来一个月还没有可预约的时段。')
  })

  it('books for the chosen child with one idempotency key, kept across a network retry', async () => {
    signInAs('parent')
    serve()
    let attempts = 0
    taroFake.respond('bookings', 'book', () => {
      attempts += 1
      // Down for the tap and the app's own retry of it; the parent's second tap gets through.
      return attempts <= 2 ? 'network-down' : { data: booking({ reference: 'X7K2Q9' }) }
    })
    const user = await openFlow()
    await pickHourlySlot(user)
    expect(screen.getByTestId('confirm-booking')).toHaveClass('action-button--disabled')
    await user.click(await screen.findByTestId('child-option-米米'))
    await user.click(screen.getByTestId('confirm-booking'))
    expect(await screen.findByTestId('flow-error')).toHaveTextContent('网络')
    await user.click(screen.getByTestId('confirm-booking'))
    expect(await screen.findByTestId('outcome-reference')).toHaveTextContent('X7K2Q9')
    const sent = taroFake.requestsTo('bookings', 'book').map((r) => r.input)
    expect(sent).toHaveLength(3)
    expect(sent[0]).toMatchObject({ slotId: 'sl-0001-a', childId: 'ch-0001-mimi' })
    expect(new Set(sent.map((input) => input.idempotencyKey)).size).toBe(1)
    await user.click(screen.getByTestId('view-my-bookings'))
    expect(taroFake.navigations.at(-1)).toEqual({ kind: 'redirectTo', url: '/pages/bookings/index' })
  })

  it('shares a contact with the institution only when the parent chooses to', async () => {
    signInAs('parent')
    serve()
    taroFake.respond('bookings', 'book', () => ({ data: booking({ reference: 'X7K2Q9' }) }))
    const user = await openFlow()
    await pickHourlySlot(user)
    await user.click(await screen.findByTestId('child-option-米米'))
    const section = screen.getByTestId('share-contact-section')
    expect(section).toHaveTextContent('只给这家机构看')
    expect(screen.getByTestId('share-contact-no')).toHaveAttribute('data-selected', 'true')
    expect(screen.queryByTestId('share-contact-phone')).toBeNull()
    await user.click(screen.getByTestId('share-contact-yes'))
    await user.type(screen.getByTestId('share-contact-name'), '王女士')
    await user.type(screen.getByTestId('share-contact-phone'), '13800138000')
    await user.click(screen.getByTestId('confirm-booking'))
    await screen.findByTestId('outcome-reference')
    expect(taroFake.lastInput('bookings', 'book')).toMatchObject({ sharedContact: { contactName: '王女士', contactPhone: '13800138000' } })

    await user.click(screen.getByTestId('book-another'))
    await pickHourlySlot(user)
    await user.click(await screen.findByTestId('child-option-米米'))
    await user.click(screen.getByTestId('share-contact-no'))
    await user.click(screen.getByTestId('confirm-booking'))
    await waitFor(() => expect(taroFake.requestsTo('bookings', 'book')).toHaveLength(2))
    expect(taroFake.lastInput('bookings', 'book')).toMatchObject({ sharedContact: null })
  })

  it('adds a child on the way, only with the guardian’s own consent tick', async () => {
    signInAs('parent')
    const added = child({ id: 'ch-0002-dou', nickname: '豆豆' })
    let children = [] as ReturnType<typeof child>[]
    serve()
    taroFake.respond('family', 'listChildren', () => ({ data: { children } }))
    taroFake.respond('family', 'addChild', () => {
      children = [added]
      return { data: added }
    })
    const user = await openFlow()
    await pickHourlySlot(user)
    await user.click(await screen.findByTestId('add-child'))
    const form = screen.getByTestId('child-form')
    expect(within(form).getByTestId('consent')).toHaveTextContent('儿童个人信息保护说明')
    await user.type(within(form).getByTestId('child-nickname'), '豆豆')
    const years = within(form).getAllByTestId(/^birth-year-/)
    expect(years.length).toBeGreaterThanOrEqual(3)
    await user.click(years[1]!)
    await user.click(within(form).getAllByTestId(/^birth-month-/)[0]!)
    await user.click(within(form).getByTestId('child-save'))
    expect(within(form).getByTestId('child-form-error')).toHaveTextContent('请先勾选同意监护人说明')
    expect(taroFake.requestsTo('family', 'addChild')).toHaveLength(0)
    await user.click(within(form).getByTestId('consent-tick'))
    await user.click(within(form).getByTestId('child-save'))
    await waitFor(() => expect(screen.getByTestId('child-option-豆豆')).toHaveAttribute('data-selected', 'true'))
    expect(taroFake.lastInput('family', 'addChild')).toMatchObject({ nickname: '豆豆', consentGiven: true, consentVersion: '2026-11' })
  })

  it('offers the waitlist for a full slot and tells the parent their place in the queue', async () => {
    signInAs('parent')
    serve()
    taroFake.respond('bookings', 'joinWaitlist', () => ({ data: waitlistEntry({ id: 'wl-0000-0009', position: 2 }) }))
    const user = await openFlow()
    await pickHourlySlot(user, 'sl-0001-b')
    await user.click(await screen.findByTestId('child-option-米米'))
    expect(screen.queryByTestId('confirm-booking')).toBeNull()
    await user.click(screen.getByTestId('join-waitlist'))
    expect(await screen.findByTestId('waitlist-position')).toHaveTextContent('您排在第2位')
    expect(taroFake.lastInput('bookings', 'joinWaitlist')).toEqual({ slotId: 'sl-0001-b', childId: 'ch-0001-mimi' })
  })

  it('shows the server’s reason when a place is gone, with a fresh key for the next try', async () => {
    signInAs('parent')
    serve()
    taroFake.respond('bookings', 'book', () => ({ status: 422, envelope: { ok: false, error: { code: 'SLOT_FULL', message: '这个时段已经约满了。您可以排队候补，有空位时会第一时间通知您。' } } }))
    const user = await openFlow()
    await pickHourlySlot(user)
    await user.click(await screen.findByTestId('child-option-米米'))
    await user.click(screen.getByTestId('confirm-booking'))
    expect(await screen.findByTestId('flow-error')).toHaveTextContent('约满')
    await user.click(screen.getByTestId('confirm-booking'))
    await waitFor(() => expect(taroFake.requestsTo('bookings', 'book')).toHaveLength(2))
    const [first, second] = taroFake.requestsTo('bookings', 'book')
    expect(second!.input.idempotencyKey).not.toBe(first!.input.idempotencyKey)
  })

  it('moves an existing booking: no service or child step, and it calls reschedule', async () => {
    signInAs('parent')
    serve()
    taroFake.respond('bookings', 'reschedule', () => ({ data: booking({ id: 'bk-0000-0000-aaaa-cccccc', reference: 'CCCCCC', rescheduledFromId: 'bk-0000-0000-aaaa-bbbbbb' }) }))
    taroFake.respond('bookings', 'myBookings', () => ({ data: { bookings: [booking()], waitlist: [] } }))
    taroFake.setRouterParams({ offeringId: hourly.id, bookingId: 'bk-0000-0000-aaaa-bbbbbb' })
    const user = userEvent.setup()
    render(<BookPage />)
    // The page says which booking it moves before the parent picks the new slot.
    const moving = await screen.findByTestId('moving-booking')
    expect(moving).toHaveTextContent('原时段：11月26日 周四 09:00–11:00')
    expect(moving).toHaveTextContent('预约编号 BBBBBB')
    await user.click((await screen.findAllByTestId('slot-option'))[0]!)
    expect(screen.queryByTestId('service-section')).toBeNull()
    expect(screen.queryByTestId('child-section')).toBeNull()
    await user.click(screen.getByTestId('confirm-booking'))
    expect(await screen.findByTestId('outcome-reference')).toHaveTextContent('CCCCCC')
    expect(taroFake.lastInput('bookings', 'reschedule')).toMatchObject({ bookingId: 'bk-0000-0000-aaaa-bbbbbb', slotId: 'sl-0001-a' })
  })
})

describe('the 预约 entry on an institution page', () => {
  it('opens the booking flow for that institution', async () => {
    const user = userEvent.setup()
    render(<BookingEntry institutionId='zj-0001' />)
    await user.click(screen.getByTestId('booking-entry-open'))
    expect(taroFake.navigations.at(-1)).toEqual({ kind: 'navigateTo', url: '/pages/bookings/book/index?institutionId=zj-0001' })
  })
})

import type { BookingView, WaitlistView } from '../../domain/bookings/booking-schema'
import type { ApiError } from '../../services/api-error'

export type Outcome = { kind: 'booked'; booking: BookingView } | { kind: 'waiting'; entry: WaitlistView }

/**
 * What the parent has chosen in the booking flow and where the request stands. `request` is the idempotency
 * key of the booking being sent: a retry of the same choice keeps it (so a lost answer cannot book twice), any
 * new choice drops it, and so does a refusal (the next tap is a new request).
 */
export interface BookFlowState {
  chosenOffering: string | null
  date: string | null
  slotId: string | null
  /** undefined until the parent picks; null is "no child" where the service allows it. */
  childId: string | null | undefined
  addingChild: boolean
  busy: boolean
  error: ApiError | null
  outcome: Outcome | null
  request: { key: string; wechatReminder: boolean } | null
}

export type BookFlowAction =
  | { type: 'chooseOffering'; offeringId: string }
  | { type: 'chooseDate'; date: string }
  /** The bookable days changed (first load, reload): keep the chosen day if still bookable, else the first. */
  | { type: 'bookableDays'; days: readonly string[] }
  | { type: 'chooseSlot'; slotId: string }
  | { type: 'chooseChild'; childId: string | null }
  | { type: 'addChild'; open: boolean }
  | { type: 'childAdded'; childId: string }
  | { type: 'keyed'; key: string; wechatReminder: boolean }
  | { type: 'sent' }
  | { type: 'failed'; error: ApiError; keepKey: boolean }
  | { type: 'done'; outcome: Outcome }
  | { type: 'bookAnother' }

export const initialBookFlow: BookFlowState = {
  chosenOffering: null,
  date: null,
  slotId: null,
  childId: undefined,
  addingChild: false,
  busy: false,
  error: null,
  outcome: null,
  request: null
}

/** A different choice is a different booking: no old key, no old error. */
const newChoice = (state: BookFlowState, change: Partial<BookFlowState>): BookFlowState => ({ ...state, ...change, request: null, error: null })

export function bookFlowReducer(state: BookFlowState, action: BookFlowAction): BookFlowState {
  switch (action.type) {
    case 'chooseOffering':
      return state.chosenOffering === action.offeringId ? state : newChoice(state, { chosenOffering: action.offeringId, date: null, slotId: null })
    case 'chooseDate':
      return state.slotId === null && state.date === action.date ? state : newChoice(state, { date: action.date, slotId: null })
    case 'bookableDays': {
      if (state.date !== null && action.days.includes(state.date)) return state
      const first = [...action.days].sort()[0] ?? null
      return first === state.date ? state : { ...state, date: first }
    }
    case 'chooseSlot':
      return state.slotId === action.slotId ? state : newChoice(state, { slotId: action.slotId })
    case 'chooseChild':
      return state.childId === action.childId ? state : newChoice(state, { childId: action.childId })
    case 'addChild':
      return { ...state, addingChild: action.open }
    case 'childAdded':
      return newChoice(state, { addingChild: false, childId: action.childId })
    case 'keyed':
      return { ...state, request: { key: action.key, wechatReminder: action.wechatReminder } }
    case 'sent':
      return { ...state, busy: true, error: null }
    case 'failed':
      return { ...state, busy: false, error: action.error, request: action.keepKey ? state.request : null }
    case 'done':
      return { ...state, busy: false, outcome: action.outcome }
    case 'bookAnother':
      return newChoice(state, { outcome: null, slotId: null })
  }
}

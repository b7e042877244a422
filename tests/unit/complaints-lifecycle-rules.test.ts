import { describe, expect, it } from '@jest/globals'
import {
  availableCommands,
  nextStatus,
  reopenDeadline,
  type ComplaintActor,
  type LifecycleCommand,
  type LifecycleSnapshot
} from '../../src/domain/complaints/complaint-lifecycle-rules'
import { COMPLAINT_STATUSES, CLOSE_OUTCOMES, type ComplaintStatus } from '../../src/domain/complaints/complaint-schema'
import { REGULATOR_ALLOWED } from './support/regulator-transitions'

// Answered at 10:00 on 2026-11-02 in China; the 15 days run to the end of 2026-11-17 in China (16:00 UTC).
const answeredAt = new Date('2026-11-02T02:00:00Z')
const soon = new Date('2026-11-05T02:00:00Z')

const snapshot = (status: ComplaintStatus, overrides: Partial<LifecycleSnapshot> = {}): LifecycleSnapshot => ({
  status,
  answeredAt: ['answered', 'closed', 'reopened'].includes(status) ? answeredAt : null,
  reopenCount: 0,
  outcome: status === 'closed' ? 'upheld' : null,
  ...overrides
})

const COMMANDS: [string, LifecycleCommand][] = [
  ...(['accept', 'reject', 'assign', 'investigate', 'answer', 'reopen'] as const).map(
    (type): [string, LifecycleCommand] => [type, { type }]
  ),
  ...CLOSE_OUTCOMES.map((outcome): [string, LifecycleCommand] => [`close:${outcome}`, { type: 'close', outcome }])
]

describe('complaint lifecycle', () => {
  for (const status of COMPLAINT_STATUSES) {
    for (const [name, command] of COMMANDS) {
      if (name === 'reopen') continue
      const expected = REGULATOR_ALLOWED[status][name]
      it(`regulator ${name} from ${status} → ${expected ?? 'refused'}`, () => {
        const result = nextStatus(snapshot(status), command, 'regulator', soon)
        expect(result).toEqual(expected ? { ok: true, status: expected } : { ok: false, code: 'COMPLAINT_TRANSITION_NOT_ALLOWED' })
      })
      for (const actor of ['complainant', 'other'] as ComplaintActor[]) {
        it(`${actor} may never ${name} (from ${status})`, () => {
          expect(nextStatus(snapshot(status), command, actor, soon)).toEqual({ ok: false, code: 'FORBIDDEN' })
        })
      }
    }
  }

  it('lets the complainant reopen an answered complaint, or one closed with a verdict, within the window', () => {
    expect(nextStatus(snapshot('answered'), { type: 'reopen' }, 'complainant', soon)).toEqual({ ok: true, status: 'reopened' })
    for (const outcome of ['upheld', 'partly_upheld', 'not_upheld'] as const) {
      expect(nextStatus(snapshot('closed', { outcome }), { type: 'reopen' }, 'complainant', soon)).toEqual({ ok: true, status: 'reopened' })
    }
  })

  it('refuses reopening a duplicate or a referral, and every status without an answer', () => {
    for (const outcome of ['duplicate', 'referred'] as const) {
      expect(nextStatus(snapshot('closed', { outcome }), { type: 'reopen' }, 'complainant', soon)).toEqual({
        ok: false,
        code: 'COMPLAINT_TRANSITION_NOT_ALLOWED'
      })
    }
    for (const status of ['submitted', 'accepted', 'rejected', 'assigned', 'investigating', 'reopened'] as const) {
      expect(nextStatus(snapshot(status), { type: 'reopen' }, 'complainant', soon).ok).toBe(false)
    }
  })

  it('allows one reopening only', () => {
    expect(nextStatus(snapshot('answered', { reopenCount: 1 }), { type: 'reopen' }, 'complainant', soon)).toEqual({
      ok: false,
      code: 'REOPEN_ALREADY_USED'
    })
  })

  it('closes the window at the end of the 15th day after the answer, in China time', () => {
    expect(reopenDeadline(answeredAt).toISOString()).toBe('2026-11-17T16:00:00.000Z')
    const lastMoment = new Date('2026-11-17T15:59:59.999Z')
    expect(nextStatus(snapshot('answered'), { type: 'reopen' }, 'complainant', lastMoment).ok).toBe(true)
    expect(nextStatus(snapshot('answered'), { type: 'reopen' }, 'complainant', new Date('2026-11-17T16:00:00.001Z'))).toEqual({
      ok: false,
      code: 'REOPEN_WINDOW_CLOSED'
    })
  })

  it('never lets the regulator or another parent reopen for the complainant', () => {
    expect(nextStatus(snapshot('answered'), { type: 'reopen' }, 'regulator', soon)).toEqual({ ok: false, code: 'FORBIDDEN' })
    expect(nextStatus(snapshot('answered'), { type: 'reopen' }, 'other', soon)).toEqual({ ok: false, code: 'FORBIDDEN' })
  })

  it('lists the buttons each actor may press', () => {
    expect(availableCommands(snapshot('submitted'), 'regulator', soon)).toEqual(['accept', 'reject', 'close:duplicate'])
    expect(availableCommands(snapshot('answered'), 'complainant', soon)).toEqual(['reopen'])
    expect(availableCommands(snapshot('answered'), 'other', soon)).toEqual([])
    expect(availableCommands(snapshot('rejected'), 'regulator', soon)).toEqual([])
  })
})

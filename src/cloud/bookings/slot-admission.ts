import type { Database } from '../db/database'
import { bookingGates, type GateRequest, type GateVerdict } from './booking-repository'
import type { SlotRecord } from './slot-repository'

/** What admission needs of a slot as last committed: its free places (capacity − booked − held). */
export type FreePlaces = () => Promise<number>

interface Waiter {
  admit: () => void
  refuse: () => void
}

interface SlotQueue {
  inFlight: number
  waiting: Waiter[]
  /** One read of the slot shared by everyone waiting on it, so a rush reads the row once per freed turn. */
  reading: boolean
}

const queues = new WeakMap<Database, Map<string, SlotQueue>>()

function queueOf(db: Database, slotId: string): SlotQueue {
  let bySlot = queues.get(db)
  if (!bySlot) {
    bySlot = new Map()
    queues.set(db, bySlot)
  }
  let queue = bySlot.get(slotId)
  if (!queue) {
    queue = { inFlight: 0, waiting: [], reading: false }
    bySlot.set(slotId, queue)
  }
  return queue
}

function forget(db: Database, slotId: string, queue: SlotQueue): void {
  if (queue.inFlight === 0 && queue.waiting.length === 0 && !queue.reading) queues.get(db)?.delete(slotId)
}

/**
 * Lets into a booking transaction at most as many requests for a slot as it has free places; the rest wait
 * in this process instead of on the slot row's lock. When a transaction ends, one read of the slot decides
 * for every waiter: a full slot refuses them all at once (`onFull`), free places admit that many.
 * The database's conditional update still decides who gets a place, across processes too: this only keeps
 * the families who cannot get one from queueing for it. Nothing is remembered once nobody waits, so a place
 * freed by a cancellation (here or in another process) is seen by the next request.
 */
export async function withSlotAdmission<T>(
  db: Database,
  slotId: string,
  freeNow: number,
  readFree: FreePlaces,
  onFull: () => Error,
  work: () => Promise<T>
): Promise<T> {
  const queue = queueOf(db, slotId)
  if (queue.inFlight >= freeNow || queue.waiting.length > 0) {
    await new Promise<void>((admit, refuse) => queue.waiting.push({ admit, refuse: () => refuse(onFull()) }))
  } else {
    queue.inFlight += 1
  }
  try {
    return await work()
  } finally {
    queue.inFlight -= 1
    void settleWaiters(db, slotId, queue, readFree)
  }
}

async function settleWaiters(db: Database, slotId: string, queue: SlotQueue, readFree: FreePlaces): Promise<void> {
  if (queue.reading || queue.waiting.length === 0) return forget(db, slotId, queue)
  queue.reading = true
  let free: number
  try {
    free = await readFree()
  } catch {
    // Without a reading, let one through: its own transaction meets the database's answer.
    free = queue.inFlight + 1
  } finally {
    queue.reading = false
  }
  if (free <= 0 && queue.inFlight === 0) {
    for (const waiter of queue.waiting.splice(0)) waiter.refuse()
  } else {
    for (const waiter of queue.waiting.splice(0, Math.max(0, free - queue.inFlight))) {
      queue.inFlight += 1
      waiter.admit()
    }
  }
  forget(db, slotId, queue)
}

export type Gate = GateVerdict & { slot: SlotRecord }

interface PendingGate {
  request: GateRequest
  resolve: (gate: Gate | null) => void
  reject: (error: unknown) => void
}

/** Bounds one gate statement's arrays; a larger rush takes a few statements. */
const GATE_BATCH = 1000

const pendingGates = new WeakMap<Database, Map<string, PendingGate[]>>()

async function runGates(db: Database, slotId: string, batch: readonly PendingGate[]): Promise<void> {
  try {
    const answer = await bookingGates(db, slotId, batch.map((p) => p.request))
    batch.forEach((p, i) => {
      const verdict = answer?.verdicts[i]
      p.resolve(answer && verdict ? { slot: answer.slot, ...verdict } : null)
    })
  } catch (error) {
    for (const p of batch) p.reject(error)
  }
}

function flushGates(db: Database, slotId: string): void {
  const bySlot = pendingGates.get(db)
  const pending = bySlot?.get(slotId) ?? []
  bySlot?.delete(slotId)
  for (let at = 0; at < pending.length; at += GATE_BATCH) void runGates(db, slotId, pending.slice(at, at + GATE_BATCH))
}

/**
 * The slot as last committed and this request's verdict (bookingGates). Requests for one slot arriving in the
 * same turn of the event loop share one statement: in a rush, a thousand families cost one round trip here
 * instead of a thousand queued on the connection pool ahead of the transactions that take the places.
 */
export function gateFor(db: Database, slotId: string, request: GateRequest): Promise<Gate | null> {
  let bySlot = pendingGates.get(db)
  if (!bySlot) {
    bySlot = new Map()
    pendingGates.set(db, bySlot)
  }
  let pending = bySlot.get(slotId)
  if (!pending) {
    pending = []
    bySlot.set(slotId, pending)
    setImmediate(() => flushGates(db, slotId))
  }
  const queue = pending
  return new Promise((resolve, reject) => queue.push({ request, resolve, reject }))
}

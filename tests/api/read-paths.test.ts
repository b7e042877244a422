import sharp from 'sharp'
import { beforeAll, describe, expect, it } from '@jest/globals'
import type { Database } from '../../src/cloud/db/database'
import type { User } from '../../src/domain/account/account-schema'
import { contract } from '../../src/domain/contract'
import { callAs } from './support/call-action'
import { addChild, book, createOffering, createSlot, newParent, someInstitutions, staffOf, unwrap } from './support/booking-fixtures'
import { complaintInput, fileComplaint, institutionOf, regulatorOf, uploadPhoto } from './support/complaint-fixtures'
import { freshDatabase } from './support/test-database'

// Reads write nothing: a page a parent opens, a search, a region's classes or nursing rooms must never add
// sample rows or touch a record, whoever calls. Every action of the contract is listed here as a read or a
// write, so a new action cannot be added without deciding which it is.

const WRITES = new Set([
  'account.devLogin',
  'account.wechatLogin',
  'account.wechatWebLogin',
  'account.sendSmsCode',
  'account.smsLogin',
  'account.setLocale',
  'account.switchHat',
  'account.signOut',
  'account.signOutEverywhere',
  'account.invite',
  'account.withdrawInvitation',
  'account.redeemInvitation',
  'account.removeMembership',
  'bookings.book',
  'bookings.cancel',
  'bookings.reschedule',
  'bookings.joinWaitlist',
  'bookings.leaveWaitlist',
  'bookings.acceptOffer',
  'bookings.createOffering',
  'bookings.createSlots',
  'bookings.markAttendance',
  'bookings.cancelSlot',
  'family.addChild',
  'family.updateChild',
  'family.removeChild',
  'inbox.markRead',
  'guidance.markRead',
  'guidance.setBookmark',
  'complaints.claimCloudPhoto',
  'complaints.submit',
  'complaints.reopen',
  'complaints.accept',
  'complaints.reject',
  'complaints.assign',
  'complaints.investigate',
  'complaints.answer',
  'complaints.close',
  'complaints.note',
  // A regulator opening a complaint in full is itself recorded (who saw a family's report, and when): an
  // audit write by design, checked in complaints-privacy.test.ts.
  'complaints.inspect',
  'regions.saveRegion',
  'regions.setRouting',
  'registry.fileInstitution',
  'registry.changeDetails',
  'registry.placeInstitution',
  'registry.setStanding',
  'registry.publishEvaluation',
  'registry.followUpRectification',
  'registry.recordInspection',
  'registry.recordEnforcement',
  'registry.updateVacancies',
  'registry.confirmVacancies',
  'registry.updateFees',
  'registry.updateClasses',
  'registry.decideReview',
  'registry.updateDisclosure',
  'registry.confirmDisclosures',
  'registry.addPremisesPhoto',
  'registry.arrangePremisesPhotos',
  'registry.removePremisesPhoto',
  'registry.importFilings',
  'following.addFavourite',
  'following.removeFavourite',
  'following.mergeFavourites',
  'following.setAlertSettings',
  'following.grantWechatAlerts',
  'following.saveSearch',
  'following.deleteSavedSearch'
])

const REGION = 'bazhou'

interface World {
  parent: User
  staff: User
  regulator: User
  inputs: Record<string, unknown>
}

let db: Database
let world: World

/** Row count and newest row version (xmin) of every table: an insert, update or delete moves one of them. */
async function tableStates(database: Database): Promise<Record<string, string>> {
  const { rows: tables } = await database.query<{ name: string }>(
    `SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY table_name`
  )
  const states: Record<string, string> = {}
  for (const { name } of tables) {
    const { rows } = await database.query<{ n: number; x: string | null }>(`SELECT count(*)::int AS n, max(xmin::text::bigint)::text AS x FROM "${name}"`)
    states[name] = `${rows[0]?.n ?? 0} rows, newest xmin ${rows[0]?.x ?? '-'}`
  }
  return states
}

async function photoBytes(): Promise<Uint8Array> {
  return new Uint8Array(await sharp({ create: { width: 40, height: 30, channels: 3, background: { r: 90, g: 120, b: 180 } } }).jpeg().toBuffer())
}

beforeAll(async () => {
  db = await freshDatabase({ seed: true })
  const [institution] = await someInstitutions(db, 1)
  const staff = staffOf(institution!)
  const parent = newParent()
  const regulator = regulatorOf(REGION)
  const child = await addChild(db, parent)
  const offering = await createOffering(db, staff)
  const slot = await createSlot(db, staff, offering.id, { date: '2026-11-27' })
  unwrap(await book(db, parent, slot.id, child.id))
  unwrap(await callAs(db, parent, 'guidance', 'setBookmark', { slug: 'first-steps', bookmarked: true }))
  const place = await institutionOf(db, REGION)
  const photo = unwrap(await uploadPhoto(db, parent, await photoBytes()))
  const { complaint } = await fileComplaint(db, parent, complaintInput(place.id, { photoTickets: [photo.ticket] }))
  const premises = unwrap(await uploadPhoto(db, staff, await photoBytes()))
  unwrap(await callAs(db, staff, 'registry', 'addPremisesPhoto', { institutionId: institution!.id, photoTicket: premises.ticket }))
  world = {
    parent,
    staff,
    regulator,
    inputs: {
      'finder.search': { regionCode: REGION, pageSize: 5 },
      'finder.get': { id: institution!.id },
      'finder.mapSettings': {},
      'finder.places': { regionCode: REGION, query: place.name.slice(0, 4) },
      'regions.list': {},
      'regions.get': { code: REGION },
      'regions.config': { code: REGION },
      'regions.auditLog': { regionCode: REGION },
      'registry.auditLog': {},
      'registry.unlocatedInstitutions': {},
      'registry.myReviews': { institutionId: institution!.id },
      'registry.reviewQueue': {},
      'registry.institutionPhoto': { institutionId: institution!.id, photoId: premises.id },
      'account.me': {},
      'account.status': {},
      'account.signInOptions': {},
      'account.members': {},
      'account.auditLog': {},
      'bookings.listOfferings': { institutionId: institution!.id },
      'bookings.availability': { offeringId: offering.id },
      'bookings.myBookings': { scope: 'upcoming' },
      'bookings.workspace': {},
      'bookings.slotBookings': { slotId: slot.id },
      'family.listChildren': {},
      'inbox.list': {},
      'inbox.unreadCount': {},
      'guidance.articles': { ageMonths: 14 },
      'guidance.article': { slug: 'first-steps' },
      'guidance.bookmarks': {},
      'guidance.thisMonth': { childId: child.id, regionCode: REGION },
      'guidance.classes': { regionCode: REGION },
      'guidance.policyGuide': { regionCode: REGION },
      'guidance.nursingRooms': { regionCode: REGION, limit: 10, publicOnly: false },
      'complaints.isFiled': { regionCode: REGION, query: place.name.slice(0, 4) },
      'complaints.upheldCounts': { institutionId: place.id },
      'complaints.duplicates': { institutionId: place.id, category: 'hygiene_health' },
      'complaints.mine': {},
      'complaints.get': { trackingNo: complaint.trackingNo },
      'complaints.photo': { trackingNo: complaint.trackingNo, photoId: photo.id },
      'complaints.queue': { limit: 20 },
      'complaints.auditLog': { trackingNo: complaint.trackingNo },
      'statistics.region': { regionCode: REGION },
      'statistics.departments': {},
      'following.listFavourites': {},
      'following.alertSettings': {},
      'following.listSavedSearches': {}
    }
  }
})

const readActions = () =>
  Object.entries(contract).flatMap(([fn, actions]) =>
    Object.entries(actions)
      .filter(([action]) => !WRITES.has(`${fn}.${action}`))
      .map(([action, spec]) => ({ fn, action, access: spec.access }))
  )

describe('read paths', () => {
  it('lists an input for every read action, and nothing that is not one', () => {
    expect(readActions().map(({ fn, action }) => `${fn}.${action}`).sort()).toEqual(Object.keys(world.inputs).sort())
  })

  it('write nothing, whoever may call them', async () => {
    const before = await tableStates(db)
    const { parent, staff, regulator } = world
    const operator: User = { id: 'read-paths-operator', role: 'operator', displayName: '运营', regionCode: null, institutionId: null }
    const answered: string[] = []
    for (const { fn, action, access } of readActions()) {
      const callers: (User | null)[] =
        access.kind === 'public'
          ? [null, parent, staff, regulator]
          : access.kind === 'signed_in'
            ? [parent, staff, regulator]
            : [parent, staff, regulator, operator].filter((u) => access.roles.includes(u.role))
      for (const caller of callers) {
        const result = await callAs(db, caller, fn, action, world.inputs[`${fn}.${action}`])
        // Each read succeeds for someone, so the check below covers the path that does the work.
        if (result.ok) answered.push(`${fn}.${action}`)
      }
    }
    expect([...new Set(answered)].sort()).toEqual(Object.keys(world.inputs).sort())
    expect(await tableStates(db)).toEqual(before)
  })
})

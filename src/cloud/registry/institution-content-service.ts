import { DISCLOSURE_CHECKLIST, type DisclosureItemKey } from '../../domain/finder/disclosure-checklist'
import type { DisclosureSection } from '../../domain/finder/finder-enums'
import type { InstitutionDetail } from '../../domain/finder/institution-schema'
import { PREMISES_PHOTO_MAX, type ConfirmDisclosuresInput, type UpdateDisclosureInput } from '../../domain/registry/registry-schema'
import { todayInChina } from '../../domain/shared/clock'
import { DomainError } from '../../domain/shared/error-codes'
import { claimUploadedPhoto } from '../complaints/photo-upload-service'
import type { Queryable } from '../db/database'
import type { ServiceContext } from '../shared/service-context'
import { withOwnInstitution } from './institution-update-service'
import { deleteInstitutionPhotos, insertInstitutionPhoto, readInstitutionPhoto } from './institution-photo-repository'
import { writeChanges, type Change } from './registry-service'

/**
 * What staff publish about their premises and their 19 公示 items: texts, the photos of notices and rooms, and
 * the one-tap re-dating. Photos come through the complaint-photo upload (re-encoded, EXIF stripped) and are
 * claimed here by their ticket, once.
 */

const sectionOf = (key: DisclosureItemKey): DisclosureSection =>
  (Object.keys(DISCLOSURE_CHECKLIST) as DisclosureSection[]).find((section) => (DISCLOSURE_CHECKLIST[section] as readonly string[]).includes(key)) ?? 'fees'

async function claimPhoto(tx: Queryable, inst: InstitutionDetail, ticket: string, now: Date): Promise<{ id: string; width: number; height: number }> {
  const photo = await claimUploadedPhoto(tx, ticket)
  if (!photo) throw new DomainError('NOT_FOUND', { field: 'photoTicket' })
  await insertInstitutionPhoto(tx, inst.id, photo, now)
  return { id: photo.id, width: photo.width, height: photo.height }
}

function changeOwn(ctx: ServiceContext, institutionId: string, change: (tx: Queryable, inst: InstitutionDetail, today: string) => Promise<Change | null>): Promise<{ institutionId: string }> {
  return withOwnInstitution(ctx, institutionId, async (tx, inst, actor) => {
    const result = await change(tx, inst, todayInChina(ctx.now))
    if (result) await writeChanges(tx, actor, [result], ctx.now)
    return { institutionId }
  })
}

/** One 公示 item in the institution's words, dated today, signed by the institution as its source. */
export function updateDisclosure(ctx: ServiceContext, input: UpdateDisclosureInput): Promise<{ institutionId: string }> {
  return changeOwn(ctx, input.institutionId, async (tx, inst, today) => {
    const current = inst.disclosures.find((d) => d.key === input.key)
    const photoId = input.photoTicket ? (await claimPhoto(tx, inst, input.photoTicket, ctx.now)).id : input.removePhoto ? undefined : current?.photoId
    if (current?.photoId && current.photoId !== photoId) await deleteInstitutionPhotos(tx, inst.id, [current.photoId])
    const item = { key: input.key, section: sectionOf(input.key), value: input.value, updatedOn: today, source: inst.name, ...(photoId ? { photoId } : {}) }
    const disclosures = current ? inst.disclosures.map((d) => (d.key === input.key ? item : d)) : [...inst.disclosures, item]
    return { next: { ...inst, disclosures }, kind: 'disclosure_updated', fields: [input.key], detail: { key: input.key, photo: photoId !== undefined } }
  })
}

/** 信息仍然准确: the listed items re-dated today, words unchanged; an item never published cannot be confirmed. */
export function confirmDisclosures(ctx: ServiceContext, input: ConfirmDisclosuresInput): Promise<{ institutionId: string }> {
  return changeOwn(ctx, input.institutionId, async (_tx, inst, today) => {
    const missing = input.keys.find((key) => !inst.disclosures.some((d) => d.key === key))
    if (missing) throw new DomainError('NOT_FOUND', { field: 'keys' }, `disclosure ${missing}`)
    const disclosures = inst.disclosures.map((d) => (input.keys.includes(d.key) ? { ...d, updatedOn: today } : d))
    return { next: { ...inst, disclosures }, kind: 'disclosures_confirmed', fields: input.keys, detail: { keys: input.keys } }
  })
}

export function addPremisesPhoto(ctx: ServiceContext, input: { institutionId: string; photoTicket: string }): Promise<{ institutionId: string }> {
  return changeOwn(ctx, input.institutionId, async (tx, inst) => {
    if (inst.premisesPhotos.length >= PREMISES_PHOTO_MAX) throw new DomainError('INVALID_INPUT', { field: 'photoTicket' }, `at most ${PREMISES_PHOTO_MAX} photos`)
    const photo = await claimPhoto(tx, inst, input.photoTicket, ctx.now)
    return { next: { ...inst, premisesPhotos: [...inst.premisesPhotos, photo] }, kind: 'premises_photos_changed', detail: { added: photo.id } }
  })
}

export function arrangePremisesPhotos(ctx: ServiceContext, input: { institutionId: string; photoIds: string[] }): Promise<{ institutionId: string }> {
  return changeOwn(ctx, input.institutionId, async (_tx, inst) => {
    const byId = new Map(inst.premisesPhotos.map((p) => [p.id, p]))
    if (input.photoIds.length !== byId.size || input.photoIds.some((id) => !byId.has(id))) throw new DomainError('INVALID_INPUT', { field: 'photoIds' }, 'not the current photos')
    const premisesPhotos = input.photoIds.map((id) => byId.get(id)!)
    if (premisesPhotos.every((p, i) => p.id === inst.premisesPhotos[i]?.id)) return null
    return { next: { ...inst, premisesPhotos }, kind: 'premises_photos_changed', detail: { order: input.photoIds } }
  })
}

export function removePremisesPhoto(ctx: ServiceContext, input: { institutionId: string; photoId: string }): Promise<{ institutionId: string }> {
  return changeOwn(ctx, input.institutionId, async (tx, inst) => {
    if (!inst.premisesPhotos.some((p) => p.id === input.photoId)) throw new DomainError('NOT_FOUND', { field: 'photoId' })
    await deleteInstitutionPhotos(tx, inst.id, [input.photoId])
    return { next: { ...inst, premisesPhotos: inst.premisesPhotos.filter((p) => p.id !== input.photoId) }, kind: 'premises_photos_changed', detail: { removed: input.photoId } }
  })
}

/** A photo the institution's page shows: only one its record lists (a removed or replaced one is gone). */
export async function institutionPhoto(ctx: ServiceContext, input: { institutionId: string; photoId: string }) {
  const jpeg = await readInstitutionPhoto(ctx.db, input.institutionId, input.photoId)
  if (!jpeg) throw new DomainError('NOT_FOUND', { what: 'photo' })
  return { id: input.photoId, mimeType: 'image/jpeg' as const, data: Buffer.from(jpeg).toString('base64') }
}

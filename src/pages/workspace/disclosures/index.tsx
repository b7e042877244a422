import '../../../i18n/zh-cn-pages/registry'
import { Text, Textarea, View } from '@tarojs/components'
import { useState } from 'react'
import { ActingAs } from '../../../components/account/account-panel'
import { SignInGate } from '../../../components/bookings/sign-in-gate'
import { PhotoPicker, type PickedPhoto } from '../../../components/complaints/photo-picker'
import { useInstitution } from '../../../components/finder/use-institution'
import { InstitutionPhoto } from '../../../components/institution/premises-photos'
import { PageShell } from '../../../components/layout/page-shell'
import { ActionButton } from '../../../components/shared/action-button'
import { useFormAction } from '../../../components/shared/queries'
import { SectionCard } from '../../../components/shared/section-card'
import { ErrorState, LoadingState } from '../../../components/shared/state-views'
import { useStaffScope } from '../../../components/workspace/own-institution'
import { DISCLOSURE_ITEM_KEYS, type DisclosureItemKey } from '../../../domain/finder/disclosure-checklist'
import type { InstitutionDetail } from '../../../domain/finder/institution-schema'
import { DISCLOSURE_FRESH_DAYS, staleAfter } from '../../../domain/finder/staleness-rules'
import { todayInChina } from '../../../domain/shared/clock'
import { t } from '../../../i18n/translate'
import { call } from '../../../services/api-client'
import { formatDate } from '../../../services/display-format'
import '../../../components/bookings/bookings.scss'

const doneTickets = (photos: readonly PickedPhoto[]): string[] => photos.flatMap((p) => (p.status === 'done' && p.ticket ? [p.ticket] : []))

/** Items not re-dated within the nudge window, with the one tap that confirms them all as still accurate. */
function Nudge({ detail, onDone }: { detail: InstitutionDetail; onDone(): void }) {
  const today = todayInChina()
  const due = detail.disclosures.filter((d) => staleAfter(d.updatedOn, today, DISCLOSURE_FRESH_DAYS))
  const { busy, message, submit } = useFormAction()
  if (due.length === 0) return null
  const confirm = () =>
    submit(async () => {
      await call('registry', 'confirmDisclosures', { institutionId: detail.id, keys: due.map((d) => d.key) })
      onDone()
    })
  return (
    <SectionCard title={t('registry.workspace.nudgeTitle')} testId='disclosure-nudge'>
      <Text className='bookings-hint'>{t('registry.workspace.nudgeHint', { count: due.length, days: DISCLOSURE_FRESH_DAYS })}</Text>
      {due.map((d) => (
        <Text key={d.key} className='bookings-row__meta' data-testid='nudge-item'>
          {t(`labels.disclosureItem.${d.key}`)} · {formatDate(d.updatedOn)}
        </Text>
      ))}
      {message ? <Text className='bookings-error'>{message}</Text> : null}
      <ActionButton label={t('registry.workspace.stillAccurate')} onClick={() => void confirm()} disabled={busy} testId='disclosures-still-accurate' block />
    </SectionCard>
  )
}

function ItemEditor({ detail, itemKey, onSaved }: { detail: InstitutionDetail; itemKey: DisclosureItemKey; onSaved(): void }) {
  const current = detail.disclosures.find((d) => d.key === itemKey)
  const [value, setValue] = useState(current?.value ?? '')
  const [photos, setPhotos] = useState<PickedPhoto[]>([])
  const { busy, message, submit } = useFormAction()
  const save = () =>
    submit(async () => {
      const [photoTicket] = doneTickets(photos)
      await call('registry', 'updateDisclosure', { institutionId: detail.id, key: itemKey, value, ...(photoTicket ? { photoTicket } : {}) })
      onSaved()
    })
  return (
    <View data-testid='disclosure-editor'>
      <Textarea className='bookings-field__input' value={value} maxlength={500} onInput={(e) => setValue(e.detail.value)} data-testid='disclosure-value' />
      <PhotoPicker photos={photos} onChange={setPhotos} />
      {message ? (
        <Text className='bookings-error' data-testid='disclosure-error'>
          {message}
        </Text>
      ) : null}
      <ActionButton label={t('registry.workspace.saveItem')} onClick={() => void save()} disabled={busy || photos.some((p) => p.status === 'uploading')} testId='disclosure-save' block />
    </View>
  )
}

function PremisesEditor({ detail, onChanged }: { detail: InstitutionDetail; onChanged(): void }) {
  const [photos, setPhotos] = useState<PickedPhoto[]>([])
  const { busy, message, submit } = useFormAction()
  const ids = detail.premisesPhotos.map((p) => p.id)
  const run = (work: () => Promise<unknown>) =>
    submit(async () => {
      await work()
      onChanged()
    })
  const add = () =>
    run(async () => {
      for (const photoTicket of doneTickets(photos)) await call('registry', 'addPremisesPhoto', { institutionId: detail.id, photoTicket })
      setPhotos([])
    })
  const moveUp = (i: number) => run(() => call('registry', 'arrangePremisesPhotos', { institutionId: detail.id, photoIds: [...ids.slice(0, i - 1), ids[i]!, ids[i - 1]!, ...ids.slice(i + 1)] }))
  return (
    <SectionCard title={t('institution.premisesTitle')} testId='premises-editor'>
      {detail.premisesPhotos.map((p, i) => (
        <View key={p.id} className='bookings-row' data-testid='premises-row'>
          <InstitutionPhoto institutionId={detail.id} photoId={p.id} />
          <View className='bookings-row__side'>
            {i > 0 ? <ActionButton label={t('registry.workspace.moveUp')} variant='secondary' disabled={busy} onClick={() => void moveUp(i)} testId='premises-up' /> : null}
            <ActionButton label={t('registry.workspace.removePhoto')} variant='secondary' disabled={busy} onClick={() => void run(() => call('registry', 'removePremisesPhoto', { institutionId: detail.id, photoId: p.id }))} testId='premises-remove' />
          </View>
        </View>
      ))}
      <PhotoPicker photos={photos} onChange={setPhotos} />
      {message ? <Text className='bookings-error'>{message}</Text> : null}
      <ActionButton label={t('registry.workspace.addPhotos')} onClick={() => void add()} disabled={busy || doneTickets(photos).length === 0} testId='premises-add' block />
    </SectionCard>
  )
}

function DisclosuresWorkspace({ institutionId }: { institutionId: string }) {
  const { data: detail, error, reload, refresh } = useInstitution(institutionId)
  const [editing, setEditing] = useState<DisclosureItemKey | null>(null)
  if (error && !detail) return <ErrorState title={t('registry.workspace.disclosuresTitle')} message={error.message} onRetry={() => void reload()} />
  if (!detail) return <LoadingState />
  const saved = () => {
    setEditing(null)
    void refresh()
  }
  return (
    <View>
      <Nudge detail={detail} onDone={saved} />
      <SectionCard title={t('registry.workspace.disclosuresTitle')} testId='disclosure-items'>
        {DISCLOSURE_ITEM_KEYS.map((key) => {
          const item = detail.disclosures.find((d) => d.key === key)
          return (
            <View key={key} data-testid={`disclosure-item-${key}`}>
              <View className='bookings-row' onClick={() => setEditing(editing === key ? null : key)}>
                <View className='bookings-row__main'>
                  <Text className='bookings-row__title'>{t(`labels.disclosureItem.${key}`)}</Text>
                  <Text className='bookings-row__meta'>{item ? t('registry.workspace.itemDated', { date: formatDate(item.updatedOn) }) : t('registry.workspace.itemMissing')}</Text>
                </View>
                {item?.photoId ? <InstitutionPhoto institutionId={detail.id} photoId={item.photoId} /> : null}
              </View>
              {editing === key ? <ItemEditor detail={detail} itemKey={key} onSaved={saved} /> : null}
            </View>
          )
        })}
      </SectionCard>
      <PremisesEditor detail={detail} onChanged={() => void refresh()} />
    </View>
  )
}

/** 信息公示与环境照片: staff keep the 19 items and the premises photos current. */
export default function WorkspaceDisclosuresPage() {
  const { scope, institutionId } = useStaffScope()
  return (
    <PageShell className='workspace-page'>
      <SignInGate role='institution_staff' scope={scope}>
        <ActingAs />
        {institutionId ? <DisclosuresWorkspace institutionId={institutionId} /> : null}
      </SignInGate>
    </PageShell>
  )
}

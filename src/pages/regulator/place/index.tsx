import '../../../i18n/zh-cn-pages/registry'
import { Text, View } from '@tarojs/components'
import Taro, { useRouter } from '@tarojs/taro'
import { useMemo, useState } from 'react'
import { RegulatorSignIn } from '../../../components/complaints/complaint-sign-in'
import { PageShell } from '../../../components/layout/page-shell'
import { PlacementMap } from '../../../components/registry/placement-map'
import { ActionButton } from '../../../components/shared/action-button'
import { Chip } from '../../../components/shared/chip'
import { useFormAction, useQuery } from '../../../components/shared/queries'
import { SectionCard } from '../../../components/shared/section-card'
import { ErrorState, LoadingState } from '../../../components/shared/state-views'
import { TextField } from '../../../components/shared/text-field'
import type { InstitutionDetail } from '../../../domain/finder/institution-schema'
import { storedPoint } from '../../../domain/registry/filing-rules'
import type { Datum, PlacedPoint } from '../../../domain/registry/registry-schema'
import { t } from '../../../i18n/translate'
import { call } from '../../../services/api-client'
import { useSessionStore } from '../../../stores/session-store'
import '../../../components/complaints/complaints.scss'
import './index.scss'

const DATUM_CHOICES: readonly Datum[] = ['gcj02', 'wgs84']
// Placed institutions this near the district's centre are drawn for reference; the finder's page size caps them.
const REFERENCE_RADIUS_M = 5000
const REFERENCE_COUNT = 50

/** A typed pair as a point, or null when either is not a number within the globe's range. */
function typedPoint(latText: string, lngText: string, datum: Datum): PlacedPoint | null {
  const [lat, lng] = [Number(latText.trim()), Number(lngText.trim())]
  if (latText.trim() === '' || lngText.trim() === '' || !Number.isFinite(lat) || !Number.isFinite(lng)) return null
  if (Math.abs(lat) > 90 || Math.abs(lng) > 180) return null
  return { lat, lng, datum }
}

/** Coordinates read off another map or a survey, in the datum they were taken in; WGS-84 is converted on saving. */
function TypedPoint({ onPlace }: { onPlace(point: PlacedPoint): void }) {
  const [lat, setLat] = useState('')
  const [lng, setLng] = useState('')
  const [datum, setDatum] = useState<Datum>('gcj02')
  const [invalid, setInvalid] = useState(false)
  const use = () => {
    const point = typedPoint(lat, lng, datum)
    setInvalid(point === null)
    if (point) onPlace(point)
  }
  return (
    <SectionCard title={t('registry.place.typedTitle')} testId='place-typed'>
      <TextField block='complaints-field' type='digit' label={t('registry.place.lat')} value={lat} onChange={setLat} testId='place-lat' />
      <TextField block='complaints-field' type='digit' label={t('registry.place.lng')} value={lng} onChange={setLng} testId='place-lng' />
      <View className='place-page__datum'>
        {DATUM_CHOICES.map((d) => (
          <Chip key={d} label={t(`registry.place.datum.${d}`)} selected={datum === d} onClick={() => setDatum(d)} testId={`place-datum-${d}`} />
        ))}
      </View>
      {invalid ? (
        <Text className='complaints-error' data-testid='place-typed-error'>
          {t('registry.place.typedInvalid')}
        </Text>
      ) : null}
      <ActionButton label={t('registry.place.useTyped')} variant='secondary' onClick={use} testId='place-use-typed' block />
    </SectionCard>
  )
}

/** The pin beside the address, and the save: a registry change on the 变更记录 that brings it into distance search. */
function Confirm({ institution, pin, onSaved }: { institution: InstitutionDetail; pin: PlacedPoint; onSaved(): void }) {
  const readOnly = useSessionStore((s) => s.user?.readOnly === true)
  const { busy, message, submit } = useFormAction()
  const shown = storedPoint(pin)
  const save = () =>
    submit(async () => {
      await call('registry', 'placeInstitution', { institutionId: institution.id, location: pin })
      void Taro.showToast({ title: t('registry.place.saved'), icon: 'success' })
      onSaved()
    })
  return (
    <SectionCard title={t('registry.place.confirmTitle')} testId='place-confirm'>
      <Text className='complaints-hint' data-testid='place-confirm-address'>
        {t('registry.place.confirmAddress', { name: institution.name, address: institution.address })}
      </Text>
      <Text className='complaints-hint' data-testid='place-confirm-point'>
        {t('registry.place.confirmPoint', { lat: shown.lat.toFixed(6), lng: shown.lng.toFixed(6) })}
      </Text>
      {pin.datum === 'wgs84' ? <Text className='complaints-hint'>{t('registry.place.converted')}</Text> : null}
      {message ? (
        <Text className='complaints-error' data-testid='place-error'>
          {message}
        </Text>
      ) : null}
      {readOnly ? (
        <Text className='complaints-hint' data-testid='place-read-only'>
          {t('registry.unlocated.readOnly')}
        </Text>
      ) : (
        <ActionButton label={t('registry.place.save')} onClick={() => void save()} disabled={busy} testId='place-save' block />
      )}
    </SectionCard>
  )
}

function Placement({ id }: { id: string }) {
  const institution = useQuery(`place:${id}`, () => call('finder', 'get', { id }))
  const inst = institution.data
  const nearby = useQuery(inst ? `place-reference:${id}` : null, () =>
    call('finder', 'search', { regionCode: inst?.regionCode ?? '', origin: inst?.location, radiusM: REFERENCE_RADIUS_M, pageSize: REFERENCE_COUNT })
  )
  const [pin, setPin] = useState<PlacedPoint | null>(null)
  const [saved, setSaved] = useState(false)
  // Stable for the map: it redraws only when what it shows changes, not on every keystroke of the typed pair.
  const centre = useMemo(() => inst?.location ?? null, [inst])
  const reference = useMemo(() => (nearby.data?.items ?? []).filter((r) => r.id !== id).map((r) => ({ id: r.id, name: r.name, location: r.location })), [nearby.data, id])
  const shownPin = useMemo(() => (pin && inst ? { point: storedPoint(pin), label: inst.address } : null), [pin, inst])
  const place = (point: PlacedPoint) => {
    setPin(point)
    setSaved(false)
  }
  if (institution.error) return <ErrorState title={t('registry.place.title')} message={institution.error.message} onRetry={() => void institution.reload()} />
  if (!inst || !centre) return <LoadingState />
  return (
    <View>
      <SectionCard title={inst.name} testId='place-institution'>
        <Text className='complaints-hint'>
          {inst.districtName} · {inst.address}
        </Text>
        <Text className='complaints-hint' data-testid='place-status'>
          {saved ? t('registry.place.done') : inst.located ? t('registry.place.alreadyPlaced') : t('registry.place.unplaced')}
        </Text>
      </SectionCard>
      <PlacementMap regionCode={inst.regionCode} centre={centre} reference={reference} pin={shownPin} onPlace={place} />
      <TypedPoint onPlace={place} />
      {pin && !saved ? <Confirm institution={inst} pin={pin} onSaved={() => setSaved(true)} /> : null}
    </View>
  )
}

/** 标注位置: a regulator places one of its region's unlocated institutions on the map. */
export default function PlaceInstitutionPage() {
  const { params } = useRouter()
  const id = params.id ? decodeURIComponent(params.id) : ''
  return (
    <PageShell className='regulator-page'>
      <RegulatorSignIn>{id ? <Placement id={id} /> : <ErrorState title={t('registry.place.title')} message={t('errors.NOT_FOUND')} onRetry={() => void Taro.navigateBack()} />}</RegulatorSignIn>
    </PageShell>
  )
}

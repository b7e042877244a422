import '../../../i18n/zh-cn-pages/alerts'
import { Text, View } from '@tarojs/components'
import Taro, { useRouter } from '@tarojs/taro'
import { useState } from 'react'
import { ActingAs } from '../../../components/account/account-panel'
import { SignInGate } from '../../../components/bookings/sign-in-gate'
import { PageShell } from '../../../components/layout/page-shell'
import { ActionButton } from '../../../components/shared/action-button'
import { useFormAction, useQuery } from '../../../components/shared/queries'
import { SectionCard } from '../../../components/shared/section-card'
import { ErrorState, LoadingState } from '../../../components/shared/state-views'
import { TextField } from '../../../components/shared/text-field'
import { AGE_BANDS, type AgeBand, type ServiceType } from '../../../domain/finder/finder-enums'
import type { InstitutionDetail } from '../../../domain/finder/institution-schema'
import { VACANCY_FRESH_DAYS } from '../../../domain/finder/staleness-rules'
import { vacanciesNeedChecking } from '../../../domain/following/vacancy-staleness'
import { todayInChina } from '../../../domain/shared/clock'
import { t } from '../../../i18n/translate'
import { call } from '../../../services/api-client'
import { formatDate } from '../../../services/display-format'
import { useSessionStore } from '../../../stores/session-store'
import '../../../components/bookings/bookings.scss'
import './index.scss'

const MAX_PLACES = 500
const keyOf = (serviceType: ServiceType, ageBand: AgeBand) => `${serviceType}/${ageBand}`

/** The places as typed, by service type and age band; a cell left empty is not reported. */
type Draft = Record<string, string>

const draftOf = (detail: InstitutionDetail): Draft => Object.fromEntries(detail.vacancies.map((v) => [keyOf(v.serviceType, v.ageBand), String(v.places)]))

/** Staff edit their vacancies per service type and age band, and re-date them with 信息仍然准确. */
function VacancyEditor({ institutionId }: { institutionId: string }) {
  const detail = useQuery(`vacancies:${institutionId}`, () => call('finder', 'get', { id: institutionId }))
  const [draft, setDraft] = useState<Draft | null>(null)
  const { busy, message, submit } = useFormAction()
  if (detail.error) return <ErrorState title={t('alerts.workspace.title')} message={detail.error.message} onRetry={() => void detail.reload()} />
  if (!detail.data) return <LoadingState />
  const inst = detail.data
  const shown = draft ?? draftOf(inst)
  const newest = inst.vacancies.map((v) => v.reportedOn).sort().at(-1) ?? null
  const stale = vacanciesNeedChecking(inst.vacancies, todayInChina())

  const done = async (title: string) => {
    setDraft(null)
    await detail.reload()
    void Taro.showToast({ title, icon: 'none' })
  }
  const save = () =>
    submit(async () => {
      const vacancies = inst.serviceTypes.flatMap((serviceType) =>
        AGE_BANDS.flatMap((ageBand) => {
          const typed = (shown[keyOf(serviceType, ageBand)] ?? '').trim()
          return typed === '' ? [] : [{ serviceType, ageBand, places: Math.min(MAX_PLACES, Math.max(0, Math.floor(Number(typed) || 0))) }]
        })
      )
      await call('registry', 'updateVacancies', { institutionId, vacancies })
      await done(t('alerts.workspace.saved'))
    })
  const confirm = () =>
    submit(async () => {
      await call('registry', 'confirmVacancies', { institutionId })
      await done(t('alerts.workspace.confirmed'))
    })

  return (
    <View>
      <SectionCard title={inst.name} aside={<Text data-testid='vacancies-reported-on'>{newest ? t('alerts.workspace.reportedOn', { date: formatDate(newest) }) : t('alerts.workspace.never')}</Text>}>
        <Text className='bookings-hint'>{t('alerts.workspace.hint')}</Text>
        {stale ? (
          <Text className='bookings-error' data-testid='vacancies-stale'>
            {t('alerts.workspace.stale', { days: VACANCY_FRESH_DAYS })}
          </Text>
        ) : null}
      </SectionCard>
      {inst.serviceTypes.map((serviceType) => (
        <SectionCard key={serviceType} title={t(`labels.serviceType.${serviceType}`)}>
          {AGE_BANDS.map((ageBand) => (
            <View key={ageBand} className='vacancies-page__row'>
              <Text className='vacancies-page__label'>
                {t(`labels.ageBand.${ageBand}`)} {t(`labels.ageBandRange.${ageBand}`)}
              </Text>
              <View className='vacancies-page__input'>
                <TextField
                  block='bookings-field'
                  value={shown[keyOf(serviceType, ageBand)] ?? ''}
                  onChange={(value) => setDraft({ ...shown, [keyOf(serviceType, ageBand)]: value.replace(/[^0-9]/g, '') })}
                  placeholder={t('alerts.workspace.places')}
                  type='number'
                  maxLength={3}
                  testId={`vacancy-${serviceType}-${ageBand}`}
                />
              </View>
            </View>
          ))}
        </SectionCard>
      ))}
      {message ? (
        <Text className='bookings-error' data-testid='vacancies-error'>
          {message}
        </Text>
      ) : null}
      <View className='vacancies-page__actions'>
        <ActionButton label={t('alerts.workspace.save')} onClick={() => void save()} disabled={busy} testId='vacancies-save' block />
        {inst.vacancies.length > 0 ? <ActionButton label={t('alerts.workspace.confirm')} variant='secondary' onClick={() => void confirm()} disabled={busy} testId='vacancies-confirm' block /> : null}
      </View>
    </View>
  )
}

export default function WorkspaceVacanciesPage() {
  const { params } = useRouter()
  const scope = params.institutionId && params.regionCode ? { institutionId: decodeURIComponent(params.institutionId), regionCode: decodeURIComponent(params.regionCode) } : null
  const institutionId = useSessionStore((s) => (s.user?.role === 'institution_staff' ? s.user.institutionId : null))
  return (
    <PageShell className='vacancies-page'>
      <SignInGate role='institution_staff' scope={scope}>
        <ActingAs />
        {institutionId ? <VacancyEditor institutionId={institutionId} /> : null}
      </SignInGate>
    </PageShell>
  )
}

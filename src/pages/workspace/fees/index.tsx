import '../../../i18n/zh-cn-pages/registry'
import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import { ActingAs } from '../../../components/account/account-panel'
import { SignInGate } from '../../../components/bookings/sign-in-gate'
import { useInstitution } from '../../../components/finder/use-institution'
import { FeesSection } from '../../../components/institution/fees-section'
import { PageShell } from '../../../components/layout/page-shell'
import { ActionButton } from '../../../components/shared/action-button'
import { Chip } from '../../../components/shared/chip'
import { useFormAction, useQuery } from '../../../components/shared/queries'
import { SectionCard } from '../../../components/shared/section-card'
import { ErrorState, LoadingState } from '../../../components/shared/state-views'
import { TextField } from '../../../components/shared/text-field'
import { useStaffScope } from '../../../components/workspace/own-institution'
import { ReviewRequests } from '../../../components/workspace/review-requests'
import { AGE_BANDS, FEE_RECORD_UNITS, FEE_UNIT_BY_SERVICE, type AgeBand, type FeeRecordUnit, type ServiceType } from '../../../domain/finder/finder-enums'
import type { InstitutionDetail } from '../../../domain/finder/institution-schema'
import { todayInChina } from '../../../domain/shared/clock'
import { t } from '../../../i18n/translate'
import { call } from '../../../services/api-client'
import '../../../components/bookings/bookings.scss'

/** Yuan as staff type them (2800, 2800.5) in whole fen; NaN for anything else, which the server refuses. */
const fenOf = (yuan: string): number => (/^\d+(\.\d{1,2})?$/.test(yuan.trim()) ? Math.round(Number(yuan.trim()) * 100) : Number.NaN)

/** One price line from a date: today by default, or a later day (the page keeps showing today's meanwhile). */
function FeeForm({ detail, onSent }: { detail: InstitutionDetail; onSent(outcome: 'published' | 'pending_review'): void }) {
  const [serviceType, setServiceType] = useState<ServiceType>(detail.serviceTypes[0] ?? 'full_day')
  const [ageBand, setAgeBand] = useState<AgeBand>('toddler')
  const [unit, setUnit] = useState<FeeRecordUnit>(FEE_UNIT_BY_SERVICE[detail.serviceTypes[0] ?? 'full_day'])
  const [amount, setAmount] = useState('')
  const [includesMeals, setIncludesMeals] = useState(true)
  const [effectiveFrom, setEffectiveFrom] = useState(todayInChina())
  const { busy, message, submit, fieldError, edited } = useFormAction()
  const send = () =>
    submit(async () => {
      const got = await call('registry', 'updateFees', {
        institutionId: detail.id,
        effectiveFrom: effectiveFrom.trim(),
        fees: [{ serviceType, ageBand, unit, amountFen: fenOf(amount), includesMeals }]
      })
      setAmount('')
      onSent(got.outcome)
    })
  return (
    <SectionCard title={t('registry.workspace.feeFormTitle')} testId='fee-form'>
      {detail.isAffordable ? <Text className='bookings-hint' data-testid='fee-review-note'>{t('registry.workspace.affordableNote')}</Text> : null}
      <View className='bookings-chips'>
        {detail.serviceTypes.map((s) => (
          <Chip
            key={s}
            label={t(`labels.serviceType.${s}`)}
            selected={serviceType === s}
            onClick={() => {
              setServiceType(s)
              setUnit(FEE_UNIT_BY_SERVICE[s])
            }}
            testId={`fee-service-${s}`}
          />
        ))}
      </View>
      <View className='bookings-chips'>
        {AGE_BANDS.map((a) => (
          <Chip key={a} label={t(`labels.ageBand.${a}`)} selected={ageBand === a} onClick={() => setAgeBand(a)} testId={`fee-band-${a}`} />
        ))}
      </View>
      <View className='bookings-chips'>
        {FEE_RECORD_UNITS.map((u) => (
          <Chip key={u} label={t(`labels.feeUnit.${u}`)} selected={unit === u} onClick={() => setUnit(u)} testId={`fee-unit-${u}`} />
        ))}
      </View>
      <TextField
        block='bookings-field'
        type='digit'
        label={t('registry.workspace.amountLabel')}
        value={amount}
        onChange={(v) => {
          edited('fees')
          setAmount(v)
        }}
        error={fieldError('fees')}
        testId='fee-amount-input'
      />
      <View className='bookings-chips'>
        <Chip label={t('institution.includesMeals')} selected={includesMeals} onClick={() => setIncludesMeals(!includesMeals)} testId='fee-meals' />
      </View>
      <TextField
        block='bookings-field'
        label={t('registry.workspace.effectiveFromLabel')}
        value={effectiveFrom}
        onChange={(v) => {
          edited('effectiveFrom')
          setEffectiveFrom(v)
        }}
        hint={t('registry.workspace.effectiveFromHint')}
        error={fieldError('effectiveFrom')}
        testId='fee-effective-from'
      />
      {message ? (
        <Text className='bookings-error' data-testid='fee-form-error'>
          {message}
        </Text>
      ) : null}
      <ActionButton label={t('registry.workspace.publishFee')} onClick={() => void send()} disabled={busy} testId='fee-publish' block />
    </SectionCard>
  )
}

function FeesWorkspace({ institutionId }: { institutionId: string }) {
  const { data: detail, error, reload, refresh } = useInstitution(institutionId)
  const reviews = useQuery(`my-reviews:${institutionId}`, () => call('registry', 'myReviews', { institutionId }))
  const [notice, setNotice] = useState<string | null>(null)
  if (error && !detail) return <ErrorState title={t('registry.workspace.feesTitle')} message={error.message} onRetry={() => void reload()} />
  if (!detail) return <LoadingState />
  return (
    <View>
      {notice ? (
        <Text className='bookings-hint' data-testid='fee-notice'>
          {notice}
        </Text>
      ) : null}
      <FeesSection detail={detail} region={null} today={todayInChina()} />
      <ReviewRequests items={reviews.data?.items ?? []} kind='fees' />
      <FeeForm
        detail={detail}
        onSent={(outcome) => {
          setNotice(outcome === 'published' ? t('registry.workspace.published') : t('registry.workspace.pendingReview'))
          void refresh()
          void reviews.reload()
        }}
      />
    </View>
  )
}

/** 收费标准: staff publish their prices from a date; past prices stay on the page as history. */
export default function WorkspaceFeesPage() {
  const { scope, institutionId } = useStaffScope()
  return (
    <PageShell className='workspace-page'>
      <SignInGate role='institution_staff' scope={scope}>
        <ActingAs />
        {institutionId ? <FeesWorkspace institutionId={institutionId} /> : null}
      </SignInGate>
    </PageShell>
  )
}

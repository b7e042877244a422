import Taro, { usePullDownRefresh, useRouter, useShareAppMessage } from '@tarojs/taro'
import { useEffect } from 'react'
import { BookingEntry } from '../../components/bookings/booking-entry'
import { StaffWorkspaceLink } from '../../components/bookings/staff-workspace-link'
import { ComplaintEntry } from '../../components/complaints/complaint-entry'
import { useInstitution, useRegion } from '../../components/finder/use-institution'
import { DisclosureChecklist } from '../../components/institution/disclosure-checklist'
import { EnforcementSection } from '../../components/institution/enforcement-section'
import { EvaluationsSection } from '../../components/institution/evaluations-section'
import { FeesSection } from '../../components/institution/fees-section'
import { FilingSection } from '../../components/institution/filing-section'
import { InstitutionActions } from '../../components/institution/institution-actions'
import { InstitutionHeader } from '../../components/institution/institution-header'
import { ChangeLogSection, OversightSection, StandingNotice } from '../../components/institution/registry-sections'
import { PremisesPhotosSection } from '../../components/institution/premises-photos'
import { SafetySection } from '../../components/institution/safety-section'
import { ServicesSection } from '../../components/institution/services-section'
import { StaffingSection } from '../../components/institution/staffing-section'
import { VacanciesSection } from '../../components/institution/vacancies-section'
import { PageShell } from '../../components/layout/page-shell'
import { SampleDataBanner } from '../../components/layout/sample-data-banner'
import { ActionButton } from '../../components/shared/action-button'
import { EmptyState, ErrorState, LoadingState } from '../../components/shared/state-views'
import { todayInChina } from '../../domain/shared/clock'
import { t } from '../../i18n/translate'

export default function InstitutionPage() {
  const { params } = useRouter()
  const id = params.id ? decodeURIComponent(params.id) : ''
  const { data: detail, error, reload, refresh } = useInstitution(id)
  // The fees still read without the region; only the cost after subsidy waits for it.
  const region = useRegion(detail?.regionCode)

  const name = detail?.name
  useEffect(() => {
    if (name) void Taro.setNavigationBarTitle({ title: name }).catch(() => undefined)
  }, [name])

  usePullDownRefresh(() => {
    void refresh().finally(() => Taro.stopPullDownRefresh())
  })

  useShareAppMessage(() => ({
    title: detail ? t('institution.shareTitle', { name: detail.name }) : t('common.appName'),
    path: `/pages/institution/index?id=${encodeURIComponent(id)}`
  }))

  if (!id) {
    return (
      <PageShell>
        <EmptyState title={t('institution.loadFailedTitle')} hint={t('institution.missingId')}>
          <ActionButton label={t('institution.backToList')} onClick={() => void Taro.switchTab({ url: '/pages/finder/index' })} />
        </EmptyState>
      </PageShell>
    )
  }

  if (error && !detail) {
    return (
      <PageShell>
        <ErrorState title={t('institution.loadFailedTitle')} message={error.message} onRetry={() => void reload()} />
        {/* A shared link opened cold has no page behind it to go back to, and H5 shows no back button. */}
        <ActionButton label={t('institution.backToList')} variant='plain' testId='back-to-finder' onClick={() => void Taro.switchTab({ url: '/pages/finder/index' })} />
      </PageShell>
    )
  }

  if (!detail) {
    return (
      <PageShell>
        <LoadingState />
      </PageShell>
    )
  }

  const today = todayInChina()
  return (
    <PageShell className='institution-page'>
      {detail.isSample ? <SampleDataBanner /> : null}
      <StandingNotice detail={detail} />
      <InstitutionHeader detail={detail} today={today} />
      <InstitutionActions detail={detail} />
      {/* A suspended or revoked filing takes no bookings: the page still reads, but offers nothing to book. */}
      {detail.standing.status === 'active' ? <BookingEntry institutionId={detail.id} /> : null}
      <EvaluationsSection detail={detail} />
      <FeesSection detail={detail} region={region} today={today} />
      <VacanciesSection detail={detail} today={today} />
      <ServicesSection detail={detail} />
      <PremisesPhotosSection detail={detail} />
      <FilingSection detail={detail} />
      <SafetySection detail={detail} />
      <StaffingSection detail={detail} />
      <DisclosureChecklist detail={detail} today={today} />
      <OversightSection detail={detail} />
      <EnforcementSection detail={detail} />
      <ChangeLogSection detail={detail} />
      {/* After the facts: a family reads grades and fees first; reporting a problem sits with the records. */}
      <ComplaintEntry institutionId={detail.id} />
      <StaffWorkspaceLink institutionId={detail.id} regionCode={detail.regionCode} />
    </PageShell>
  )
}

import '../../../i18n/zh-cn-pages/complaints'
import { Text, View } from '@tarojs/components'
import Taro, { useRouter } from '@tarojs/taro'
import { useState } from 'react'
import { ComplaintForm, type SubmitResult } from '../../../components/complaints/complaint-form'
import type { FormSubject } from '../../../components/complaints/complaint-draft'
import { ParentSignIn } from '../../../components/complaints/complaint-sign-in'
import { EmergencyNotice } from '../../../components/complaints/emergency-notice'
import { saveComplaint } from '../../../components/complaints/saved-complaints'
import { SubmittedPanel } from '../../../components/complaints/submitted-panel'
import { PageShell } from '../../../components/layout/page-shell'
import { ActionButton } from '../../../components/shared/action-button'
import { SectionCard } from '../../../components/shared/section-card'
import { ErrorState, LoadingState } from '../../../components/shared/state-views'
import { complaintCategorySchema, type ComplaintCategory } from '../../../domain/complaints/complaint-category-schema'
import { t } from '../../../i18n/translate'
import { useQuery } from '../../../components/shared/queries'
import { useInstitutionStore } from '../../../stores/institution-store'
import { useRegionStore } from '../../../stores/region-store'
import '../../../components/complaints/complaints.scss'
import './index.scss'

const param = (value: string | undefined) => (value ? decodeURIComponent(value) : '')

/** Resolves who the complaint is about from the route: an institution id, or an unfiled operator's region (and name). */
function useSubject(params: Record<string, string | undefined>) {
  const institutionId = param(params.institutionId)
  const regionCode = param(params.regionCode)
  const name = param(params.name)
  const address = param(params.address)
  const known = Boolean(institutionId || regionCode)
  const subject = useQuery(known ? `subject:${institutionId}:${regionCode}:${name}:${address}` : null, async (): Promise<FormSubject> => {
    if (institutionId) {
      const institution = await useInstitutionStore.getState().load(institutionId)
      return { kind: 'filed', institutionId, name: institution.name, address: institution.address }
    }
    const region = await useRegionStore.getState().loadRegion(regionCode)
    return { kind: 'unfiled', regionCode, regionCentre: region.centre, initial: { operatorName: name, address, location: null } }
  })
  return { subject: subject.data ?? null, error: subject.error, retry: () => void subject.reload(), known }
}

export default function NewComplaintPage() {
  const { params } = useRouter()
  const initial = complaintCategorySchema.safeParse(params.category)
  const [category, setCategory] = useState<ComplaintCategory | null>(initial.success ? initial.data : null)
  const [result, setResult] = useState<SubmitResult | null>(null)
  const { subject, error, retry, known } = useSubject(params)

  const submitted = (done: SubmitResult) => {
    if (done.followSecret) {
      saveComplaint({ trackingNo: done.complaint.trackingNo, secret: done.followSecret, subjectName: done.complaint.subject.name, savedAt: done.complaint.submittedAt })
    }
    setResult(done)
    void Taro.pageScrollTo({ scrollTop: 0, duration: 0 }).catch(() => undefined)
  }

  const body = () => {
    if (result) return <SubmittedPanel result={result} />
    if (!known) {
      // A complaint needs its subject first: a filed institution from the finder, or a place found to be unfiled.
      return (
        <SectionCard title={t('complaints.entry.pickTitle')} testId='pick-subject'>
          <Text className='complaints-hint'>{t('complaints.entry.pickHint')}</Text>
          <View className='complaints-actions'>
            <ActionButton label={t('complaints.entry.pickFromFinder')} onClick={() => void Taro.switchTab({ url: '/pages/finder/index' })} testId='go-finder' block />
            <ActionButton label={t('complaints.entry.checkFiled')} variant='secondary' onClick={() => void Taro.redirectTo({ url: '/pages/complaints/check/index' })} testId='go-check' block />
          </View>
        </SectionCard>
      )
    }
    if (error) return <ErrorState title={t('complaints.titles.new')} message={error.message} onRetry={retry} />
    if (!subject) return <LoadingState />
    return (
      <ParentSignIn>
        <ComplaintForm subject={subject} category={category} onCategory={setCategory} onSubmitted={submitted} />
      </ParentSignIn>
    )
  }

  return (
    <PageShell className='complaint-new-page'>
      {category === 'abuse_neglect' && !result ? <EmergencyNotice /> : null}
      {body()}
    </PageShell>
  )
}

import '../../../i18n/zh-cn-pages/complaints'
import { Text, View } from '@tarojs/components'
import { useRouter } from '@tarojs/taro'
import { useEffect, useState } from 'react'
import { errorMessage, useQuery } from '../../../components/shared/queries'
import { dateText, deadlineText, whenText } from '../../../components/complaints/complaint-format'
import { ComplaintPhoto } from '../../../components/complaints/complaint-photo'
import { RegulatorSignIn } from '../../../components/complaints/complaint-sign-in'
import { ComplaintTimeline } from '../../../components/complaints/complaint-timeline'
import { RegulatorActions, type RegulatorView } from '../../../components/complaints/regulator-actions'
import { TextBox } from '../../../components/complaints/text-box'
import { PageShell } from '../../../components/layout/page-shell'
import { ActionButton } from '../../../components/shared/action-button'
import { FactRow, SectionCard } from '../../../components/shared/section-card'
import { EmptyState, ErrorState, LoadingState } from '../../../components/shared/state-views'
import { COMPLAINT_LIMITS } from '../../../domain/complaints/complaint-schema'
import type { Department } from '../../../domain/regions/region-schema'
import { t, type MessageKey } from '../../../i18n/translate'
import { call } from '../../../services/api-client'
import { useRegionStore } from '../../../stores/region-store'
import { useSessionStore } from '../../../stores/session-store'
import '../../../components/complaints/complaints.scss'
import './index.scss'

function NoteForm({ trackingNo, onUpdated }: { trackingNo: string; onUpdated(next: RegulatorView): void }) {
  const [note, setNote] = useState('')
  const [message, setMessage] = useState<string | null>(null)
  const add = async () => {
    setMessage(null)
    try {
      onUpdated(await call('complaints', 'note', { trackingNo, note: note.trim() }))
      setNote('')
    } catch (e) {
      setMessage(errorMessage(e).message)
    }
  }
  return (
    <View className='complaints-field' data-testid='note-form'>
      <TextBox
        value={note}
        onChange={setNote}
        placeholder={t('complaints.console.notePlaceholder')}
        maxLength={COMPLAINT_LIMITS.note.max}
        testId='note-text'
      />
      <ActionButton label={t('complaints.console.note')} variant='secondary' onClick={() => void add()} disabled={!note.trim()} testId='add-note' />
      {message ? <Text className='complaints-error'>{message}</Text> : null}
    </View>
  )
}

function AuditLog({ trackingNo }: { trackingNo: string }) {
  const remote = useQuery(trackingNo, () => call('complaints', 'auditLog', { trackingNo }))
  if (remote.error) return <Text className='complaints-error'>{remote.error.message}</Text>
  if (!remote.data) return <LoadingState />
  return (
    <View data-testid='audit-log'>
      {remote.data.entries.map((entry, index) => (
        <View key={index} className='complaints-row' data-testid='audit-entry' data-kind={entry.kind}>
          <View className='complaints-row__main'>
            <Text className='complaints-row__title'>
              {t(`complaints.events.${entry.kind}`)}
              {entry.fromStatus && entry.toStatus ? `：${t(`complaints.statuses.${entry.fromStatus}`)} → ${t(`complaints.statuses.${entry.toStatus}`)}` : ''}
            </Text>
            <Text className='complaints-row__meta'>
              {whenText(entry.at)} · {entry.actorName ?? t(`complaints.actors.${entry.actor}`)}
              {entry.actorId ? ` · ${entry.actorId}` : ''}
            </Text>
          </View>
        </View>
      ))}
    </View>
  )
}

function Handling({ initial, departments }: { initial: RegulatorView; departments: readonly Department[] }) {
  const [view, setView] = useState(initial)
  const [showAudit, setShowAudit] = useState(false)
  useEffect(() => setView(initial), [initial])
  const contact = view.identity === 'anonymous' ? t('complaints.console.anonymous') : [view.contactName, view.contactPhone].filter(Boolean).join(' ')
  return (
    <View data-testid='regulator-complaint' data-status={view.status}>
      <SectionCard title={t(`complaints.statuses.${view.status}`)} aside={<Text>{view.trackingNo}</Text>} testId='regulator-status'>
        {view.overdue ? <Text className='complaints-error'>{t('complaints.console.overdue')}</Text> : null}
        {view.heldForReview ? (
          <Text className='complaints-notice complaints-notice--warning'>
            {t('complaints.console.reviewFlags', { flags: view.reviewFlags.map((f) => t(`complaints.contentFlags.${f}` as MessageKey)).join('、') })}
          </Text>
        ) : null}
        <FactRow label={t('complaints.detail.subject')} value={<Text>{`${view.subject.name}${view.subject.kind === 'unfiled' ? `（${t('complaints.console.unfiled')}）` : ''}`}</Text>} />
        <FactRow label={t('complaints.form.address')} value={<Text>{view.subject.address}</Text>} />
        <FactRow label={t('complaints.detail.category')} value={<Text>{t(`complaints.categories.${view.category}`)}</Text>} />
        <FactRow label={t('complaints.detail.incidentDate')} value={<Text>{dateText(view.incidentDate)}</Text>} />
        <FactRow label={t('complaints.detail.department')} value={<Text data-testid='regulator-department'>{view.department?.name ?? view.departmentCode}</Text>} />
        {view.dueAt ? <FactRow label={view.status === 'submitted' ? t('complaints.detail.acceptBy') : t('complaints.detail.answerBy')} value={<Text>{deadlineText(view.dueAt)}</Text>} /> : null}
        <FactRow label={t('complaints.console.contact')} value={<Text data-testid='regulator-contact'>{contact}</Text>} />
        <Text className='complaints-hint'>{view.mayTellInstitution ? t('complaints.console.mayTell') : view.identity === 'anonymous' ? '' : t('complaints.console.confidential')}</Text>
        <Text className='complaints-hint'>
          {t('complaints.console.routedTo', { department: departments.find((d) => d.code === view.routedDepartmentCode)?.name ?? view.routedDepartmentCode })}
        </Text>
      </SectionCard>

      <RegulatorActions view={view} departments={departments} onUpdated={setView} />

      <SectionCard title={t('complaints.detail.details')}>
        <Text className='complaints-timeline__message'>{view.details}</Text>
        {view.photos.map((photo) => (
          <ComplaintPhoto key={photo.id} trackingNo={view.trackingNo} photoId={photo.id} />
        ))}
      </SectionCard>

      {view.answer ? (
        <SectionCard title={t('complaints.detail.answer')}>
          <Text className='complaints-timeline__message'>{view.answer}</Text>
        </SectionCard>
      ) : null}

      {view.mergedReports.length > 0 ? (
        <SectionCard title={t('complaints.console.mergedReports', { count: view.mergedReports.length })} testId='merged-reports'>
          {view.mergedReports.map((report) => (
            <View key={report.trackingNo} className='complaints-option'>
              <Text className='complaints-option__title'>{`${report.trackingNo} · ${whenText(report.submittedAt)}`}</Text>
              <Text className='complaints-hint'>{report.identity === 'anonymous' ? t('complaints.console.anonymous') : [report.contactName, report.contactPhone].filter(Boolean).join(' ')}</Text>
              <Text className='complaints-timeline__message'>{report.details}</Text>
              {report.photos.map((photo) => (
                <ComplaintPhoto key={photo.id} trackingNo={view.trackingNo} photoId={photo.id} />
              ))}
            </View>
          ))}
        </SectionCard>
      ) : null}

      <SectionCard title={t('complaints.console.events')} testId='regulator-events'>
        <ComplaintTimeline events={view.events} testId='regulator-timeline' />
        <NoteForm trackingNo={view.trackingNo} onUpdated={setView} />
      </SectionCard>

      <SectionCard
        title={t('complaints.console.auditLog')}
        aside={
          <ActionButton
            label={showAudit ? t('complaints.console.hideAudit') : t('complaints.console.showAudit')}
            variant='plain'
            onClick={() => setShowAudit((shown) => !shown)}
            testId='toggle-audit'
          />
        }
      >
        {showAudit ? <AuditLog trackingNo={view.trackingNo} /> : null}
      </SectionCard>
    </View>
  )
}

const NO_DEPARTMENTS: readonly Department[] = []

function Inspect({ trackingNo }: { trackingNo: string }) {
  const regionCode = useSessionStore((s) => s.user?.regionCode ?? null)
  const remote = useQuery(trackingNo, () => call('complaints', 'inspect', { trackingNo }))
  // Where the complaint can be transferred; without them the handling still works, so a failure is not shown.
  const region = useQuery(regionCode ? `region:${regionCode}` : null, () => useRegionStore.getState().loadRegion(regionCode ?? ''))
  const departments = region.data?.departments ?? NO_DEPARTMENTS
  if (remote.error && !remote.data) return <ErrorState title={t('complaints.titles.handle')} message={remote.error.message} onRetry={() => void remote.reload()} />
  if (!remote.data) return <LoadingState />
  return <Handling initial={remote.data} departments={departments} />
}

/** One complaint in the regulators' console: the file, its photos and merged reports, the actions, notes and audit log. */
export default function RegulatorComplaintPage() {
  const { params } = useRouter()
  const trackingNo = params.no ? decodeURIComponent(params.no) : ''
  return (
    <PageShell className='regulator-complaint-page'>
      <RegulatorSignIn>
        {trackingNo ? <Inspect trackingNo={trackingNo} /> : <EmptyState title={t('complaints.detail.notFound')} />}
      </RegulatorSignIn>
    </PageShell>
  )
}

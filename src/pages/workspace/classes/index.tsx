import '../../../i18n/zh-cn-pages/registry'
import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import { ActingAs } from '../../../components/account/account-panel'
import { SignInGate } from '../../../components/bookings/sign-in-gate'
import { useInstitution } from '../../../components/finder/use-institution'
import { PageShell } from '../../../components/layout/page-shell'
import { ActionButton } from '../../../components/shared/action-button'
import { Chip } from '../../../components/shared/chip'
import { useFormAction, useQuery } from '../../../components/shared/queries'
import { SectionCard } from '../../../components/shared/section-card'
import { ErrorState, LoadingState } from '../../../components/shared/state-views'
import { TextField } from '../../../components/shared/text-field'
import { useStaffScope } from '../../../components/workspace/own-institution'
import { ReviewRequests } from '../../../components/workspace/review-requests'
import { AGE_BANDS, type AgeBand } from '../../../domain/finder/finder-enums'
import type { ClassGroup, InstitutionDetail } from '../../../domain/finder/institution-schema'
import { checkClassStaffing, type ClassStaffing } from '../../../domain/finder/staff-ratio-rules'
import { t } from '../../../i18n/translate'
import { call } from '../../../services/api-client'
import '../../../components/bookings/bookings.scss'
import './index.scss'

/** A class as staff edit it: counts stay text while typed; `key` tells rows apart while names are edited. */
interface ClassDraft {
  key: string
  name: string
  ageBand: AgeBand
  capacity: string
  enrolled: string
  caregivers: string
}

type Count = 'capacity' | 'enrolled' | 'caregivers'
const COUNTS: readonly Count[] = ['capacity', 'enrolled', 'caregivers']

/** Whole numbers as staff type them; NaN for anything else, which the server refuses with its own message. */
const countOf = (typed: string): number => (/^\d+$/.test(typed.trim()) ? Number(typed.trim()) : Number.NaN)

const draftOf = (c: ClassGroup): ClassDraft => ({
  key: c.id,
  name: c.name,
  ageBand: c.ageBand,
  capacity: String(c.capacity),
  enrolled: String(c.enrolled),
  caregivers: String(c.caregivers)
})

/** The ratio check of the standard for a class being edited; null until its counts are whole numbers. */
function staffingOf(d: ClassDraft): ClassStaffing | null {
  const counted = { id: d.key, name: d.name, ageBand: d.ageBand, capacity: countOf(d.capacity), enrolled: countOf(d.enrolled), caregivers: countOf(d.caregivers) }
  return COUNTS.some((k) => Number.isNaN(counted[k])) ? null : checkClassStaffing(counted)
}

function ClassEditor({ draft, index, onChange, onRemove }: { draft: ClassDraft; index: number; onChange(next: ClassDraft): void; onRemove(): void }) {
  const staffing = staffingOf(draft)
  const name = draft.name.trim() || t('registry.workspace.classUnnamed')
  return (
    <View className='workspace-classes__class' data-testid='class-row'>
      <TextField
        block='bookings-field'
        label={t('registry.workspace.classNameLabel')}
        value={draft.name}
        maxLength={30}
        onChange={(v) => onChange({ ...draft, name: v })}
        testId={`class-name-${index}`}
      />
      <View className='bookings-chips'>
        {AGE_BANDS.map((a) => (
          <Chip key={a} label={t(`labels.ageBand.${a}`)} selected={draft.ageBand === a} onClick={() => onChange({ ...draft, ageBand: a })} testId={`class-band-${index}-${a}`} />
        ))}
      </View>
      {COUNTS.map((k) => (
        <TextField
          key={k}
          block='bookings-field'
          type='number'
          label={t(`registry.workspace.classCount.${k}`)}
          value={draft[k]}
          onChange={(v) => onChange({ ...draft, [k]: v })}
          testId={`class-${k}-${index}`}
        />
      ))}
      {staffing ? (
        <Text
          className={`workspace-classes__ratio ${staffing.meetsRatio ? '' : 'workspace-classes__ratio--short'}`}
          data-testid='class-ratio'
          data-meets={staffing.meetsRatio ? 'true' : 'false'}
        >
          {t(staffing.meetsRatio ? 'registry.review.ratioMet' : 'registry.review.ratioShort', { name, required: staffing.requiredCaregivers, caregivers: staffing.caregivers })}
        </Text>
      ) : null}
      <ActionButton label={t('registry.workspace.removeClass')} variant='secondary' onClick={onRemove} testId={`class-remove-${index}`} />
    </View>
  )
}

/** The whole list of classes goes to the region's regulator: a class left out is closed once approved. */
function ClassesForm({ detail, onSent }: { detail: InstitutionDetail; onSent(): void }) {
  const [drafts, setDrafts] = useState<ClassDraft[]>(() => detail.classes.map(draftOf))
  const [added, setAdded] = useState(0)
  const { busy, message, submit } = useFormAction()
  const short = drafts.filter((d) => staffingOf(d)?.meetsRatio === false)
  const send = () =>
    submit(async () => {
      await call('registry', 'updateClasses', {
        institutionId: detail.id,
        classes: drafts.map((d) => ({
          name: d.name.trim(),
          ageBand: d.ageBand,
          capacity: countOf(d.capacity),
          enrolled: countOf(d.enrolled),
          caregivers: countOf(d.caregivers)
        }))
      })
      onSent()
    })
  const add = () => {
    setDrafts([...drafts, { key: `new-${added}`, name: '', ageBand: 'toddler', capacity: '', enrolled: '', caregivers: '' }])
    setAdded(added + 1)
  }
  return (
    <SectionCard title={t('registry.workspace.classesFormTitle')} testId='classes-form'>
      <Text className='bookings-hint'>{t('registry.workspace.classesReviewNote')}</Text>
      {drafts.map((d, i) => (
        <ClassEditor
          key={d.key}
          draft={d}
          index={i}
          onChange={(next) => setDrafts(drafts.map((x) => (x.key === d.key ? next : x)))}
          onRemove={() => setDrafts(drafts.filter((x) => x.key !== d.key))}
        />
      ))}
      <ActionButton label={t('registry.workspace.addClass')} variant='secondary' onClick={add} testId='class-add' block />
      {short.length > 0 ? (
        <Text className='bookings-error' data-testid='classes-ratio-warning'>
          {t('registry.workspace.classesBelowRatio', { names: short.map((d) => d.name.trim() || t('registry.workspace.classUnnamed')).join('、') })}
        </Text>
      ) : null}
      {message ? (
        <Text className='bookings-error' data-testid='classes-form-error'>
          {message}
        </Text>
      ) : null}
      <ActionButton label={t('registry.workspace.submitClasses')} onClick={() => void send()} disabled={busy} testId='classes-submit' block />
    </SectionCard>
  )
}

function ClassesWorkspace({ institutionId }: { institutionId: string }) {
  const { data: detail, error, reload } = useInstitution(institutionId)
  const reviews = useQuery(`my-reviews:${institutionId}`, () => call('registry', 'myReviews', { institutionId }))
  const [notice, setNotice] = useState<string | null>(null)
  if (error && !detail) return <ErrorState title={t('registry.workspace.classesTitle')} message={error.message} onRetry={() => void reload()} />
  if (!detail) return <LoadingState />
  return (
    <View className='workspace-classes'>
      {notice ? (
        <Text className='bookings-hint' data-testid='classes-notice'>
          {notice}
        </Text>
      ) : null}
      <ReviewRequests items={reviews.data?.items ?? []} kind='classes' />
      <ClassesForm
        detail={detail}
        onSent={() => {
          setNotice(t('registry.workspace.pendingReview'))
          void reviews.reload()
        }}
      />
    </View>
  )
}

/** 班级与保育人员: staff keep their classes current; sizes and carers count once the regulator approves. */
export default function WorkspaceClassesPage() {
  const { scope, institutionId } = useStaffScope()
  return (
    <PageShell className='workspace-page'>
      <SignInGate role='institution_staff' scope={scope}>
        <ActingAs />
        {institutionId ? <ClassesWorkspace institutionId={institutionId} /> : null}
      </SignInGate>
    </PageShell>
  )
}

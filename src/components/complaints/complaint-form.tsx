import { Picker, Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useEffect, useMemo, useState } from 'react'
import type { z } from 'zod'
import {
  COMPLAINT_LIMITS,
  type ComplaintCategory,
  type IdentityMode,
  type submitComplaintInputSchema,
  type submitComplaintOutputSchema
} from '../../domain/complaints/complaint-schema'
import { PHOTO_LIMITS } from '../../domain/complaints/photo-rules'
import { dayjs, todayInChina } from '../../domain/shared/clock'
import type { LatLng } from '../../domain/shared/geo'
import { t } from '../../i18n/translate'
import { call } from '../../services/api-client'
import { errorMessage } from '../shared/use-remote'
import { ActionButton } from '../shared/action-button'
import { Chip } from '../shared/chip'
import { SectionCard } from '../shared/section-card'
import { TextField } from '../shared/text-field'
import { CategoryPicker } from './category-picker'
import { dateText } from './complaint-format'
import { DuplicateOffer, type DuplicateCandidate } from './duplicate-offer'
import { IdentityPicker } from './identity-picker'
import { PhotoPicker, photosBlockSubmit, type PickedPhoto } from './photo-picker'
import { TextBox } from './text-box'
import { UnfiledSubjectForm, type UnfiledSubject } from './unfiled-subject-form'
import './complaints.scss'

export type SubmitResult = z.output<typeof submitComplaintOutputSchema>
type SubmitInput = z.input<typeof submitComplaintInputSchema>

/** Who the complaint is about: a filed institution by id, or an unfiled operator in a region. */
export type FormSubject =
  | { kind: 'filed'; institutionId: string; name: string; address: string }
  | { kind: 'unfiled'; regionCode: string; regionCentre: LatLng; initial: UnfiledSubject }

const SUBSCRIBE_TEMPLATE = process.env.TARO_APP_COMPLAINT_TEMPLATE_ID ?? ''

/**
 * On weapp, the one-time permission to send the decision by subscribe message must be asked from the tap
 * itself; true when the parent allowed it. Anonymous complaints are not asked: a message needs an account.
 */
async function askForProgressMessage(identity: IdentityMode): Promise<boolean> {
  if (process.env.TARO_ENV !== 'weapp' || !SUBSCRIBE_TEMPLATE || identity === 'anonymous') return false
  try {
    const answer = (await Taro.requestSubscribeMessage({ tmplIds: [SUBSCRIBE_TEMPLATE], entityIds: [] })) as unknown as Record<string, string>
    return answer[SUBSCRIBE_TEMPLATE] === 'accept'
  } catch {
    void Taro.showToast({ title: t('complaints.form.subscribeFailed'), icon: 'none' })
    return false
  }
}

function quickDates(today: string) {
  return [
    { date: today, label: t('complaints.form.today') },
    { date: dayjs.utc(today).subtract(1, 'day').format('YYYY-MM-DD'), label: t('complaints.form.yesterday') },
    { date: dayjs.utc(today).subtract(2, 'day').format('YYYY-MM-DD'), label: t('complaints.form.dayBefore') }
  ]
}

interface ComplaintFormProps {
  subject: FormSubject
  category: ComplaintCategory | null
  onCategory(category: ComplaintCategory): void
  onSubmitted(result: SubmitResult): void
}

/**
 * The complaint itself: category, what happened and when, photos, how the parent wants to be known, and, when
 * the same problem at the same place is already being handled, the offer to add to it instead.
 */
export function ComplaintForm({ subject, category, onCategory, onSubmitted }: ComplaintFormProps) {
  const today = useMemo(() => todayInChina(), [])
  const earliest = dayjs.utc(today).subtract(COMPLAINT_LIMITS.incidentMaxAgeDays, 'day').format('YYYY-MM-DD')
  const [unfiled, setUnfiled] = useState<UnfiledSubject>(subject.kind === 'unfiled' ? subject.initial : { operatorName: '', address: '', location: null })
  const [details, setDetails] = useState('')
  const [incidentDate, setIncidentDate] = useState<string | null>(null)
  const [photos, setPhotos] = useState<PickedPhoto[]>([])
  const [identity, setIdentity] = useState<IdentityMode>('hidden_from_institution')
  const [contactName, setContactName] = useState('')
  const [contactPhone, setContactPhone] = useState('')
  const [candidates, setCandidates] = useState<DuplicateCandidate[]>([])
  const [addTo, setAddTo] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const [message, setMessage] = useState<string | null>(null)

  const institutionId = subject.kind === 'filed' ? subject.institutionId : null
  useEffect(() => {
    setCandidates([])
    setAddTo(null)
    if (!institutionId || !category) return
    let live = true
    call('complaints', 'duplicates', { institutionId, category })
      .then((found) => {
        if (live) setCandidates(found.candidates)
      })
      .catch(() => undefined)
    return () => {
      live = false
    }
  }, [institutionId, category])

  const problem = (): string | null => {
    if (subject.kind === 'unfiled' && (unfiled.operatorName.trim().length < COMPLAINT_LIMITS.operatorName.min || unfiled.address.trim().length < COMPLAINT_LIMITS.address.min)) {
      return t('complaints.form.needOperator')
    }
    if (!category) return t('complaints.form.chooseCategory')
    if (details.trim().length < COMPLAINT_LIMITS.details.min) return t('complaints.form.detailsTooShort', { min: COMPLAINT_LIMITS.details.min })
    if (!incidentDate) return t('complaints.form.chooseDate')
    return photosBlockSubmit(photos)
  }

  const submit = async () => {
    const refused = problem()
    if (refused || !category || !incidentDate) {
      setMessage(refused)
      return
    }
    setBusy(true)
    setMessage(null)
    const wechatSubscribed = await askForProgressMessage(identity)
    const input: SubmitInput = {
      subject:
        subject.kind === 'filed'
          ? { kind: 'filed', institutionId: subject.institutionId }
          : {
              kind: 'unfiled',
              regionCode: subject.regionCode,
              operatorName: unfiled.operatorName.trim(),
              address: unfiled.address.trim(),
              location: unfiled.location ?? subject.regionCentre
            },
      category,
      details: details.trim(),
      incidentDate,
      photoTickets: photos.flatMap((p) => (p.status === 'done' && p.ticket ? [p.ticket] : [])),
      identity,
      wechatSubscribed
    }
    if (identity !== 'anonymous' && contactName.trim()) {
      input.contact = contactPhone.trim() ? { contactName: contactName.trim(), contactPhone: contactPhone.trim() } : { contactName: contactName.trim() }
    }
    if (addTo) input.addToExisting = addTo
    try {
      onSubmitted(await call('complaints', 'submit', input))
    } catch (e) {
      const error = errorMessage(e)
      setMessage(error.code === 'RATE_LIMITED' ? t('complaints.form.dailyLimit', { max: COMPLAINT_LIMITS.perUserPerDay }) : error.message)
    } finally {
      setBusy(false)
    }
  }

  return (
    <View data-testid='complaint-form'>
      <SectionCard title={t('complaints.form.subject')} testId='complaint-subject'>
        {subject.kind === 'filed' ? (
          <View>
            <Text className='complaints-field__label'>{subject.name}</Text>
            <Text className='complaints-hint'>{subject.address}</Text>
            <Text className='complaints-hint'>{t('complaints.form.filedSubject')}</Text>
          </View>
        ) : (
          <View>
            <Text className='complaints-hint'>{t('complaints.form.unfiledSubject')}</Text>
            <UnfiledSubjectForm value={unfiled} onChange={setUnfiled} />
          </View>
        )}
      </SectionCard>

      <SectionCard title={t('complaints.form.category')}>
        <CategoryPicker value={category} onChange={onCategory} />
      </SectionCard>

      <DuplicateOffer candidates={candidates} chosen={addTo} onChoose={setAddTo} />

      <SectionCard title={t('complaints.form.details')}>
        <TextBox
          value={details}
          onChange={setDetails}
          placeholder={t('complaints.form.detailsPlaceholder')}
          maxLength={COMPLAINT_LIMITS.details.max}
          testId='complaint-details'
        />
        <Text className='complaints-field__count'>
          {t('complaints.form.detailsCount', { count: details.trim().length, max: COMPLAINT_LIMITS.details.max })}
        </Text>
        <Text className='complaints-field__label'>{t('complaints.form.incidentDate')}</Text>
        <View className='complaints-chips'>
          {quickDates(today).map((d) => (
            <Chip key={d.date} label={d.label} selected={incidentDate === d.date} onClick={() => setIncidentDate(d.date)} testId={`incident-${d.date}`} />
          ))}
          <Picker mode='date' value={incidentDate ?? today} start={earliest} end={today} onChange={(e) => setIncidentDate(String(e.detail.value))}>
            <Chip label={t('complaints.form.otherDate')} selected={false} onClick={() => undefined} testId='incident-other' />
          </Picker>
        </View>
        {incidentDate ? (
          <Text className='complaints-hint' data-testid='incident-date'>
            {t('complaints.form.dateChosen', { date: dateText(incidentDate) })}
          </Text>
        ) : null}
      </SectionCard>

      <SectionCard title={t('complaints.form.photos', { max: PHOTO_LIMITS.maxCount })}>
        <PhotoPicker photos={photos} onChange={setPhotos} />
      </SectionCard>

      <SectionCard title={t('complaints.form.identity')}>
        <IdentityPicker value={identity} onChange={setIdentity} />
        {identity !== 'anonymous' ? (
          <View>
            <TextField
              block='complaints-field'
              label={t('complaints.form.contactName')}
              value={contactName}
              onChange={setContactName}
              placeholder={t('complaints.form.contactNamePlaceholder')}
              maxLength={COMPLAINT_LIMITS.contactName.max}
              testId='contact-name'
            />
            <TextField
              block='complaints-field'
              label={t('complaints.form.contactPhone')}
              type='number'
              value={contactPhone}
              onChange={setContactPhone}
              placeholder={t('complaints.form.contactPhonePlaceholder')}
              maxLength={13}
              testId='contact-phone'
            />
            <Text className='complaints-hint'>{t('complaints.form.contactHint')}</Text>
          </View>
        ) : null}
      </SectionCard>

      <View className='complaints-submit'>
        {message ? (
          <Text className='complaints-error' data-testid='complaint-error'>
            {message}
          </Text>
        ) : null}
        <ActionButton
          label={busy ? t('complaints.form.submitting') : t('complaints.form.submit')}
          onClick={() => void submit()}
          disabled={busy}
          testId='submit-complaint'
          block
        />
      </View>
    </View>
  )
}

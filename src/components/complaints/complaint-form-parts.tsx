import '../../i18n/zh-cn-pages/complaints'
import { Picker, Text, View } from '@tarojs/components'
import { COMPLAINT_LIMITS, type IdentityMode } from '../../domain/complaints/complaint-schema'
import { dayjs } from '../../domain/shared/clock'
import { t } from '../../i18n/translate'
import { Chip } from '../shared/chip'
import { SectionCard } from '../shared/section-card'
import { TextField } from '../shared/text-field'
import { dateText } from './complaint-format'
import type { FormSubject } from './complaint-draft'
import { IdentityPicker } from './identity-picker'
import { TextBox } from './text-box'
import { UnfiledSubjectForm, type UnfiledSubject } from './unfiled-subject-form'
import './complaints.scss'

function quickDates(today: string) {
  return [
    { date: today, label: t('complaints.form.today') },
    { date: dayjs.utc(today).subtract(1, 'day').format('YYYY-MM-DD'), label: t('complaints.form.yesterday') },
    { date: dayjs.utc(today).subtract(2, 'day').format('YYYY-MM-DD'), label: t('complaints.form.dayBefore') }
  ]
}

/** The place complained about: a filed institution as found, or the unfiled operator as the parent describes it. */
export function SubjectSection({ subject, unfiled, onUnfiled }: { subject: FormSubject; unfiled: UnfiledSubject; onUnfiled(next: UnfiledSubject): void }) {
  return (
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
          <UnfiledSubjectForm value={unfiled} onChange={onUnfiled} />
        </View>
      )}
    </SectionCard>
  )
}

interface WhatHappenedProps {
  today: string
  details: string
  incidentDate: string | null
  onDetails(details: string): void
  onIncidentDate(date: string): void
}

/** What happened, in the parent's words, and on which day (quick chips for the last three, a picker for older). */
export function WhatHappenedSection({ today, details, incidentDate, onDetails, onIncidentDate }: WhatHappenedProps) {
  const earliest = dayjs.utc(today).subtract(COMPLAINT_LIMITS.incidentMaxAgeDays, 'day').format('YYYY-MM-DD')
  return (
    <SectionCard title={t('complaints.form.details')}>
      <TextBox value={details} onChange={onDetails} placeholder={t('complaints.form.detailsPlaceholder')} maxLength={COMPLAINT_LIMITS.details.max} testId='complaint-details' />
      <Text className='complaints-field__count'>{t('complaints.form.detailsCount', { count: details.trim().length, max: COMPLAINT_LIMITS.details.max })}</Text>
      <Text className='complaints-field__label'>{t('complaints.form.incidentDate')}</Text>
      <View className='complaints-chips'>
        {quickDates(today).map((d) => (
          <Chip key={d.date} label={d.label} selected={incidentDate === d.date} onClick={() => onIncidentDate(d.date)} testId={`incident-${d.date}`} />
        ))}
        <Picker mode='date' value={incidentDate ?? today} start={earliest} end={today} onChange={(e) => onIncidentDate(String(e.detail.value))}>
          <Chip label={t('complaints.form.otherDate')} selected={false} onClick={() => undefined} testId='incident-other' />
        </Picker>
      </View>
      {incidentDate ? (
        <Text className='complaints-hint' data-testid='incident-date'>
          {t('complaints.form.dateChosen', { date: dateText(incidentDate) })}
        </Text>
      ) : null}
    </SectionCard>
  )
}

interface IdentityProps {
  identity: IdentityMode
  contactName: string
  contactPhone: string
  onChange(change: { identity?: IdentityMode; contactName?: string; contactPhone?: string }): void
}

/** How the parent wants to be known, and (unless anonymous) a name and phone the handler may use. */
export function IdentitySection({ identity, contactName, contactPhone, onChange }: IdentityProps) {
  return (
    <SectionCard title={t('complaints.form.identity')}>
      <IdentityPicker value={identity} onChange={(next) => onChange({ identity: next })} />
      {identity !== 'anonymous' ? (
        <View>
          <TextField
            block='complaints-field'
            label={t('complaints.form.contactName')}
            value={contactName}
            onChange={(next) => onChange({ contactName: next })}
            placeholder={t('complaints.form.contactNamePlaceholder')}
            maxLength={COMPLAINT_LIMITS.contactName.max}
            testId='contact-name'
          />
          <TextField
            block='complaints-field'
            label={t('complaints.form.contactPhone')}
            type='number'
            value={contactPhone}
            onChange={(next) => onChange({ contactPhone: next })}
            placeholder={t('complaints.form.contactPhonePlaceholder')}
            maxLength={13}
            testId='contact-phone'
          />
          <Text className='complaints-hint'>{t('complaints.form.contactHint')}</Text>
        </View>
      ) : null}
    </SectionCard>
  )
}

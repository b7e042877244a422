import { Text, View } from '@tarojs/components'
import { useMemo, useState } from 'react'
import { NICKNAME_MAX_CHARS, type Child } from '../../domain/family/child-schema'
import { MAX_CHILD_AGE_MONTHS } from '../../domain/family/child-rules'
import { GUARDIAN_CONSENT_VERSION } from '../../domain/family/guardian-consent'
import { todayInChina } from '../../domain/shared/clock'
import { t } from '../../i18n/translate'
import { call } from '../../services/api-client'
import { ActionButton } from '../shared/action-button'
import { Chip } from '../shared/chip'
import { TextField } from '../shared/text-field'
import { useFormAction } from '../shared/queries'
import './bookings.scss'

/** The nickname's length against its limit, shown under the field so a longer paste is not cut unnoticed. */
export const nicknameLimit = (nickname: string) => t('family.nicknameLimit', { count: Array.from(nickname).length, max: NICKNAME_MAX_CHARS })

/** The birth months a child under three can have, newest first, grouped by year. */
function allowedMonths(today: string): Map<number, number[]> {
  const [year = 0, month = 1] = today.split('-').map(Number)
  const byYear = new Map<number, number[]>()
  for (let back = 0; back <= MAX_CHILD_AGE_MONTHS; back += 1) {
    const index = year * 12 + (month - 1) - back
    const y = Math.floor(index / 12)
    byYear.set(y, [...(byYear.get(y) ?? []), (index % 12) + 1])
  }
  return byYear
}

/**
 * Adds a child: a nickname, a birth month picked from the months a child under three can have (big chips,
 * no scroll wheel), and the guardian's own tick under the consent text, which nothing pre-ticks.
 */
export function ChildForm({ onAdded, onCancel }: { onAdded(child: Child): void; onCancel?: () => void }) {
  const months = useMemo(() => allowedMonths(todayInChina()), [])
  const years = [...months.keys()].sort((a, b) => b - a)
  const [nickname, setNickname] = useState('')
  const [year, setYear] = useState<number | null>(null)
  const [month, setMonth] = useState<number | null>(null)
  const [consent, setConsent] = useState(false)
  const { busy, message, setMessage, submit: send } = useFormAction()

  const submit = async () => {
    const problem = !nickname.trim()
      ? t('family.nicknameRequired')
      : !year || !month
        ? t('family.birthMonthRequired')
        : !consent
          ? t('family.consent.required')
          : null
    if (problem || !year || !month) {
      setMessage(problem)
      return
    }
    const birthMonth = `${year}-${String(month).padStart(2, '0')}`
    await send(async () => {
      onAdded(await call('family', 'addChild', { nickname, birthMonth, consentVersion: GUARDIAN_CONSENT_VERSION, consentGiven: consent }))
    })
  }

  return (
    <View className='child-form' data-testid='child-form'>
      <TextField
        block='bookings-field'
        label={t('family.nickname')}
        value={nickname}
        onChange={setNickname}
        placeholder={t('family.nicknamePlaceholder')}
        maxLength={NICKNAME_MAX_CHARS}
        hint={nicknameLimit(nickname)}
        testId='child-nickname'
      />
      <View className='bookings-field'>
        <Text className='bookings-field__label'>{t('family.birthMonth')}</Text>
        <View className='bookings-chips'>
          {years.map((y) => (
            <Chip key={y} label={t('family.year', { year: y })} selected={year === y} onClick={() => { setYear(y); setMonth(null) }} testId={`birth-year-${y}`} />
          ))}
        </View>
        {year ? (
          <View className='bookings-chips'>
            {[...(months.get(year) ?? [])].sort((a, b) => a - b).map((m) => (
              <Chip key={m} label={t('family.month', { month: m })} selected={month === m} onClick={() => setMonth(m)} testId={`birth-month-${m}`} />
            ))}
          </View>
        ) : null}
      </View>
      <View className='bookings-consent' data-testid='consent'>
        <Text className='bookings-consent__title'>{t('family.consent.title')}</Text>
        <Text className='bookings-hint'>{t('family.consent.body')}</Text>
        <View
          className='bookings-consent__tick'
          role='checkbox'
          aria-checked={consent}
          data-testid='consent-tick'
          data-checked={consent ? 'true' : 'false'}
          onClick={() => setConsent(!consent)}
        >
          <Text className='bookings-consent__box'>{consent ? '☑' : '☐'}</Text>
          <Text>{t('family.consent.agree')}</Text>
        </View>
      </View>
      {message ? (
        <Text className='bookings-error' data-testid='child-form-error'>
          {message}
        </Text>
      ) : null}
      <View className='bookings-actions'>
        <ActionButton label={t('family.save')} onClick={() => void submit()} disabled={busy} testId='child-save' />
        {onCancel ? <ActionButton label={t('family.cancel')} variant='plain' onClick={onCancel} testId='child-cancel' /> : null}
      </View>
    </View>
  )
}

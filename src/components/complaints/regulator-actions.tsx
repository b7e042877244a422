import '../../i18n/zh-cn-pages/complaints'
import '../../i18n/zh-cn-pages/validation'
import { Input, Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useState } from 'react'
import type { z } from 'zod'
import { COMPLAINT_LIMITS, type regulatorComplaintViewSchema } from '../../domain/complaints/complaint-schema'
import type { Department } from '../../domain/regions/region-schema'
import { t, type MessageKey } from '../../i18n/translate'
import { call } from '../../services/api-client'
import { useFormAction } from '../shared/queries'
import { ActionButton } from '../shared/action-button'
import { Chip } from '../shared/chip'
import { SectionCard } from '../shared/section-card'
import { TextBox } from './text-box'
import { FieldNote } from '../shared/field-note'
import './complaints.scss'

export type RegulatorView = z.output<typeof regulatorComplaintViewSchema>

/** What each action asks for before it can be sent. */
type Needs = { reason?: true; answer?: true; department?: true; duplicateOf?: true }

const NEEDS: Record<string, Needs> = {
  accept: {},
  reject: { reason: true },
  assign: { department: true },
  investigate: {},
  answer: { answer: true },
  'close:upheld': { reason: true },
  'close:partly_upheld': { reason: true },
  'close:not_upheld': { reason: true },
  'close:duplicate': { reason: true, duplicateOf: true },
  'close:referred': { reason: true, department: true }
}

function labelOf(action: string): string {
  if (action === 'close:duplicate') return t('complaints.console.merge')
  if (action.startsWith('close:')) return `${t('complaints.console.close')}：${t(`complaints.outcomes.${action.slice(6)}` as MessageKey)}`
  return t(`complaints.console.${action}` as MessageKey)
}

interface Draft {
  reason: string
  answer: string
  publicAnswer: string
  departmentCode: string | null
  duplicateOf: string
  note: string
}

const EMPTY: Draft = { reason: '', answer: '', publicAnswer: '', departmentCode: null, duplicateOf: '', note: '' }

function send(action: string, trackingNo: string, draft: Draft): Promise<RegulatorView> {
  const reason = draft.reason.trim()
  switch (action) {
    case 'accept':
      return call('complaints', 'accept', { trackingNo })
    case 'investigate':
      return call('complaints', 'investigate', { trackingNo })
    case 'reject':
      return call('complaints', 'reject', { trackingNo, reason })
    case 'assign':
      return call('complaints', 'assign', draft.note.trim()
        ? { trackingNo, departmentCode: draft.departmentCode ?? '', note: draft.note.trim() }
        : { trackingNo, departmentCode: draft.departmentCode ?? '' })
    case 'answer':
      return call('complaints', 'answer', draft.publicAnswer.trim()
        ? { trackingNo, answer: draft.answer.trim(), publicAnswer: draft.publicAnswer.trim() }
        : { trackingNo, answer: draft.answer.trim() })
    case 'close:duplicate':
      return call('complaints', 'close', { trackingNo, reason, outcome: { kind: 'duplicate', duplicateOf: draft.duplicateOf.trim() } })
    case 'close:referred':
      return call('complaints', 'close', { trackingNo, reason, outcome: { kind: 'referred', departmentCode: draft.departmentCode ?? '' } })
    case 'close:upheld':
    case 'close:partly_upheld':
    case 'close:not_upheld':
      return call('complaints', 'close', { trackingNo, reason, outcome: { kind: action.slice(6) as 'upheld' | 'partly_upheld' | 'not_upheld' } })
    default:
      return Promise.reject(new Error(`unknown action ${action}`))
  }
}

/**
 * The steps the complaint's status allows, each asking only for what it needs: a reason the parent will read,
 * the answer, a department of the region, or the complaint it duplicates. The server decides; this only offers.
 */
export function RegulatorActions({ view, departments, onUpdated }: { view: RegulatorView; departments: readonly Department[]; onUpdated(next: RegulatorView): void }) {
  const [open, setOpen] = useState<string | null>(null)
  const [draft, setDraft] = useState<Draft>(EMPTY)
  const { busy, message, setMessage, submit, fieldError, edited } = useFormAction()
  const change = (field: keyof Draft, value: string) => {
    edited(field)
    setDraft({ ...draft, [field]: value })
  }
  const needs = open ? (NEEDS[open] ?? {}) : {}

  const run = (action: string) =>
    submit(async () => {
      onUpdated(await send(action, view.trackingNo, draft))
      setOpen(null)
      setDraft(EMPTY)
      void Taro.showToast({ title: t('complaints.console.done'), icon: 'none' })
    })

  const choose = (action: string) => {
    setMessage(null)
    const wanted = NEEDS[action] ?? {}
    if (Object.keys(wanted).length === 0) void run(action)
    else setOpen(action)
  }

  return (
    <SectionCard title={t('complaints.console.actions')} testId='regulator-actions'>
      {view.availableActions.length === 0 ? <Text className='complaints-hint'>{t('complaints.console.noActions')}</Text> : null}
      <View className='complaints-actions'>
        {view.availableActions.map((action) => (
          <ActionButton
            key={action}
            label={labelOf(action)}
            variant={open === action ? 'primary' : 'secondary'}
            onClick={() => choose(action)}
            disabled={busy}
            testId={`action-${action.replace(':', '-')}`}
          />
        ))}
      </View>
      {open ? (
        <View className='complaints-field' data-testid='action-form' data-action={open}>
          {needs.department ? (
            <View className='complaints-chips'>
              {departments.map((d) => (
                <Chip
                  key={d.code}
                  label={d.name}
                  selected={draft.departmentCode === d.code}
                  onClick={() => setDraft({ ...draft, departmentCode: d.code })}
                  testId={`department-${d.code}`}
                />
              ))}
            </View>
          ) : null}
          {open === 'assign' ? (
            <TextBox
              value={draft.note}
              onChange={(note) => change('note', note)}
              placeholder={t('complaints.console.notePlaceholder')}
              maxLength={COMPLAINT_LIMITS.note.max}
              hint={t('validation.hints.optionalUpTo', { max: COMPLAINT_LIMITS.note.max })}
              error={fieldError('note')}
              testId='action-note'
            />
          ) : null}
          {needs.duplicateOf ? (
            <Input
              className='complaints-field__input'
              value={draft.duplicateOf}
              placeholder={t('complaints.console.duplicateOfPlaceholder')}
              onInput={(e) => change('duplicateOf', e.detail.value)}
              data-testid='action-duplicate-of'
            />
          ) : null}
          {needs.duplicateOf ? <FieldNote error={fieldError('duplicateOf')} testId='action-duplicate-of' /> : null}
          {needs.answer ? (
            <>
              <Text className='complaints-notice complaints-notice--warning'>{t('complaints.console.mergedNotice')}</Text>
              <TextBox
                value={draft.answer}
                onChange={(answer) => change('answer', answer)}
                placeholder={t('complaints.console.answerPlaceholder')}
                maxLength={COMPLAINT_LIMITS.answer.max}
                hint={t('validation.hints.requiredBetween', COMPLAINT_LIMITS.answer)}
                error={fieldError('answer')}
                testId='action-answer'
              />
              <TextBox
                value={draft.publicAnswer}
                onChange={(publicAnswer) => change('publicAnswer', publicAnswer)}
                placeholder={t('complaints.console.publicAnswerPlaceholder')}
                maxLength={COMPLAINT_LIMITS.answer.max}
                hint={t('validation.hints.optionalUpTo', { max: COMPLAINT_LIMITS.answer.max })}
                error={fieldError('publicAnswer')}
                testId='action-public-answer'
              />
            </>
          ) : null}
          {needs.reason ? (
            <TextBox
              value={draft.reason}
              onChange={(reason) => change('reason', reason)}
              placeholder={t('complaints.console.reasonPlaceholder')}
              maxLength={COMPLAINT_LIMITS.reason.max}
              hint={t('validation.hints.requiredBetween', COMPLAINT_LIMITS.reason)}
              error={fieldError('reason')}
              testId='action-reason'
            />
          ) : null}
          <View className='complaints-actions'>
            <ActionButton label={t('complaints.console.confirm')} onClick={() => void run(open)} disabled={busy} testId='action-confirm' />
            <ActionButton label={t('complaints.console.cancel')} variant='plain' onClick={() => setOpen(null)} testId='action-cancel' />
          </View>
        </View>
      ) : null}
      {message ? (
        <Text className='complaints-error' data-testid='action-error'>
          {message}
        </Text>
      ) : null}
    </SectionCard>
  )
}

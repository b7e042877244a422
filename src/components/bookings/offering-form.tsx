import '../../i18n/zh-cn-pages/bookings'
import '../../i18n/zh-cn-pages/validation'
import { Text, Textarea, View } from '@tarojs/components'
import { useState } from 'react'
import { CLASS_KINDS, OFFERING_KINDS, OFFERING_TITLE_MAX, type ClassKind, type OfferingKind } from '../../domain/bookings/offering-schema'
import { t } from '../../i18n/translate'
import { call } from '../../services/api-client'
import { ActionButton } from '../shared/action-button'
import { Chip } from '../shared/chip'
import { TextField } from '../shared/text-field'
import { useFormAction } from '../shared/queries'
import './bookings.scss'

/** Staff publish a bookable service for their own institution. */
export function OfferingForm({ onCreated }: { onCreated(): void }) {
  const [kind, setKind] = useState<OfferingKind>('hourly')
  const [classKind, setClassKind] = useState<ClassKind>('parent_class')
  const [title, setTitle] = useState('')
  const [description, setDescription] = useState('')
  const { busy, message, submit: send, fieldError, edited } = useFormAction()

  const submit = () =>
    send(async () => {
      await call('bookings', 'createOffering', kind === 'class' ? { kind, classKind, title, description } : { kind, title, description })
      setTitle('')
      setDescription('')
      onCreated()
    })

  return (
    <View data-testid='offering-form'>
      <View className='bookings-field'>
        <Text className='bookings-field__label'>{t('bookings.workspace.kind')}</Text>
        <View className='bookings-chips'>
          {OFFERING_KINDS.map((k) => (
            <Chip key={k} label={t(`bookings.kinds.${k}`)} selected={kind === k} onClick={() => setKind(k)} testId={`offering-kind-${k}`} />
          ))}
        </View>
      </View>
      {kind === 'class' ? (
        <View className='bookings-field'>
          <Text className='bookings-field__label'>{t('bookings.workspace.classKind')}</Text>
          <View className='bookings-chips'>
            {CLASS_KINDS.map((k) => (
              <Chip key={k} label={t(`bookings.classKinds.${k}`)} selected={classKind === k} onClick={() => setClassKind(k)} testId={`class-kind-${k}`} />
            ))}
          </View>
        </View>
      ) : null}
      <TextField
        block='bookings-field'
        label={t('bookings.workspace.titleLabel')}
        value={title}
        onChange={(value) => {
          edited('title')
          setTitle(value)
        }}
        maxLength={OFFERING_TITLE_MAX}
        placeholder={t('bookings.workspace.titlePlaceholder')}
        hint={t('validation.hints.requiredUpTo', { max: OFFERING_TITLE_MAX })}
        error={fieldError('title')}
        testId='offering-title'
      />
      <View className='bookings-field'>
        <Text className='bookings-field__label'>{t('bookings.workspace.descriptionLabel')}</Text>
        <Textarea className='bookings-field__input' value={description} maxlength={300} onInput={(e) => setDescription(e.detail.value)} data-testid='offering-description' />
      </View>
      {message ? <Text className='bookings-error' data-testid='offering-form-error'>{message}</Text> : null}
      <ActionButton label={t('bookings.workspace.create')} onClick={() => void submit()} disabled={busy} testId='offering-create' block />
    </View>
  )
}

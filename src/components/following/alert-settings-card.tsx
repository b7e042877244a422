import '../../i18n/zh-cn-pages/alerts'
import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useEffect, useState } from 'react'
import { AGE_BANDS, SERVICE_TYPES } from '../../domain/finder/finder-enums'
import { ALERT_KINDS, type AlertKind, type AlertSettings } from '../../domain/following/following-schema'
import { t } from '../../i18n/translate'
import { call } from '../../services/api-client'
import { Chip } from '../shared/chip'
import { SectionCard } from '../shared/section-card'
import './following.scss'

const ALERT_TEMPLATE = process.env.TARO_APP_ALERT_TEMPLATE_ID

/**
 * On the mini-program, a tap that turns an alert on also asks whether it may come as a WeChat message; each
 * yes allows one message, which the server spends on the next alert.
 */
async function askForWechatAlert(): Promise<void> {
  if (process.env.TARO_ENV !== 'weapp' || !ALERT_TEMPLATE) return
  try {
    const answer = (await Taro.requestSubscribeMessage({ tmplIds: [ALERT_TEMPLATE], entityIds: [] })) as unknown as Record<string, unknown>
    if (answer[ALERT_TEMPLATE] === 'accept') await call('following', 'grantWechatAlerts', { count: 1 })
  } catch {
    // Declined or unavailable: the inbox still has every alert.
  }
}

const toggled = <T,>(list: readonly T[], value: T): T[] => (list.includes(value) ? list.filter((v) => v !== value) : [...list, value])

/** Which changes to a favourite the parent hears about; each switch saves at once. */
export function AlertSettingsCard() {
  const [settings, setSettings] = useState<AlertSettings | null>(null)
  useEffect(() => {
    call('following', 'alertSettings', {})
      .then(setSettings)
      .catch(() => setSettings(null))
  }, [])
  if (!settings) return null

  const save = async (next: AlertSettings, turnedOn: boolean) => {
    setSettings(next)
    if (turnedOn) await askForWechatAlert()
    try {
      setSettings(await call('following', 'setAlertSettings', next))
      void Taro.showToast({ title: t('alerts.settings.saved'), icon: 'none' })
    } catch (error) {
      void Taro.showToast({ title: error instanceof Error ? error.message : t('errors.INTERNAL'), icon: 'none' })
    }
  }
  const flip = (kind: AlertKind) => void save({ ...settings, kinds: toggled(settings.kinds, kind) }, !settings.kinds.includes(kind))

  return (
    <SectionCard title={t('alerts.settings.title')} testId='alert-settings'>
      <Text className='following__hint'>{t('alerts.settings.hint')}</Text>
      <View className='following__chips'>
        {ALERT_KINDS.map((kind) => (
          <Chip key={kind} label={t(`alerts.settings.${kind}`)} selected={settings.kinds.includes(kind)} onClick={() => flip(kind)} testId={`alert-kind-${kind}`} />
        ))}
      </View>
      {settings.kinds.includes('vacancy') ? (
        <View className='following__group'>
          <Text className='following__label'>
            {t('alerts.settings.ageBands')} · {t('alerts.settings.anyHint')}
          </Text>
          <View className='following__chips'>
            {AGE_BANDS.map((band) => (
              <Chip
                key={band}
                label={`${t(`labels.ageBand.${band}`)} ${t(`labels.ageBandRange.${band}`)}`}
                selected={settings.vacancyAgeBands.includes(band)}
                onClick={() => void save({ ...settings, vacancyAgeBands: toggled(settings.vacancyAgeBands, band) }, false)}
                testId={`alert-age-${band}`}
              />
            ))}
          </View>
          <Text className='following__label'>{t('alerts.settings.serviceTypes')}</Text>
          <View className='following__chips'>
            {SERVICE_TYPES.map((type) => (
              <Chip
                key={type}
                label={t(`labels.serviceType.${type}`)}
                selected={settings.vacancyServiceTypes.includes(type)}
                onClick={() => void save({ ...settings, vacancyServiceTypes: toggled(settings.vacancyServiceTypes, type) }, false)}
                testId={`alert-service-${type}`}
              />
            ))}
          </View>
        </View>
      ) : null}
    </SectionCard>
  )
}

import '../../../i18n/zh-cn-pages/complaints'
import { Text, View } from '@tarojs/components'
import Taro, { useRouter } from '@tarojs/taro'
import { useState } from 'react'
import { useFormAction } from '../../../components/shared/queries'
import { PageShell } from '../../../components/layout/page-shell'
import { ActionButton } from '../../../components/shared/action-button'
import { Chip } from '../../../components/shared/chip'
import { SectionCard } from '../../../components/shared/section-card'
import { TextField } from '../../../components/shared/text-field'
import { COMPLAINT_LIMITS } from '../../../domain/complaints/complaint-schema'
import { t } from '../../../i18n/translate'
import { call } from '../../../services/api-client'
import { useRegions } from '../../../components/shared/use-regions'
import '../../../components/complaints/complaints.scss'
import './index.scss'

interface Match {
  institutionId: string
  name: string
  address: string
  filingNumber: string
}

/**
 * "Is this place filed?": a parent types part of a name or address seen on a sign. Filed institutions that match
 * open their page; when none does, the parent can report the place as operating without filing.
 */
export default function FiledCheckPage() {
  const { params } = useRouter()
  const { regions, error } = useRegions()
  const [chosenRegion, setRegionCode] = useState(params.regionCode ? decodeURIComponent(params.regionCode) : '')
  const regionCode = chosenRegion || regions[0]?.code || ''
  const [query, setQuery] = useState('')
  const [matches, setMatches] = useState<Match[] | null>(null)
  const [asked, setAsked] = useState('')
  const check = useFormAction()

  const search = () =>
    check.submit(async () => {
      const result = await call('complaints', 'isFiled', { regionCode, query: query.trim() })
      setMatches(result.matches)
      setAsked(query.trim())
    })

  const report = () => {
    const url = `/pages/complaints/new/index?regionCode=${encodeURIComponent(regionCode)}&name=${encodeURIComponent(asked)}&category=unregistered`
    void Taro.navigateTo({ url })
  }

  return (
    <PageShell className='filed-check-page'>
      <SectionCard title={t('complaints.titles.check')} testId='filed-check'>
        <Text className='complaints-hint'>{t('complaints.check.hint')}</Text>
        <Text className='complaints-field__label'>{t('complaints.check.region')}</Text>
        <View className='complaints-chips'>
          {regions.map((r) => (
            <Chip key={r.code} label={r.name} selected={regionCode === r.code} onClick={() => setRegionCode(r.code)} testId={`check-region-${r.code}`} />
          ))}
        </View>
        <TextField
          block='complaints-field'
          value={query}
          onChange={setQuery}
          placeholder={t('complaints.check.placeholder')}
          maxLength={COMPLAINT_LIMITS.filedQuery.max}
          onConfirm={() => void search()}
          testId='filed-query'
        />
        <View className='complaints-actions'>
          <ActionButton label={t('complaints.check.search')} onClick={() => void search()} disabled={check.busy || !regionCode || query.trim().length < COMPLAINT_LIMITS.filedQuery.min} testId='filed-search' />
        </View>
        {check.message ?? error?.message ? <Text className='complaints-error'>{check.message ?? error?.message}</Text> : null}
      </SectionCard>

      {matches && matches.length > 0 ? (
        <SectionCard title={t('complaints.check.filed')} testId='filed-matches'>
          {matches.map((m) => (
            <View
              key={m.institutionId}
              className='complaints-row'
              data-testid='filed-match'
              onClick={() => void Taro.navigateTo({ url: `/pages/institution/index?id=${encodeURIComponent(m.institutionId)}` })}
            >
              <View className='complaints-row__main'>
                <Text className='complaints-row__title'>{m.name}</Text>
                <Text className='complaints-row__meta'>{m.address}</Text>
                <Text className='complaints-row__meta'>{t('complaints.check.filingNumber', { number: m.filingNumber })}</Text>
              </View>
              <Text className='complaints-row__meta'>{t('complaints.check.open')}</Text>
            </View>
          ))}
        </SectionCard>
      ) : null}

      {matches ? (
        <SectionCard title={matches.length === 0 ? t('complaints.check.notFoundTitle') : t('complaints.entry.title')} testId='filed-not-found'>
          <Text className='complaints-hint'>{t('complaints.check.notFoundHint')}</Text>
          <View className='complaints-actions'>
            <ActionButton label={t('complaints.check.reportUnfiled')} variant={matches.length === 0 ? 'primary' : 'secondary'} onClick={report} testId='report-unfiled' block />
          </View>
        </SectionCard>
      ) : null}
    </PageShell>
  )
}

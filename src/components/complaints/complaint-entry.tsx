import '../../i18n/zh-cn-pages/complaints'
import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useEffect, useState } from 'react'
import type { ComplaintCategory } from '../../domain/complaints/complaint-category-schema'
import { t } from '../../i18n/translate'
import { call } from '../../services/api-client'
import { ActionButton } from '../shared/action-button'
import { SectionCard } from '../shared/section-card'
import './complaints.scss'

interface UpheldCount {
  year: number
  category: ComplaintCategory
  upheld: number
}

/**
 * "投诉举报" on an institution's page: complaints the regulator found true, counted by year and category (never
 * who complained or what they wrote), and the way to file one about this institution.
 */
export function ComplaintEntry({ institutionId }: { institutionId: string }) {
  const [counts, setCounts] = useState<UpheldCount[] | null>(null)
  useEffect(() => {
    let live = true
    call('complaints', 'upheldCounts', { institutionId })
      .then((result) => {
        if (live) setCounts(result.counts)
      })
      .catch(() => {
        if (live) setCounts(null)
      })
    return () => {
      live = false
    }
  }, [institutionId])

  return (
    <SectionCard title={t('complaints.entry.title')} testId='complaint-entry'>
      <Text className='complaints-hint'>{t('complaints.entry.hint')}</Text>
      {counts ? (
        <View data-testid='upheld-counts'>
          <Text className='complaints-field__label'>{t('complaints.entry.upheldTitle')}</Text>
          {counts.length === 0 ? <Text className='complaints-hint'>{t('complaints.entry.upheldNone')}</Text> : null}
          {counts.map((c) => (
            <Text key={`${c.year}-${c.category}`} className='complaints-hint' data-testid='upheld-row'>
              {t('complaints.entry.upheldRow', { year: c.year, category: t(`complaints.categories.${c.category}`), count: c.upheld })}
            </Text>
          ))}
        </View>
      ) : null}
      <View className='complaints-actions'>
        <ActionButton
          label={t('complaints.entry.open')}
          variant='secondary'
          onClick={() => void Taro.navigateTo({ url: `/pages/complaints/new/index?institutionId=${encodeURIComponent(institutionId)}` })}
          testId='complaint-entry-open'
          block
        />
      </View>
    </SectionCard>
  )
}

import '../../../i18n/zh-cn-pages/bookings'
import '../../../i18n/zh-cn-pages/guidance'
import { ScrollView, Text, View } from '@tarojs/components'
import { useRouter } from '@tarojs/taro'
import { useState } from 'react'
import { useQuery } from '../../../components/shared/queries'
import { ClassSessionCard } from '../../../components/guidance/class-session-card'
import { RegionChips } from '../../../components/guidance/region-chips'
import { useGuidanceRegion } from '../../../components/guidance/use-guidance-region'
import { PageShell } from '../../../components/layout/page-shell'
import { Chip } from '../../../components/shared/chip'
import { EmptyState, ErrorState, LoadingState } from '../../../components/shared/state-views'
import { CLASS_KINDS, type ClassKind } from '../../../domain/bookings/offering-schema'
import { guidanceAgeSchema } from '../../../domain/guidance/guidance-schema'
import { t } from '../../../i18n/translate'
import { call } from '../../../services/api-client'
import '../../../components/guidance/guidance.scss'
import './index.scss'

const SESSIONS = 30

export default function ClassesPage() {
  const { params } = useRouter()
  const age = guidanceAgeSchema.safeParse(Number(params.ageMonths))
  const ageMonths = params.ageMonths !== undefined && age.success ? age.data : undefined
  const region = useGuidanceRegion()
  const [kind, setKind] = useState<ClassKind | null>(null)
  const code = region.regionCode
  const sessions = useQuery(code ? `classes:${code}:${kind ?? 'all'}:${ageMonths ?? 'any'}` : null, () =>
    call('guidance', 'classes', {
      regionCode: code ?? '',
      limit: SESSIONS,
      ...(kind ? { classKind: kind } : {}),
      ...(ageMonths !== undefined ? { ageMonths } : {})
    })
  )

  return (
    <PageShell className='classes-page'>
      <RegionChips region={region} />
      <ScrollView scrollX className='guidance-chips' data-testid='class-kind-chips'>
        <View>
          <Chip label={t('guidance.classes.allKinds')} selected={kind === null} onClick={() => setKind(null)} testId='kind-all' />
          {CLASS_KINDS.map((k) => (
            <Chip key={k} label={t(`bookings.classKinds.${k}`)} selected={kind === k} onClick={() => setKind(k)} testId={`kind-${k}`} />
          ))}
        </View>
      </ScrollView>
      <View className='classes-page__intro'>
        {ageMonths !== undefined && ageMonths >= 0 ? <Text className='guidance-hint'>{t('guidance.classes.forAge', { months: ageMonths })}</Text> : null}
        <Text className='guidance-hint'>{t('guidance.classes.howToRegister')}</Text>
      </View>
      {region.failed && !code ? (
        <ErrorState title={t('guidance.classes.title')} message={t('errors.NETWORK')} onRetry={() => region.retry()} />
      ) : sessions.error ? (
        <ErrorState title={t('guidance.classes.title')} message={sessions.error.message} onRetry={() => void sessions.reload()} />
      ) : !sessions.data ? (
        <LoadingState />
      ) : sessions.data.sessions.length === 0 ? (
        <EmptyState title={t('guidance.classes.empty')} hint={t('guidance.classes.emptyHint')} />
      ) : (
        <View data-testid='class-list'>
          {sessions.data.sessions.map((session) => (
            <ClassSessionCard key={session.slot.id} session={session} />
          ))}
        </View>
      )}
    </PageShell>
  )
}

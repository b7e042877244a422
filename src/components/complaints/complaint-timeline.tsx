import '../../i18n/zh-cn-pages/complaints'
import { Text, View } from '@tarojs/components'
import type { EventKind } from '../../domain/complaints/complaint-schema'
import { t } from '../../i18n/translate'
import { whenText } from './complaint-format'
import './complaints.scss'

interface TimelineItem {
  at: string
  kind: EventKind
  message: string | null
  via: string | null
  internal?: boolean
  actorName?: string | null
}

/** What happened to a complaint, oldest first; regulators also see internal rows and who did each step. */
export function ComplaintTimeline({ events, testId = 'timeline' }: { events: readonly TimelineItem[]; testId?: string }) {
  return (
    <View className='complaints-timeline' data-testid={testId}>
      {events.map((event, index) => (
        <View
          key={`${event.at}-${index}`}
          className={`complaints-timeline__event ${event.internal ? 'complaints-timeline__event--internal' : ''}`}
          data-testid='timeline-event'
          data-kind={event.kind}
          data-internal={event.internal ? 'true' : 'false'}
        >
          <View className='complaints-timeline__head'>
            <Text className='complaints-timeline__kind'>
              {event.internal ? `[${t('complaints.console.internal')}] ` : ''}
              {t(`complaints.events.${event.kind}`)}
              {event.via ? t('complaints.detail.via', { trackingNo: event.via }) : ''}
            </Text>
            <Text className='complaints-timeline__time'>{whenText(event.at)}</Text>
          </View>
          {event.actorName ? <Text className='complaints-hint'>{event.actorName}</Text> : null}
          {event.message ? <Text className='complaints-timeline__message'>{event.message}</Text> : null}
        </View>
      ))}
    </View>
  )
}

import { Text, View } from '@tarojs/components'
import { t } from '../../i18n/translate'
import { ActionButton } from './action-button'
import type { PagedRemote } from './queries'
import './load-more-footer.scss'

type MoreOf = Pick<PagedRemote<unknown>, 'loadingMore' | 'loadMoreError' | 'loadMore'>

/** The end of a paged list: a button for the next page, and what went wrong when it did not come. */
export function LoadMoreFooter({ remote, hasMore, testId }: { remote: MoreOf; hasMore: boolean; testId: string }) {
  if (!hasMore && !remote.loadMoreError) return null
  return (
    <View className='load-more-footer'>
      {remote.loadMoreError ? (
        <Text className='load-more-footer__error'>
          {t('common.loadMoreFailed', { message: remote.loadMoreError.message })}
        </Text>
      ) : null}
      <ActionButton
        label={remote.loadingMore ? t('common.loadingMore') : remote.loadMoreError ? t('common.retry') : t('common.loadMore')}
        variant='secondary'
        disabled={remote.loadingMore}
        testId={testId}
        onClick={() => void remote.loadMore()}
      />
    </View>
  )
}

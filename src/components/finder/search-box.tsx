import { Input, View } from '@tarojs/components'
import { useEffect, useState } from 'react'
import { KEYWORD_MAX_CHARS } from '../../domain/finder/search-limits'
import { t } from '../../i18n/translate'
import { useFinderStore } from '../../stores/finder-store'
import { ActionButton } from '../shared/action-button'
import './search-box.scss'

/**
 * A search box at the top of the finder: a parent who knows a name or a street types it here rather than
 * looking for it under 筛选. It searches with the filters in force, the keyword replaced.
 */
export function SearchBox() {
  const keyword = useFinderStore((s) => s.filters.keyword)
  const [text, setText] = useState(keyword)
  // 筛选 or 不限关键词 can change the keyword too; the box shows the one in force.
  useEffect(() => setText(keyword), [keyword])
  const search = () => {
    const { filters, districtCode, applyFilters } = useFinderStore.getState()
    void applyFilters({ ...filters, keyword: text.trim() }, districtCode)
  }
  return (
    <View className='search-box' data-testid='search-box'>
      <Input
        className='search-box__input'
        data-testid='search-keyword'
        value={text}
        maxlength={KEYWORD_MAX_CHARS}
        placeholder={t('finder.filterKeywordPlaceholder')}
        confirmType='search'
        onInput={(e) => setText(e.detail.value)}
        onConfirm={search}
      />
      <ActionButton label={t('finder.search')} variant='secondary' onClick={search} testId='search-submit' />
    </View>
  )
}

import { Text, View } from '@tarojs/components'
import { SORT_KEYS, type SortKey } from '../../domain/finder/finder-enums'
import { t } from '../../i18n/translate'
import './sort-bar.scss'

interface SortBarProps {
  sort: SortKey
  onSort(sort: SortKey): void
  activeFilters: number
  onOpenFilters(): void
  /** Only where a map can be shown (weapp). */
  view?: { mode: 'list' | 'map'; onToggle(): void }
}

export function SortBar({ sort, onSort, activeFilters, onOpenFilters, view }: SortBarProps) {
  return (
    <View className='sort-bar'>
      <View className='sort-bar__sorts'>
        {SORT_KEYS.map((key) => (
          <Text
            key={key}
            className={`sort-bar__sort ${key === sort ? 'sort-bar__sort--on' : ''}`}
            data-testid={`sort-${key}`}
            data-selected={key === sort ? 'true' : 'false'}
            onClick={() => onSort(key)}
          >
            {t(`labels.sort.${key}`)}
          </Text>
        ))}
      </View>
      {view ? (
        <Text className='sort-bar__button' data-testid='view-toggle' onClick={view.onToggle}>
          {view.mode === 'list' ? t('finder.mapView') : t('finder.listView')}
        </Text>
      ) : null}
      <Text className={`sort-bar__button ${activeFilters > 0 ? 'sort-bar__button--on' : ''}`} data-testid='filter-button' onClick={onOpenFilters}>
        {activeFilters > 0 ? t('finder.filterWithCount', { count: activeFilters }) : t('finder.filter')}
      </Text>
    </View>
  )
}

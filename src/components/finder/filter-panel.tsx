import { Input, ScrollView, Text, View } from '@tarojs/components'
import { useState, type ReactNode } from 'react'
import { AGE_BANDS, FEE_UNITS, GRADES, OPERATOR_KINDS, SERVICE_TYPES } from '../../domain/finder/finder-enums'
import { KEYWORD_MAX_CHARS } from '../../domain/finder/search-limits'
import type { District } from '../../domain/regions/region-schema'
import { t } from '../../i18n/translate'
import { formatMoney } from '../../services/display-format'
import { DEFAULT_FILTERS, type FinderFilters } from '../../stores/finder-store'
import { ActionButton } from '../shared/action-button'
import { Chip } from '../shared/chip'
import { useHiddenTabBar } from '../shared/use-hidden-tab-bar'
import { FEE_CAP_FILTER, FEE_CAPS_FEN, feeUnitsOf, RADIUS_OPTIONS_M, radiusKm } from './filter-options'
import './filter-panel.scss'

interface FilterPanelProps {
  filters: FinderFilters
  districtCode: string | null
  districts: District[]
  onApply(filters: FinderFilters, districtCode: string | null): void
  onClose(): void
}

/** Drops the ceiling of a unit the chosen care is no longer charged in, which the sheet no longer shows. */
function withShownFeeCaps(draft: FinderFilters): FinderFilters {
  const shown = feeUnitsOf(draft.serviceTypes)
  const kept = { ...draft }
  for (const unit of FEE_UNITS) if (!shown.includes(unit)) kept[FEE_CAP_FILTER[unit]] = null
  return kept
}

const toggle = <T,>(list: readonly T[], value: T): T[] => (list.includes(value) ? list.filter((v) => v !== value) : [...list, value])

function Group({ title, children }: { title: string; children: ReactNode }) {
  return (
    <View className='filter-panel__group'>
      <Text className='filter-panel__group-title'>{title}</Text>
      <View className='filter-panel__chips'>{children}</View>
    </View>
  )
}

/**
 * Every search filter on one sheet. Choices are a draft until 查看结果, so a parent can tick several
 * things without the list reloading under their finger.
 */
export function FilterPanel({ filters, districtCode, districts, onApply, onClose }: FilterPanelProps) {
  useHiddenTabBar()
  const [draft, setDraft] = useState<FinderFilters>(filters)
  const [district, setDistrict] = useState<string | null>(districtCode)
  const patch = (change: Partial<FinderFilters>) => setDraft((d) => ({ ...d, ...change }))

  return (
    <View className='filter-panel' data-testid='filter-panel' catchMove>
      <View className='filter-panel__header'>
        <Text className='filter-panel__title'>{t('finder.filtersTitle')}</Text>
        <Text className='filter-panel__close' data-testid='filter-close' onClick={onClose}>
          {t('finder.close')}
        </Text>
      </View>
      <ScrollView scrollY className='filter-panel__body'>
        <Group title={t('finder.filterAgeBands')}>
          {AGE_BANDS.map((band) => (
            <Chip
              key={band}
              testId={`filter-age-${band}`}
              label={t('finder.ageBandChip', { band: t(`labels.ageBand.${band}`), range: t(`labels.ageBandRange.${band}`) })}
              selected={draft.ageBands.includes(band)}
              onClick={() => patch({ ageBands: toggle(draft.ageBands, band) })}
            />
          ))}
        </Group>
        <Group title={t('finder.filterServiceTypes')}>
          {SERVICE_TYPES.map((type) => (
            <Chip
              key={type}
              testId={`filter-service-${type}`}
              label={t(`labels.serviceType.${type}`)}
              selected={draft.serviceTypes.includes(type)}
              onClick={() => patch({ serviceTypes: toggle(draft.serviceTypes, type) })}
            />
          ))}
        </Group>
        <Group title={t('finder.filterOptions')}>
          <Chip testId='filter-affordable' label={t('finder.filterAffordable')} selected={draft.affordableOnly} onClick={() => patch({ affordableOnly: !draft.affordableOnly })} />
          <Chip testId='filter-vacancy' label={t('finder.filterVacancy')} selected={draft.hasVacancy} onClick={() => patch({ hasVacancy: !draft.hasVacancy })} />
          <Chip
            testId='filter-demonstration'
            label={t('finder.filterDemonstration')}
            selected={draft.demonstrationOnly}
            onClick={() => patch({ demonstrationOnly: !draft.demonstrationOnly })}
          />
        </Group>
        {feeUnitsOf(draft.serviceTypes).map((unit) => {
          const field = FEE_CAP_FILTER[unit]
          // The monthly chips keep their first test ids; the other units' name their unit.
          const idOf = (fen: number | 'any') => (unit === 'month' ? `filter-fee-${fen}` : `filter-fee-${unit}-${fen}`)
          return (
            <Group key={unit} title={t(`finder.filterMaxFee.${unit}`)}>
              <Chip testId={idOf('any')} label={t('finder.filterAnyFee')} selected={draft[field] === null} onClick={() => patch({ [field]: null })} />
              {FEE_CAPS_FEN[unit].map((fen) => (
                <Chip
                  key={fen}
                  testId={idOf(fen)}
                  label={t('finder.filterFeeAtMost', { money: formatMoney(fen), unit: t(`labels.feeUnit.${unit}`) })}
                  selected={draft[field] === fen}
                  onClick={() => patch({ [field]: fen })}
                />
              ))}
            </Group>
          )
        })}
        <Group title={t('finder.filterMinGrade')}>
          <Chip testId='filter-grade-any' label={t('finder.filterAnyGrade')} selected={draft.minGrade === null} onClick={() => patch({ minGrade: null })} />
          {GRADES.filter((g) => g !== 'D').map((grade) => (
            <Chip
              key={grade}
              testId={`filter-grade-${grade}`}
              label={t('finder.filterGradeAtLeast', { grade })}
              selected={draft.minGrade === grade}
              onClick={() => patch({ minGrade: grade })}
            />
          ))}
        </Group>
        <Group title={t('finder.filterOperatorKinds')}>
          {OPERATOR_KINDS.map((kind) => (
            <Chip
              key={kind}
              testId={`filter-operator-${kind}`}
              label={t(`labels.operatorKind.${kind}`)}
              selected={draft.operatorKinds.includes(kind)}
              onClick={() => patch({ operatorKinds: toggle(draft.operatorKinds, kind) })}
            />
          ))}
        </Group>
        <Group title={t('finder.filterDistrict')}>
          <Chip testId='filter-district-all' label={t('finder.allDistricts')} selected={district === null} onClick={() => setDistrict(null)} />
          {districts.map((d) => (
            <Chip key={d.code} testId={`filter-district-${d.code}`} label={d.name} selected={district === d.code} onClick={() => setDistrict(d.code)} />
          ))}
        </Group>
        <Group title={t('finder.filterRadius')}>
          {RADIUS_OPTIONS_M.map((m) => (
            <Chip
              key={m}
              testId={`filter-radius-${m}`}
              label={t('finder.filterRadiusKm', { km: radiusKm(m) })}
              selected={draft.radiusM === m}
              onClick={() => patch({ radiusM: m })}
            />
          ))}
        </Group>
        <View className='filter-panel__group'>
          <Text className='filter-panel__group-title'>{t('finder.filterKeyword')}</Text>
          <Input
            className='filter-panel__input'
            data-testid='filter-keyword'
            value={draft.keyword}
            maxlength={KEYWORD_MAX_CHARS}
            placeholder={t('finder.filterKeywordPlaceholder')}
            confirmType='search'
            onInput={(e) => patch({ keyword: e.detail.value })}
          />
        </View>
      </ScrollView>
      <View className='filter-panel__footer'>
        <ActionButton
          label={t('finder.filterReset')}
          variant='secondary'
          testId='filter-reset'
          onClick={() => {
            setDraft(DEFAULT_FILTERS)
            setDistrict(null)
          }}
        />
        <View className='filter-panel__apply'>
          <ActionButton label={t('finder.filterApply')} block testId='filter-apply' onClick={() => onApply(withShownFeeCaps(draft), district)} />
        </View>
      </View>
    </View>
  )
}

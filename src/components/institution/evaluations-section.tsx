import { Text, View } from '@tarojs/components'
import { EVALUATION_DIMENSION_KEYS, EVALUATION_DIMENSIONS } from '../../domain/finder/finder-enums'
import type { InstitutionDetail } from '../../domain/finder/institution-schema'
import { t } from '../../i18n/translate'
import { formatDate } from '../../services/display-format'
import { Badge } from '../shared/badge'
import { SectionCard } from '../shared/section-card'
import './evaluations-section.scss'

/** Every evaluation, newest first, with its seven dimension scores and what happened about 整改. */
export function EvaluationsSection({ detail }: { detail: InstitutionDetail }) {
  const evaluations = [...detail.evaluations].sort((a, b) => (a.evaluatedOn < b.evaluatedOn ? 1 : a.evaluatedOn > b.evaluatedOn ? -1 : 0))
  return (
    <SectionCard title={t('institution.evaluationsTitle')} testId='evaluations-section'>
      {evaluations.length === 0 ? <Text className='evaluation__empty'>{t('institution.noEvaluations')}</Text> : null}
      {evaluations.map((evaluation, index) => (
        <View key={evaluation.id} className='evaluation' data-testid='evaluation'>
          <View className='evaluation__head'>
            <Text className={`evaluation__grade evaluation__grade--${evaluation.grade}`} data-testid='evaluation-grade'>
              {t('institution.evaluationGrade', { grade: evaluation.grade })}
            </Text>
            <View className='evaluation__meta'>
              <Text className='evaluation__total'>{t('institution.evaluationTotal', { total: evaluation.total })}</Text>
              <Text className='evaluation__by'>{t('institution.evaluationBy', { date: formatDate(evaluation.evaluatedOn), evaluator: evaluation.evaluator })}</Text>
            </View>
            {index === 0 ? <Badge label={t('institution.latest')} tone='info' /> : null}
          </View>
          <View className='evaluation__scores'>
            {EVALUATION_DIMENSION_KEYS.map((key) => (
              <View key={key} className='evaluation__score'>
                <Text className='evaluation__score-name'>{t(`labels.evaluationDimension.${key}`)}</Text>
                <Text className='evaluation__score-value'>{t('institution.dimensionScore', { score: evaluation.scores[key], max: EVALUATION_DIMENSIONS[key] })}</Text>
              </View>
            ))}
          </View>
          <View className='evaluation__rectification'>
            <Badge
              label={t(`labels.rectification.${evaluation.rectification}`)}
              tone={evaluation.rectification === 'required' ? 'danger' : evaluation.rectification === 'in_progress' ? 'warning' : 'neutral'}
              testId='rectification'
            />
            {evaluation.rectificationNote ? <Text className='evaluation__note'>{t('institution.rectificationNote', { note: evaluation.rectificationNote })}</Text> : null}
          </View>
        </View>
      ))}
    </SectionCard>
  )
}

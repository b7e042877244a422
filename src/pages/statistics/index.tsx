import '../../i18n/zh-cn-pages/complaints'
import '../../i18n/zh-cn-pages/statistics'
import { Text, View } from '@tarojs/components'
import { useRouter } from '@tarojs/taro'
import { RegionChips } from '../../components/guidance/region-chips'
import { useGuidanceRegion } from '../../components/guidance/use-guidance-region'
import { PageShell } from '../../components/layout/page-shell'
import { FactRow, SectionCard } from '../../components/shared/section-card'
import { useQuery } from '../../components/shared/queries'
import { ErrorState, LoadingState } from '../../components/shared/state-views'
import { BarChart, StatTable, type ChartRow } from '../../components/statistics/bar-chart'
import { formatInChina } from '../../domain/shared/clock'
import type { RegionStatistics } from '../../domain/statistics/statistics-schema'
import { t } from '../../i18n/translate'
import { call } from '../../services/api-client'
import { formatShare } from '../../components/statistics/format-share'
import '../../components/guidance/guidance.scss'
import '../../components/statistics/statistics.scss'
import './index.scss'

type Target = RegionStatistics['places']['target']
type Count = RegionStatistics['complaints']['received']

const shownCount = (count: Count) => String(count)
const countRow = (key: string, label: string, count: Count): ChartRow => ({
  key,
  label,
  value: typeof count === 'number' ? count : null,
  shown: shownCount(count)
})

function Citation({ target }: { target: Target }) {
  if (!target) return <Text className='stat-note'>{t('statistics.noTarget')}</Text>
  const { document, line, quote } = target.citation
  return (
    <Text className='stat-note' data-testid='stat-citation' userSelect>
      {t('statistics.citation', { document, line, quote })}
    </Text>
  )
}

function Places({ s }: { s: RegionStatistics }) {
  const { places, population } = s
  const target = places.target
  const rows: ChartRow[] = places.perThousand === null ? [] : [{ key: 'actual', label: t('statistics.actual'), value: places.perThousand, shown: String(places.perThousand) }]
  if (target) rows.push({ key: 'target', label: t('statistics.target', { year: target.year }), value: target.value, shown: String(target.value) })
  return (
    <SectionCard title={t('statistics.placesTitle')} testId='stat-places'>
      {places.perThousand === null ? (
        <Text className='stat-note'>{t('statistics.noPopulation')}</Text>
      ) : (
        <Text className='stat-headline' data-testid='stat-per-thousand'>
          {t('statistics.placesHeadline', { actual: places.perThousand })}
        </Text>
      )}
      {target ? <Text className='stat-note' data-testid='stat-target'>{t('statistics.placesAgainstTarget', { year: target.year, target: target.value })}</Text> : null}
      <BarChart title={t('statistics.placesTitle')} testId='chart-places' rows={rows} />
      <Citation target={target} />
      <Text className='stat-note'>{t('statistics.placesTotal', { institutions: s.institutions, places: places.total })}</Text>
      {population ? (
        <Text className='stat-note' data-testid='stat-population'>
          {t('statistics.population', { residents: population.residents, year: population.year, source: population.source })}
        </Text>
      ) : null}
    </SectionCard>
  )
}

function Districts({ s }: { s: RegionStatistics }) {
  const target = s.demonstration.perDistrictTarget
  return (
    <SectionCard title={t('statistics.districtsTitle')} testId='stat-districts'>
      <BarChart
        title={t('statistics.districtsTitle')}
        testId='chart-districts'
        columns={[t('statistics.columnDistrict'), t('statistics.columnPlaces')]}
        rows={s.districts.map((d) => ({ key: d.districtCode, label: d.districtName, value: d.places, shown: String(d.places) }))}
      />
      <StatTable
        caption={t('statistics.districtsTitle')}
        testId='table-districts'
        head={[t('statistics.columnDistrict'), t('statistics.columnInstitutions'), t('statistics.columnDemonstration'), t('statistics.columnStreets')]}
        rows={s.districts.map((d) => ({
          key: d.districtCode,
          cells: [d.districtName, String(d.institutions), String(d.demonstration), t('statistics.streetsValue', { covered: d.streetsCovered, total: d.streetsTotal })]
        }))}
      />
      <Text className='stat-note'>{t('statistics.demonstrationTotal', { count: s.demonstration.total })}</Text>
      {target ? <Text className='stat-note'>{t('statistics.demonstrationTarget', { year: target.year, target: target.value })}</Text> : null}
      {target ? <Citation target={target} /> : null}
    </SectionCard>
  )
}

function Coverage({ s }: { s: RegionStatistics }) {
  const { coverage } = s
  const target = coverage.target
  return (
    <SectionCard title={t('statistics.coverageTitle')} testId='stat-coverage'>
      <BarChart
        title={t('statistics.coverageTitle')}
        testId='chart-coverage'
        rows={[
          { key: 'actual', label: t('statistics.actual'), value: (coverage.share ?? 0) * 100, shown: formatShare(coverage.share) },
          ...(target ? [{ key: 'target', label: t('statistics.target', { year: target.year }), value: target.value, shown: `${target.value}%` }] : [])
        ]}
      />
      <Text className='stat-note'>{t('statistics.coverageValue', { covered: coverage.covered, total: coverage.total, share: formatShare(coverage.share) })}</Text>
      {target ? <Text className='stat-note'>{t('statistics.coverageTarget', { year: target.year, target: target.value })}</Text> : null}
      <Citation target={target} />
      <Text className='stat-note'>{t('statistics.affordableValue', { affordable: s.places.affordable, share: formatShare(s.places.affordableShare) })}</Text>
    </SectionCard>
  )
}

function Offer({ s }: { s: RegionStatistics }) {
  return (
    <>
      <SectionCard title={t('statistics.serviceTitle')} testId='stat-services'>
        <BarChart
          title={t('statistics.serviceTitle')}
          testId='chart-services'
          rows={s.placesByServiceType.map((r) => ({ key: r.serviceType, label: t(`labels.serviceType.${r.serviceType}`), value: r.places, shown: String(r.places) }))}
        />
        <Text className='stat-note'>{t('statistics.serviceNote')}</Text>
      </SectionCard>
      <SectionCard title={t('statistics.vacancyTitle')} testId='stat-vacancies'>
        <BarChart
          title={t('statistics.vacancyTitle')}
          testId='chart-vacancies'
          rows={s.vacanciesByAgeBand.map((r) => ({ key: r.ageBand, label: t(`labels.ageBand.${r.ageBand}`), value: r.places, shown: String(r.places) }))}
        />
        <Text className='stat-note'>{t('statistics.vacancyNote')}</Text>
      </SectionCard>
      <SectionCard title={t('statistics.gradesTitle')} testId='stat-grades'>
        <BarChart
          title={t('statistics.gradesTitle')}
          testId='chart-grades'
          rows={s.evaluations.grades.map((r) => ({ key: r.grade, label: t(`labels.grade.${r.grade}`), value: r.institutions, shown: String(r.institutions) }))}
        />
        <Text className='stat-note'>{t('statistics.gradesNote')}</Text>
        <Text className='stat-note'>
          {t('statistics.evaluatedRecently', { count: s.evaluations.evaluatedWithin3Years, share: formatShare(s.evaluations.evaluatedWithin3YearsShare) })}
        </Text>
        <Text className='stat-note'>{t('statistics.openRectifications', { count: s.evaluations.openRectifications })}</Text>
      </SectionCard>
    </>
  )
}

function Complaints({ s }: { s: RegionStatistics }) {
  const c = s.complaints
  return (
    <SectionCard title={t('statistics.complaintsTitle')} testId='stat-complaints'>
      <Text className='stat-headline'>{t('statistics.complaintsReceived', { count: shownCount(c.received) })}</Text>
      <FactRow label={t('statistics.acceptedOnTime')} value={<Text>{formatShare(c.acceptedOnTimeShare)}</Text>} />
      <FactRow label={t('statistics.answeredOnTime')} value={<Text>{formatShare(c.answeredOnTimeShare)}</Text>} />
      <FactRow
        label={t('statistics.medianDays')}
        value={<Text>{c.medianWorkingDaysToAnswer === null ? t('statistics.none') : t('statistics.medianValue', { days: c.medianWorkingDaysToAnswer })}</Text>}
      />
      <BarChart
        title={t('statistics.upheldTitle')}
        testId='chart-upheld'
        rows={c.upheldByCategory.map((u) => countRow(u.category, t(`complaints.categories.${u.category}`), u.upheld))}
      />
      <BarChart
        title={t('statistics.monthsTitle')}
        testId='chart-months'
        columns={[t('statistics.columnMonth'), t('statistics.columnReceived')]}
        rows={c.byMonth.map((m) => countRow(m.month, m.month, m.received))}
      />
      <StatTable
        caption={t('statistics.departmentsTitle')}
        testId='table-departments'
        head={[t('statistics.columnDepartment'), t('statistics.columnReceived'), t('statistics.columnUpheld'), t('statistics.answeredOnTime')]}
        rows={c.byDepartment.map((d) => ({
          key: d.departmentCode,
          cells: [d.departmentName, shownCount(d.received), shownCount(d.upheld), formatShare(d.answeredOnTimeShare)]
        }))}
      />
      <Text className='stat-note'>{t('statistics.smallCountNote')}</Text>
    </SectionCard>
  )
}

function Statistics({ s }: { s: RegionStatistics }) {
  return (
    <View data-testid='statistics' data-region={s.regionCode}>
      <View className='statistics-page__intro'>
        <Text className='statistics-page__region'>{s.regionName}</Text>
        <Text className='guidance-hint' data-testid='stat-computed-at'>
          {t('statistics.computedAt', { time: formatInChina(s.computedAt, 'YYYY-MM-DD HH:mm') })}
        </Text>
        {s.isSample ? <Text className='guidance-hint'>{t('statistics.sampleNote')}</Text> : null}
      </View>
      <Places s={s} />
      <Coverage s={s} />
      <Districts s={s} />
      <Offer s={s} />
      <Complaints s={s} />
    </View>
  )
}

/** A region's progress against its plan, for parents and officials alike: every chart with its table. */
export default function StatisticsPage() {
  const { params } = useRouter()
  const region = useGuidanceRegion(params.regionCode ?? null)
  const code = region.regionCode
  const stats = useQuery(code ? `statistics:${code}` : null, () => call('statistics', 'region', { regionCode: code ?? '' }))
  return (
    <PageShell className='statistics-page'>
      <RegionChips region={region} />
      {region.failed && !code ? (
        <ErrorState title={t('statistics.title')} message={t('errors.NETWORK')} onRetry={() => region.retry()} />
      ) : stats.error ? (
        <ErrorState title={t('statistics.title')} message={stats.error.message} onRetry={() => void stats.reload()} />
      ) : stats.data ? (
        <Statistics s={stats.data} />
      ) : (
        <LoadingState />
      )}
    </PageShell>
  )
}

import { regionStatisticsConfigSchema, type Citation, type RegionStatisticsConfig } from '../../domain/statistics/statistics-schema'

/**
 * Population and plan targets of the shipped regions: configuration, written to the statistics tables at
 * start-up. Every target cites its seed document (../shared/seeds) and line. The seeds give no population, so
 * each region's is a sample stand-in (roughly the 2020 census figure, not checked against the statistics
 * bureau) and says so on the page. A new region: add an entry here (or rows in the two tables).
 */

const ZHUJI_PLAN = '诸暨市3岁以下婴幼儿照护服务发展工作实施方案（征求意见稿）'
const ZHUJI_FILE = '003_7ef9f6658afaba6c.txt'
const BAZHOU_PLAN = '自治州关于促进3岁以下婴幼儿照护服务发展的实施方案（巴政办发〔2020〕46号）'
const BAZHOU_FILE = '000_9e11ea5d42b7b3a4.txt'

const SAMPLE_POPULATION_SOURCE = '示例数值：约为第七次全国人口普查（2020年）常住人口，未经核对，以当地统计部门公布为准'

const zhujiTable = (row: string, line: number, year: number, value: string): Citation => ({
  document: ZHUJI_PLAN,
  file: ZHUJI_FILE,
  line,
  quote: `发展指标表：${row} ${year}年 ${value}`
})

const PLACES_ROW = '每千人拥有婴幼儿照护托位数'
const COVERAGE_ROW = '城乡社区婴幼照护服务机构覆盖率'
// The plan's table lists 2020–2025 down one column per indicator: places from line 135, coverage from line 127.
const ZHUJI_PLACES: readonly [number, number][] = [[2020, 0.96], [2021, 2.5], [2022, 2.8], [2023, 3.0], [2024, 3.5], [2025, 4.5]]
const ZHUJI_COVERAGE: readonly [number, number][] = [[2020, 16], [2021, 30], [2022, 35], [2023, 40], [2024, 45], [2025, 50]]

const population = (residents: number): RegionStatisticsConfig['populations'][number] => ({
  districtCode: null,
  residents,
  year: 2020,
  source: SAMPLE_POPULATION_SOURCE,
  isSample: true
})

const CONFIG: RegionStatisticsConfig[] = [
  {
    regionCode: 'zhuji',
    populations: [population(1_218_000)],
    targets: [
      ...ZHUJI_PLACES.map(([year, value], i) => ({
        indicator: 'places_per_thousand' as const,
        year,
        value,
        citation: zhujiTable(PLACES_ROW, 135 + i, year, String(value))
      })),
      ...ZHUJI_COVERAGE.map(([year, value], i) => ({
        indicator: 'community_coverage_percent' as const,
        year,
        value,
        citation: zhujiTable(COVERAGE_ROW, 127 + i, year, `${value}%`)
      }))
    ]
  },
  {
    regionCode: 'bazhou',
    populations: [population(1_614_000)],
    targets: [
      {
        indicator: 'demonstration_per_district',
        year: 2023,
        value: 1,
        citation: { document: BAZHOU_PLAN, file: BAZHOU_FILE, line: 27, quote: '2023年底……各县市均建立1所示范性婴幼儿照护服务机构' }
      },
      {
        indicator: 'demonstration_per_district',
        year: 2025,
        value: 2,
        citation: { document: BAZHOU_PLAN, file: BAZHOU_FILE, line: 27, quote: '到2025年底……每个县市至少有2所以上示范性婴幼儿照护服务机构' }
      }
    ]
  },
  // 渝中 and 鹤壁 set no numeric targets (a batch of 示范 units, facilities matched to the resident population).
  { regionCode: 'yuzhong', populations: [population(589_000)], targets: [] },
  { regionCode: 'hebi', populations: [population(1_566_000)], targets: [] }
]

export function regionStatisticsConfig(): RegionStatisticsConfig[] {
  return CONFIG.map((entry) => regionStatisticsConfigSchema.parse(entry))
}

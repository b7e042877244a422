import { parse as parseYaml } from 'yaml'
import { COMPLAINT_CATEGORIES } from '../complaints/complaint-category-schema'
import { regionConfigSchema, type RegionConfig } from './region-config-schema'
import type { Department } from './region-schema'

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b)

/** Items of a keyed list that were added, removed or edited, as `section:key`. */
function listChanges<T>(section: string, before: readonly T[], after: readonly T[], keyOf: (item: T) => string): string[] {
  const old = new Map(before.map((item) => [keyOf(item), item]))
  const now = new Map(after.map((item) => [keyOf(item), item]))
  const keys = [...new Set([...old.keys(), ...now.keys()])].sort()
  return keys.filter((key) => !same(old.get(key), now.get(key))).map((key) => `${section}:${key}`)
}

const SCALAR_FIELDS = ['idPrefix', 'name', 'province', 'centre', 'policy', 'languages', 'sourceDocument', 'isSample'] as const

/**
 * What an edit changes, for the audit log: the plain fields by name, districts and departments by code, routing
 * rules by category/subject. Empty when the new configuration is the stored one, so a repeated import logs nothing.
 */
export function regionConfigChanges(before: RegionConfig | null, after: RegionConfig): string[] {
  if (!before) return ['region:created']
  const changes = [
    ...SCALAR_FIELDS.filter((field) => !same(before[field], after[field])),
    ...listChanges('district', before.districts, after.districts, (d) => d.code),
    ...listChanges('department', before.departments, after.departments, (d) => d.code),
    ...(before.routing.trackingPrefix === after.routing.trackingPrefix ? [] : ['routing:trackingPrefix']),
    ...listChanges('routing', before.routing.rules, after.routing.rules, (r) => `${r.category}/${r.appliesTo}`)
  ]
  // Lists are shown in their stored order, so moving an item is a change too.
  return changes.length === 0 && !same(before, after) ? ['order'] : changes
}

/** 卫生健康 leads childcare in every source document; a region without it falls back to its first department. */
export function leadDepartmentCode(departments: readonly Department[]): string {
  return departments.find((d) => d.code === 'health')?.code ?? departments[0]?.code ?? 'health'
}

/** Why a region file was refused: where (a dotted path into the document) and what is wrong. */
interface RegionFileProblem {
  path: string
  problem: string
}

/**
 * Reads a region configuration from a YAML or JSON file's text (JSON is YAML, so one parser reads both) and
 * checks it with the same schema as the operator's save. Every problem is listed, so a file is fixed in one go.
 */
export function parseRegionFile(text: string): { ok: true; config: RegionConfig } | { ok: false; problems: RegionFileProblem[] } {
  let raw: unknown
  try {
    raw = parseYaml(text)
  } catch (error) {
    return { ok: false, problems: [{ path: '', problem: `not YAML or JSON (${(error as Error).message})` }] }
  }
  const parsed = regionConfigSchema.safeParse(raw)
  if (parsed.success) return { ok: true, config: parsed.data }
  return { ok: false, problems: parsed.error.issues.map((issue) => ({ path: issue.path.map(String).join('.'), problem: issue.message })) }
}

/** The national 育儿补贴, ¥3,600 a year per child under 3, in fen: what every new region starts with. */
const NATIONAL_CHILDCARE_SUBSIDY_FEN = 360_000
const DEFAULT_DEADLINES = { acceptWithinWorkingDays: 5, answerWithinWorkingDays: 20 } as const

/**
 * What the console's 新建地区 form starts from: one district and a 卫生健康 department to fill in, and every
 * category routed to that department, so the routing is complete from the first save and is refined afterwards.
 */
export function blankRegionConfig(year: number): RegionConfig {
  return {
    code: '',
    idPrefix: '',
    name: '',
    province: '',
    centre: { lat: 0, lng: 0 },
    districts: [{ code: '', name: '', centre: { lat: 0, lng: 0 }, streets: [] }],
    departments: [{ code: 'health', name: '', phone: '12345', hours: '', duties: '' }],
    policy: { nationalChildcareSubsidyFenPerYear: NATIONAL_CHILDCARE_SUBSIDY_FEN, localSubsidies: [], affordableMonthlyCapFen: 0, affordableCapSource: '' },
    languages: ['zh-CN'],
    sourceDocument: { title: '', number: '', issuer: '', year },
    isSample: false,
    routing: {
      trackingPrefix: '',
      rules: COMPLAINT_CATEGORIES.map((category) => ({ category, appliesTo: 'any' as const, departmentCode: 'health', ...DEFAULT_DEADLINES }))
    }
  }
}

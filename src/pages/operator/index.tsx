import '../../i18n/zh-cn-pages/complaints'
import '../../i18n/zh-cn-pages/operator'
import { Input, Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useEffect, useState, type PropsWithChildren } from 'react'
import { MembersLinks } from '../../components/account/members-links'
import { PageShell } from '../../components/layout/page-shell'
import { ActionButton } from '../../components/shared/action-button'
import { Chip } from '../../components/shared/chip'
import { useFormAction, useQuery } from '../../components/shared/queries'
import { SectionCard } from '../../components/shared/section-card'
import { ErrorState, LoadingState } from '../../components/shared/state-views'
import { blankRegionConfig } from '../../domain/regions/region-config-rules'
import type { RegionConfig, SaveRegionOutput } from '../../domain/regions/region-config-schema'
import { chinaDateOf } from '../../domain/bookings/china-time-rules'
import { t } from '../../i18n/translate'
import { call } from '../../services/api-client'
import { currentToken, useSessionStore } from '../../stores/session-store'
import '../../components/complaints/complaints.scss'
import './index.scss'

type District = RegionConfig['districts'][number]
type Department = RegionConfig['departments'][number]
type Rule = RegionConfig['routing']['rules'][number]

/** Operators are invited in production; outside it a sample operator may sign in (the server refuses it in production). */
function OperatorSignIn({ children }: PropsWithChildren) {
  const user = useSessionStore((s) => s.user)
  useSessionStore((s) => s.token)
  const { busy, message, submit } = useFormAction()
  if (user?.role === 'operator' && currentToken()) return <>{children}</>
  const signIn = () => submit(async () => useSessionStore.getState().signIn(await call('account', 'devLogin', { role: 'operator' })))
  return (
    <SectionCard title={t('operator.signIn.title')} testId='operator-sign-in'>
      <Text className='complaints-hint'>{t('operator.signIn.hint')}</Text>
      {user ? <Text className='complaints-hint'>{t('operator.signIn.notOperator')}</Text> : null}
      <View className='complaints-actions'>
        <ActionButton label={t('operator.signIn.sample')} onClick={() => void signIn()} disabled={busy} testId='operator-sign-in-button' block />
      </View>
      {message ? <Text className='complaints-error'>{message}</Text> : null}
    </SectionCard>
  )
}

function Field({ label, value, onChange, testId, numeric = false }: { label: string; value: string; onChange(value: string): void; testId: string; numeric?: boolean }) {
  return (
    <View className='complaints-field'>
      <Text className='complaints-field__label'>{label}</Text>
      <Input className='complaints-field__input' type={numeric ? 'digit' : 'text'} value={value} onInput={(e) => onChange(e.detail.value)} data-testid={testId} />
    </View>
  )
}

/** A typed number stays what was typed until it parses; the contract check before sending names a bad one. */
const asNumber = (text: string) => (text.trim() === '' ? Number.NaN : Number(text))
const replaced = <T,>(list: readonly T[], index: number, item: T) => list.map((old, i) => (i === index ? item : old))
const streetsOf = (text: string) => text.split(/[,，、\s]+/).filter((s) => s !== '')

function Basics({ draft, isNew, edit }: { draft: RegionConfig; isNew: boolean; edit(change: Partial<RegionConfig>): void }) {
  const source = draft.sourceDocument
  return (
    <SectionCard title={t('operator.basics')} testId='operator-basics'>
      {isNew ? <Field label={t('operator.fields.code')} value={draft.code} onChange={(code) => edit({ code })} testId='region-code' /> : null}
      <Field label={t('operator.fields.name')} value={draft.name} onChange={(name) => edit({ name })} testId='region-name' />
      <Field label={t('operator.fields.province')} value={draft.province} onChange={(province) => edit({ province })} testId='region-province' />
      <Field label={t('operator.fields.idPrefix')} value={draft.idPrefix} onChange={(idPrefix) => edit({ idPrefix })} testId='region-id-prefix' />
      <Field
        label={t('operator.fields.trackingPrefix')}
        value={draft.routing.trackingPrefix}
        onChange={(trackingPrefix) => edit({ routing: { ...draft.routing, trackingPrefix: trackingPrefix.toUpperCase() } })}
        testId='region-tracking-prefix'
      />
      <Field label={t('operator.fields.lat')} numeric value={String(draft.centre.lat)} onChange={(v) => edit({ centre: { ...draft.centre, lat: asNumber(v) } })} testId='region-lat' />
      <Field label={t('operator.fields.lng')} numeric value={String(draft.centre.lng)} onChange={(v) => edit({ centre: { ...draft.centre, lng: asNumber(v) } })} testId='region-lng' />
      <Field label={t('operator.fields.sourceTitle')} value={source.title} onChange={(title) => edit({ sourceDocument: { ...source, title } })} testId='region-source-title' />
      <Field label={t('operator.fields.sourceNumber')} value={source.number} onChange={(number) => edit({ sourceDocument: { ...source, number } })} testId='region-source-number' />
      <Field label={t('operator.fields.sourceIssuer')} value={source.issuer} onChange={(issuer) => edit({ sourceDocument: { ...source, issuer } })} testId='region-source-issuer' />
      <Field label={t('operator.fields.sourceYear')} numeric value={String(source.year)} onChange={(v) => edit({ sourceDocument: { ...source, year: asNumber(v) } })} testId='region-source-year' />
    </SectionCard>
  )
}

function Districts({ districts, onChange }: { districts: readonly District[]; onChange(districts: District[]): void }) {
  const set = (index: number, district: District) => onChange(replaced(districts, index, district))
  return (
    <SectionCard title={t('operator.districts')} testId='operator-districts'>
      {districts.map((d, i) => (
        <View key={i} className='operator-item' data-testid='operator-district'>
          <Field label={t('operator.fields.districtName')} value={d.name} onChange={(name) => set(i, { ...d, name })} testId={`district-name-${i}`} />
          <Field label={t('operator.fields.districtCode')} value={d.code} onChange={(code) => set(i, { ...d, code })} testId={`district-code-${i}`} />
          <Field label={t('operator.fields.lat')} numeric value={String(d.centre.lat)} onChange={(v) => set(i, { ...d, centre: { ...d.centre, lat: asNumber(v) } })} testId={`district-lat-${i}`} />
          <Field label={t('operator.fields.lng')} numeric value={String(d.centre.lng)} onChange={(v) => set(i, { ...d, centre: { ...d.centre, lng: asNumber(v) } })} testId={`district-lng-${i}`} />
          <Field label={t('operator.fields.streets')} value={d.streets.join('、')} onChange={(v) => set(i, { ...d, streets: streetsOf(v) })} testId={`district-streets-${i}`} />
          {districts.length > 1 ? <ActionButton label={t('operator.remove')} variant='secondary' onClick={() => onChange(districts.filter((_, j) => j !== i))} testId={`district-remove-${i}`} /> : null}
        </View>
      ))}
      <View className='complaints-actions'>
        <ActionButton label={t('operator.addDistrict')} variant='secondary' onClick={() => onChange([...districts, { code: '', name: '', centre: { lat: 0, lng: 0 }, streets: [] }])} testId='district-add' />
      </View>
    </SectionCard>
  )
}

function Departments({ departments, onChange }: { departments: readonly Department[]; onChange(departments: Department[]): void }) {
  const set = (index: number, department: Department) => onChange(replaced(departments, index, department))
  return (
    <SectionCard title={t('operator.departments')} testId='operator-departments'>
      {departments.map((d, i) => (
        <View key={i} className='operator-item' data-testid='operator-department'>
          <Field label={t('operator.fields.departmentName')} value={d.name} onChange={(name) => set(i, { ...d, name })} testId={`department-name-${i}`} />
          <Field label={t('operator.fields.departmentCode')} value={d.code} onChange={(code) => set(i, { ...d, code })} testId={`department-code-${i}`} />
          <Field label={t('operator.fields.phone')} value={d.phone} onChange={(phone) => set(i, { ...d, phone })} testId={`department-phone-${i}`} />
          <Field label={t('operator.fields.hours')} value={d.hours} onChange={(hours) => set(i, { ...d, hours })} testId={`department-hours-${i}`} />
          {departments.length > 1 ? <ActionButton label={t('operator.remove')} variant='secondary' onClick={() => onChange(departments.filter((_, j) => j !== i))} testId={`department-remove-${i}`} /> : null}
        </View>
      ))}
      <View className='complaints-actions'>
        <ActionButton label={t('operator.addDepartment')} variant='secondary' onClick={() => onChange([...departments, { code: '', name: '', phone: '12345', hours: '', duties: '' }])} testId='department-add' />
      </View>
    </SectionCard>
  )
}

function RoutingTable({ rules, departments, onChange }: { rules: readonly Rule[]; departments: readonly Department[]; onChange(rules: Rule[]): void }) {
  const set = (index: number, rule: Rule) => onChange(replaced(rules, index, rule))
  return (
    <View data-testid='operator-routing'>
      <Text className='complaints-hint'>{t('operator.routingHint')}</Text>
      {rules.map((rule, i) => (
        <View key={`${rule.category}/${rule.appliesTo}`} className='operator-item' data-testid={`routing-${rule.category}-${rule.appliesTo}`}>
          <Text className='operator-item__title'>
            {t(`complaints.categories.${rule.category}`)} · {t(`operator.subjects.${rule.appliesTo}`)}
          </Text>
          <View className='complaints-chips'>
            {departments.map((d) => (
              <Chip key={d.code} label={d.name || d.code} selected={rule.departmentCode === d.code} onClick={() => set(i, { ...rule, departmentCode: d.code })} testId={`routing-${rule.category}-${rule.appliesTo}-${d.code}`} />
            ))}
          </View>
          <Field label={t('operator.fields.accept')} numeric value={String(rule.acceptWithinWorkingDays)} onChange={(v) => set(i, { ...rule, acceptWithinWorkingDays: asNumber(v) })} testId={`routing-accept-${i}`} />
          <Field label={t('operator.fields.answer')} numeric value={String(rule.answerWithinWorkingDays)} onChange={(v) => set(i, { ...rule, answerWithinWorkingDays: asNumber(v) })} testId={`routing-answer-${i}`} />
        </View>
      ))}
    </View>
  )
}

function AuditLog({ regionCode, version }: { regionCode: string; version: number }) {
  const log = useQuery(`region-audit:${regionCode}:${version}`, () => call('regions', 'auditLog', { regionCode }))
  return (
    <SectionCard title={t('operator.audit')} testId='operator-audit'>
      {log.error ? <Text className='complaints-error'>{log.error.message}</Text> : null}
      {log.data && log.data.entries.length === 0 ? <Text className='complaints-hint'>{t('operator.auditEmpty')}</Text> : null}
      {log.data?.entries.map((entry) => (
        <Text key={entry.id} className='complaints-hint' data-testid='audit-entry'>
          {t('operator.auditLine', {
            when: chinaDateOf(entry.at),
            who: entry.actorName,
            what: `${t(`operator.actions.${entry.action}`)} ${entry.changes.join('、')}`
          })}
        </Text>
      ))}
    </SectionCard>
  )
}

function Editor({ initial, isNew, onSaved }: { initial: RegionConfig; isNew: boolean; onSaved(code: string): void }) {
  const [draft, setDraft] = useState(initial)
  const [version, setVersion] = useState(0)
  const { busy, message, submit } = useFormAction()
  useEffect(() => setDraft(initial), [initial])
  const edit = (change: Partial<RegionConfig>) => setDraft({ ...draft, ...change })
  const done = (result: SaveRegionOutput) => {
    void Taro.showToast({ title: result.changed ? t('operator.saved') : t('operator.unchanged'), icon: result.changed ? 'success' : 'none' })
    setVersion(version + 1)
    onSaved(result.code)
  }
  const saveRegion = () => submit(async () => done(await call('regions', 'saveRegion', { region: draft })))
  const saveRouting = () => submit(async () => done(await call('regions', 'setRouting', { regionCode: draft.code, routing: draft.routing })))
  return (
    <View data-testid='operator-editor'>
      <Basics draft={draft} isNew={isNew} edit={edit} />
      <Districts districts={draft.districts} onChange={(districts) => edit({ districts })} />
      <Departments departments={draft.departments} onChange={(departments) => edit({ departments })} />
      <SectionCard title={t('operator.routing')} testId='operator-routing-card'>
        <RoutingTable rules={draft.routing.rules} departments={draft.departments} onChange={(rules) => edit({ routing: { ...draft.routing, rules } })} />
        {isNew ? null : (
          <View className='complaints-actions'>
            <ActionButton label={t('operator.saveRouting')} variant='secondary' onClick={() => void saveRouting()} disabled={busy} testId='operator-save-routing' />
          </View>
        )}
      </SectionCard>
      {message ? <Text className='complaints-error' data-testid='operator-error'>{message}</Text> : null}
      <View className='complaints-actions'>
        <ActionButton label={t('operator.save')} onClick={() => void saveRegion()} disabled={busy} testId='operator-save' block />
      </View>
      {isNew ? null : <AuditLog regionCode={draft.code} version={version} />}
    </View>
  )
}

function Console() {
  const [listVersion, setListVersion] = useState(0)
  const [selected, setSelected] = useState<string | null>(null)
  const regions = useQuery(`operator-regions:${listVersion}`, () => call('regions', 'list', {}))
  const config = useQuery(selected ? `operator-region:${selected}:${listVersion}` : null, () => call('regions', 'config', { code: selected ?? '' }))
  const [blank] = useState(() => blankRegionConfig(Number(chinaDateOf(new Date()).slice(0, 4))))
  const creating = selected === null
  if (regions.error) return <ErrorState title={t('operator.title')} message={regions.error.message} onRetry={() => void regions.reload()} />
  if (!regions.data) return <LoadingState />
  const saved = (code: string) => {
    setSelected(code)
    setListVersion(listVersion + 1)
  }
  return (
    <View>
      <SectionCard title={t('operator.regions')} testId='operator-regions'>
        <View className='complaints-chips'>
          {regions.data.map((r) => (
            <Chip key={r.code} label={r.isSample ? `${r.name}（${t('operator.sampleMark')}）` : r.name} selected={selected === r.code} onClick={() => setSelected(r.code)} testId={`operator-region-${r.code}`} />
          ))}
          <Chip label={t('operator.newRegion')} selected={creating} onClick={() => setSelected(null)} testId='operator-region-new' />
        </View>
      </SectionCard>
      {creating ? (
        <Editor initial={blank} isNew onSaved={saved} />
      ) : config.error ? (
        <ErrorState title={t('operator.title')} message={config.error.message} onRetry={() => void config.reload()} />
      ) : config.data ? (
        <Editor initial={config.data} isNew={false} onSaved={saved} />
      ) : (
        <LoadingState />
      )}
    </View>
  )
}

/** The operators' console: the regions, one region's configuration as a form, its routing table and its change log. */
export default function OperatorPage() {
  return (
    <PageShell className='operator-page'>
      <OperatorSignIn>
        <MembersLinks />
        <Console />
      </OperatorSignIn>
    </PageShell>
  )
}

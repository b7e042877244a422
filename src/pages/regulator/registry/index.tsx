import '../../../i18n/zh-cn-pages/registry'
import { Text, View } from '@tarojs/components'
import { useDidShow } from '@tarojs/taro'
import { useState } from 'react'
import { RegulatorSignIn } from '../../../components/complaints/complaint-sign-in'
import { PageShell } from '../../../components/layout/page-shell'
import { UnlocatedCard } from '../../../components/registry/unlocated-card'
import { ActionButton } from '../../../components/shared/action-button'
import { Chip } from '../../../components/shared/chip'
import { SectionCard } from '../../../components/shared/section-card'
import { TextField } from '../../../components/shared/text-field'
import { EVALUATION_DIMENSIONS, EVALUATION_DIMENSION_KEYS, GRADES, type EvaluationDimension, type Grade } from '../../../domain/finder/finder-enums'
import type { ImportReport } from '../../../domain/registry/registry-schema'
import { formatInChina } from '../../../domain/shared/clock'
import { t } from '../../../i18n/translate'
import type { ActionOutput } from '../../../domain/contract'
import { call } from '../../../services/api-client'
import { pickSpreadsheet } from '../../../services/file-picker'
import '../../../components/complaints/complaints.scss'

const messageOf = (error: unknown) => (error instanceof Error ? error.message : t('errors.INTERNAL'))

/** Pick a file, dry-run it for the row-by-row report, then commit it: all rows or none. */
function ImportCard({ onCommitted }: { onCommitted(): void }) {
  const [file, setFile] = useState<{ name: string; base64: string } | null>(null)
  const [report, setReport] = useState<ImportReport | null>(null)
  const [busy, setBusy] = useState(false)
  const [message, setMessage] = useState<string | null>(null)
  const run = async (dryRun: boolean) => {
    if (!file) return
    setBusy(true)
    setMessage(null)
    try {
      const got = await call('registry', 'importFilings', { fileName: file.name, contentBase64: file.base64, dryRun })
      setReport(got)
      if (got.committed) {
        setMessage(t('registry.console.committed', { total: got.rows.length }))
        onCommitted()
      }
    } catch (error) {
      setMessage(messageOf(error))
    } finally {
      setBusy(false)
    }
  }
  if (process.env.TARO_ENV !== 'h5') return <Text className='complaints-hint'>{t('registry.console.h5Only')}</Text>
  return (
    <SectionCard title={t('registry.console.importTitle')} testId='import-card'>
      <Text className='complaints-hint'>{t('registry.console.importHint')}</Text>
      <View className='complaints-actions'>
        <ActionButton
          label={t('registry.console.chooseFile')}
          variant='secondary'
          testId='import-choose'
          onClick={() =>
            void pickSpreadsheet().then((picked) => {
              if (!picked) return
              setFile(picked)
              setReport(null)
              setMessage(null)
            })
          }
        />
        {file ? <Text className='complaints-hint'>{t('registry.console.chosen', { name: file.name })}</Text> : null}
        <ActionButton label={t('registry.console.dryRun')} disabled={!file || busy} testId='import-dry-run' onClick={() => void run(true)} />
        <ActionButton
          label={t('registry.console.commit')}
          disabled={!file || busy || !report || !report.dryRun || report.summary.rejected > 0}
          testId='import-commit'
          onClick={() => void run(false)}
        />
      </View>
      {report ? (
        <View data-testid='import-report'>
          <Text className='complaints-hint' data-testid='import-summary'>
            {t('registry.console.summary', report.summary)}
          </Text>
          {report.issues.map((issue, i) => (
            <Text key={i} className='complaints-hint' data-testid='import-issue'>
              {t('registry.console.issue', issue)}
            </Text>
          ))}
        </View>
      ) : null}
      {message ? (
        <Text className='complaints-hint' data-testid='import-message'>
          {message}
        </Text>
      ) : null}
    </SectionCard>
  )
}

const blankScores = () => Object.fromEntries(EVALUATION_DIMENSION_KEYS.map((k) => [k, ''])) as Record<EvaluationDimension, string>

/** 质量评估: grade, the seven scores, date, evaluator, and one 整改 item with its due date. */
function EvaluationCard({ onPublished }: { onPublished(): void }) {
  const [institutionId, setInstitutionId] = useState('')
  const [grade, setGrade] = useState<Grade>('A')
  const [scores, setScores] = useState(blankScores)
  const [evaluatedOn, setEvaluatedOn] = useState('')
  const [evaluator, setEvaluator] = useState('')
  const [item, setItem] = useState('')
  const [dueOn, setDueOn] = useState('')
  const [busy, setBusy] = useState(false)
  const [message, setMessage] = useState<string | null>(null)
  const publish = async () => {
    setBusy(true)
    setMessage(null)
    try {
      await call('registry', 'publishEvaluation', {
        institutionId: institutionId.trim(),
        grade,
        evaluatedOn: evaluatedOn.trim(),
        evaluator,
        scores: Object.fromEntries(EVALUATION_DIMENSION_KEYS.map((k) => [k, Number(scores[k])])) as Record<EvaluationDimension, number>,
        rectificationItems: item.trim() ? [{ item, dueOn: dueOn.trim() }] : []
      })
      setMessage(t('registry.console.published'))
      onPublished()
    } catch (error) {
      setMessage(messageOf(error))
    } finally {
      setBusy(false)
    }
  }
  return (
    <SectionCard title={t('registry.console.evaluationTitle')} testId='evaluation-card'>
      <TextField block='complaints-field' label={t('registry.console.institutionId')} value={institutionId} onChange={setInstitutionId} testId='evaluation-institution' />
      <View className='complaints-chips'>
        {GRADES.map((g) => (
          <Chip key={g} label={t(`labels.grade.${g}`)} selected={grade === g} onClick={() => setGrade(g)} testId={`evaluation-grade-${g}`} />
        ))}
      </View>
      {EVALUATION_DIMENSION_KEYS.map((k) => (
        <TextField
          key={k}
          block='complaints-field'
          type='digit'
          label={t('registry.console.score', { name: t(`labels.evaluationDimension.${k}`), max: EVALUATION_DIMENSIONS[k] })}
          value={scores[k]}
          onChange={(v) => setScores((s) => ({ ...s, [k]: v }))}
          testId={`evaluation-score-${k}`}
        />
      ))}
      <TextField block='complaints-field' label={t('registry.console.evaluatedOn')} value={evaluatedOn} onChange={setEvaluatedOn} testId='evaluation-date' />
      <TextField block='complaints-field' label={t('registry.console.evaluator')} value={evaluator} onChange={setEvaluator} testId='evaluation-evaluator' />
      <TextField block='complaints-field' label={t('registry.console.rectificationItem')} value={item} onChange={setItem} testId='evaluation-item' />
      <TextField block='complaints-field' label={t('registry.console.rectificationDue')} value={dueOn} onChange={setDueOn} testId='evaluation-due' />
      <View className='complaints-actions'>
        <ActionButton label={t('registry.console.publish')} disabled={busy} testId='evaluation-publish' onClick={() => void publish()} />
      </View>
      {message ? (
        <Text className='complaints-hint' data-testid='evaluation-message'>
          {message}
        </Text>
      ) : null}
    </SectionCard>
  )
}

type AuditItems = ActionOutput<'registry', 'auditLog'>['items']

/** The internal audit log: which account changed what, when (the public page names only the department). */
function AuditCard({ items }: { items: AuditItems }) {
  return (
    <SectionCard title={t('registry.console.auditTitle')} testId='audit-card'>
      {items.length === 0 ? <Text className='complaints-hint'>{t('registry.console.auditEmpty')}</Text> : null}
      {items.map((e, i) => (
        <Text key={i} className='complaints-hint' data-testid='audit-line'>
          {t('registry.console.auditLine', {
            at: formatInChina(e.at, 'YYYY-MM-DD HH:mm'),
            actor: e.actorName,
            department: e.department,
            kind: t(`registry.changeKind.${e.kind}`),
            institution: e.institutionId
          })}
        </Text>
      ))}
    </SectionCard>
  )
}

function RegistryConsole() {
  const [audit, setAudit] = useState<AuditItems>([])
  // An import may bring filings without a location: the 待定位 list is read again after each commit.
  const [imports, setImports] = useState(0)
  const reload = () => {
    call('registry', 'auditLog', { limit: 30 })
      .then((got) => setAudit(got.items))
      .catch(() => setAudit([]))
  }
  useDidShow(reload)
  return (
    <View>
      <UnlocatedCard key={imports} />
      <ImportCard
        onCommitted={() => {
          setImports((n) => n + 1)
          reload()
        }}
      />
      <EvaluationCard onPublished={reload} />
      <AuditCard items={audit} />
    </View>
  )
}

/** 备案与监管公示: a regulator's registry work for its own region (the complaints queue is the other page). */
export default function RegistryConsolePage() {
  return (
    <PageShell className='regulator-page'>
      <RegulatorSignIn>
        <RegistryConsole />
      </RegulatorSignIn>
    </PageShell>
  )
}

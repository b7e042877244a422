import type { ChangeKind } from '../../domain/finder/finder-enums'
import type { ImportIssueCode } from '../../domain/registry/filing-import-rules'

/**
 * What regulators and parents read about filings, evaluations, inspections and the change record. The filing
 * file itself uses the Chinese template values, so the import messages quote one or two of them as examples.
 */
export const registry = {
  importIssue: {
    required: 'Required field is empty',
    formula: 'The cell is a formula or starts with = + - @. Paste it as a plain value and import again',
    markup: 'Contains characters that are not allowed (< > or control characters)',
    too_long: 'Too long (at most 200 characters)',
    bad_date: 'Wrong date format; it should look like 2024-03-05',
    future_date: 'The date is later than today',
    bad_credit_code: 'The unified social credit code must be 18 digits or capital letters',
    unknown_operator_kind: 'Run by must be one of the seven values in the template (e.g. 公办, 民办)',
    unknown_district: 'Not a district of this region',
    unknown_service_type: 'Service type must be one or more of the four values in the template (e.g. 全日托), separated by 、',
    bad_yes_no: 'Enter 是 (yes) or 否 (no)',
    bad_number: 'Not a valid coordinate',
    coordinates_incomplete: 'Longitude and latitude must be filled in together',
    datum_required: 'When coordinates are given, the coordinate system must be stated (GCJ-02 or WGS-84)',
    unknown_datum: 'The coordinate system must be GCJ-02 or WGS-84',
    outside_region: 'The coordinates are outside this region. Check whether longitude and latitude are swapped',
    unknown_status: 'Filing status must be 正常 (active), 暂停 (suspended) or 注销 (revoked)',
    status_date_required: 'A suspended or revoked filing needs a status date',
    duplicate_in_file: 'The same filing number appears more than once in the file',
    revoked_is_final: 'This institution’s filing is revoked; an import cannot restore it'
  } satisfies Record<ImportIssueCode, string>,
  unreadable: {
    notSpreadsheet: 'the file is damaged or is not an XLSX spreadsheet',
    noSheet: 'the spreadsheet has no worksheet',
    noHeader: 'row 1 does not have the template headers ({columns}); the encoding may be wrong, or this is not a filing export',
    missingColumns: 'required columns are missing: {columns}',
    csvSyntax: 'CSV line {line} is malformed (quotes or number of columns)',
    tooManyRows: 'more than {max} rows; please split the file and import the parts',
    empty: 'the file has no data rows'
  },
  changeKind: {
    filed: 'Filing registered',
    details_changed: 'Filing details changed',
    suspended: 'Suspended',
    revoked: 'Filing revoked',
    reinstated: 'Back to normal',
    evaluation_published: 'Quality evaluation published',
    rectification_followed_up: 'Rectification follow-up recorded',
    rectification_closed: 'Rectification closed',
    inspection_recorded: 'Inspection recorded',
    enforcement_recorded: 'Enforcement action recorded',
    vacancies_updated: 'Places updated',
    vacancies_confirmed: 'Places confirmed as still accurate'
  } satisfies Record<ChangeKind, string>,
  field: {
    name: 'Institution name',
    districtCode: 'District',
    address: 'Address',
    phone: 'Phone',
    operatorKind: 'Run by',
    serviceTypes: 'Service types',
    isAffordable: 'Affordable',
    location: 'Location',
    filingNumber: 'Filing number',
    receiptDate: 'Filing receipt date',
    registrationAuthority: 'Registration authority',
    creditCode: 'Unified social credit code'
  } as Record<string, string>,
  standing: {
    suspended: 'This institution’s filing was suspended on {date}: {reason}',
    revoked: 'This institution’s filing was revoked on {date} and it no longer provides childcare: {reason}',
    unlocated: 'The location is still to be marked by the regulator, so this institution is not included in distance searches.'
  },
  importIssueLine: 'Row {line}, {column} “{value}”: {message}',
  importSummary: '{mode}: {new} new, {changed} changed, {unchanged} unchanged, {revoked} revoked, {rejected} rejected, {unlocated} awaiting a location',
  importDryRun: 'Trial import (nothing written)',
  importCommitted: 'Imported',
  console: {
    title: 'Filings and public supervision',
    entry: 'Filings and public supervision: import filings, publish evaluations, audit log',
    importTitle: 'Import a filing file',
    importHint: 'XLSX and CSV (UTF-8 or GB18030) are supported. Use the template’s column names; each file at most 5 MB. Run a trial import first to see the row-by-row report, then import for real.',
    chooseFile: 'Choose file',
    chosen: 'Chosen: {name}',
    h5Only: 'Please open the regulator desk in a computer browser to import files.',
    dryRun: 'Trial import',
    commit: 'Import',
    committed: 'Written: all {total} rows processed.',
    summary: '{new} new · {changed} changed · {unchanged} unchanged · {revoked} revoked · {rejected} rejected · {unlocated} awaiting a location',
    issue: 'Row {line}, {column} “{value}”: {message}',
    evaluationTitle: 'Publish a quality evaluation',
    institutionId: 'Institution ID (e.g. hb-0012)',
    evaluatedOn: 'Evaluation date (YYYY-MM-DD)',
    evaluator: 'Evaluating body',
    score: '{name} (out of {max})',
    rectificationItem: 'Item to rectify (optional)',
    rectificationDue: 'Rectification deadline (YYYY-MM-DD)',
    publish: 'Publish',
    published: 'Published; the institution page is updated.',
    auditTitle: 'Audit log',
    auditLine: '{at} {actor} ({department}) {kind} {institution}',
    auditEmpty: 'No entries yet'
  },
  changesTitle: 'Change record',
  changeLine: '{date} {actor}: {what}',
  inspectionsTitle: 'Inspections',
  inspectionKind: { health_care: 'Health and hygiene', food_safety: 'Food safety', fire: 'Fire safety', other: 'Other' },
  inspectionResult: { passed: 'Passed', findings: 'Issues found', failed: 'Failed' },
  inspectionLine: '{date} {kind} inspection ({department}): {result}',
  nextInspection: 'Next inspection: {date}',
  rectificationDue: 'Rectification: {item}, due by {due}',
  rectificationClosed: 'Rectification: {item}, closed on {date}'
}

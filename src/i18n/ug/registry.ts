import type { ChangeKind } from '../../domain/finder/finder-enums'
import type { ImportIssueCode } from '../../domain/registry/filing-import-rules'

/**
 * What regulators and parents read about filings, evaluations, inspections and the change record. The filing
 * file itself uses the Chinese template values, so the import messages quote one or two of them as examples.
 */
export const registry = {
  importIssue: {
    required: 'تولدۇرۇلۇشى زۆرۈر تۈر بوش',
    formula: 'كاتەكچە فورمۇلا ياكى = + - @ بىلەن باشلانغان، قىممەت سۈپىتىدە چاپلاپ ئاندىن قايتا كىرگۈزۈڭ',
    markup: 'رۇخسەت قىلىنمايدىغان ھەرپ بار (< > ياكى كونترول ھەرپى)',
    too_long: 'مەزمۇن بەك ئۇزۇن (ئەڭ كۆپ بولسا 200 ھەرپ)',
    bad_date: 'چېسلا شەكلى خاتا، 2024-03-05 شەكلىدە بولۇشى كېرەك',
    future_date: 'چېسلا بۈگۈندىن كېيىن',
    bad_credit_code: 'بىرلىككە كەلگەن ئىجتىمائىي ئىناۋەت كودى 18 خانىلىق سان ياكى چوڭ ھەرپ بولۇشى كېرەك',
    unknown_operator_kind: 'ئاچقۇچى ئەندىزىدىكى يەتتە قىممەتنىڭ بىرى بولۇشى كېرەك (مەسىلەن 公办، 民办)',
    unknown_district: 'بۇ رايوننىڭ ناھىيەسى ئەمەس',
    unknown_service_type: 'مۇلازىمەت تۈرى ئەندىزىدىكى تۆت قىممەتنىڭ بىرى ياكى بىر نەچچىسى بولۇشى كېرەك (مەسىلەن 全日托)، 、 بىلەن ئايرىلىدۇ',
    bad_yes_no: '是 (ھەئە) ياكى 否 (ياق) دەپ تولدۇرۇڭ',
    bad_number: 'ئىناۋەتلىك كوئوردىنات قىممىتى ئەمەس',
    coordinates_incomplete: 'ئۇزۇنلۇق بىلەن كەڭلىك بىرلىكتە تولدۇرۇلۇشى كېرەك',
    datum_required: 'كوئوردىنات تولدۇرۇلغاندا كوئوردىنات سىستېمىسى (GCJ-02 ياكى WGS-84) ئەسكەرتىلىشى كېرەك',
    unknown_datum: 'كوئوردىنات سىستېمىسى GCJ-02 ياكى WGS-84 بولۇشى كېرەك',
    outside_region: 'كوئوردىنات بۇ رايون دائىرىسىدە ئەمەس، ئۇزۇنلۇق بىلەن كەڭلىك ئالمىشىپ قالغان-قالمىغانلىقىنى تەكشۈرۈڭ',
    unknown_status: 'خاتىرىلەش ھالىتى 正常 (نورمال)، 暂停 (ۋاقىتلىق توختىتىلغان) ياكى 注销 (بىكار قىلىنغان) بولۇشى كېرەك',
    status_date_required: 'ۋاقىتلىق توختىتىلغان ياكى بىكار قىلىنغان بولسا ھالەت چېسلاسى تولدۇرۇلۇشى كېرەك',
    duplicate_in_file: 'ئوخشاش خاتىرە نومۇرى ھۆججەتتە بىر قېتىمدىن كۆپ كۆرۈلگەن',
    revoked_is_final: 'بۇ ئورگاننىڭ خاتىرىسى بىكار قىلىنغان، كىرگۈزۈش ئارقىلىق ئەسلىگە كەلتۈرگىلى بولمايدۇ'
  } satisfies Record<ImportIssueCode, string>,
  unreadable: {
    notSpreadsheet: 'ھۆججەت بۇزۇلغان ياكى XLSX جەدۋىلى ئەمەس',
    noSheet: 'جەدۋەلدە خىزمەت جەدۋىلى يوق',
    noHeader: '1-قۇردا ئەندىزە ماۋزۇلىرى ({columns}) تېپىلمىدى، كودلىنىشى خاتا ياكى خاتىرىلەش ئېكسپورت ھۆججىتى ئەمەس بولۇشى مۇمكىن',
    missingColumns: 'زۆرۈر ستونلار كەم: {columns}',
    csvSyntax: 'CSV نىڭ {line}-قۇرىنىڭ شەكلى خاتا (تىرناق ياكى ستون سانى توغرا ئەمەس)',
    tooManyRows: 'قۇر سانى {max} دىن ئېشىپ كەتتى، ھۆججەتنى بۆلۈپ ئاندىن كىرگۈزۈڭ',
    empty: 'ھۆججەتتە سانلىق مەلۇمات قۇرى يوق'
  },
  changeKind: {
    filed: 'خاتىرىلەش تىزىملىتىلدى',
    details_changed: 'خاتىرىلەش ئۇچۇرى ئۆزگەرتىلدى',
    suspended: 'ۋاقىتلىق توختىتىلدى',
    revoked: 'خاتىرە بىكار قىلىندى',
    reinstated: 'نورمالغا قايتتى',
    evaluation_published: 'سۈپەت باھالاش نەتىجىسى ئېلان قىلىندى',
    rectification_followed_up: 'تۈزىتىشنىڭ ئىز قوغلىنىشى خاتىرىلەندى',
    rectification_closed: 'تۈزىتىش تاماملاندى',
    inspection_recorded: 'نازارەت تەكشۈرۈشى خاتىرىلەندى',
    enforcement_recorded: 'قانۇن ئىجرا قىلىش خاتىرىلەندى',
    vacancies_updated: 'بوش ئورۇن يېڭىلاندى',
    vacancies_confirmed: 'بوش ئورۇن ئۇچۇرىنىڭ يەنىلا توغرىلىقى جەزملەشتۈرۈلدى'
  } satisfies Record<ChangeKind, string>,
  field: {
    name: 'ئورگان نامى',
    districtCode: 'تۇرۇشلۇق ناھىيە',
    address: 'ئادرېس',
    phone: 'تېلېفون',
    operatorKind: 'ئاچقۇچى',
    serviceTypes: 'مۇلازىمەت تۈرى',
    isAffordable: 'ئومۇمىي مەنپەئەت',
    location: 'ئورنى',
    filingNumber: 'خاتىرە نومۇرى',
    receiptDate: 'خاتىرە تالونى چېسلاسى',
    registrationAuthority: 'تىزىملاش ئورگىنى',
    creditCode: 'بىرلىككە كەلگەن ئىجتىمائىي ئىناۋەت كودى'
  } as Record<string, string>,
  standing: {
    suspended: 'بۇ ئورگاننىڭ خاتىرىسى {date} دا ۋاقىتلىق توختىتىلغان: {reason}',
    revoked: 'بۇ ئورگاننىڭ خاتىرىسى {date} دا بىكار قىلىنغان، ئەمدى يەسلى مۇلازىمىتى بەرمەيدۇ: {reason}',
    unlocated: 'ئورنىنى نازارەت تارمىقى تېخى بەلگىلىمىدى، ھازىرچە ئارىلىق بويىچە ئىزدەشكە قاتناشمايدۇ.'
  },
  importIssueLine: '{line}-قۇر {column} «{value}»: {message}',
  importSummary: '{mode}: يېڭى {new}، ئۆزگەرگەن {changed}، ئۆزگەرمىگەن {unchanged}، بىكار قىلىنغان {revoked}، رەت قىلىنغان {rejected}، ئورنى بەلگىلىنىشنى كۈتۈۋاتقان {unlocated}',
  importDryRun: 'سىناق كىرگۈزۈش (يېزىلمىدى)',
  importCommitted: 'كىرگۈزۈلدى',
  console: {
    title: 'خاتىرىلەش ۋە نازارەت ئاشكارىلىقى',
    entry: 'خاتىرىلەش ۋە نازارەت ئاشكارىلىقى: خاتىرە كىرگۈزۈش، باھالاش ئېلان قىلىش، تەپتىش خاتىرىسى',
    importTitle: 'خاتىرىلەش ھۆججىتى كىرگۈزۈش',
    importHint: 'XLSX ۋە CSV (UTF-8 ياكى GB18030) قوللىنىدۇ، ئەندىزىدىكى ستون ناملىرى بويىچە تولدۇرۇڭ، ھەر بىر ھۆججەت 5 MB دىن ئاشمىسۇن. ئاۋۋال سىناق كىرگۈزۈپ قۇرمۇقۇر دوكلاتنى كۆرۈڭ، خاتالىق بولمىسا ئاندىن رەسمىي كىرگۈزۈڭ.',
    chooseFile: 'ھۆججەت تاللاش',
    chosen: 'تاللاندى: {name}',
    h5Only: 'ھۆججەت كىرگۈزۈش ئۈچۈن نازارەت خىزمەت سۇپىسىنى كومپيۇتېر تور كۆرگۈچىسىدە ئېچىڭ.',
    dryRun: 'سىناق كىرگۈزۈش',
    commit: 'رەسمىي كىرگۈزۈش',
    committed: 'يېزىلدى، جەمئىي {total} قۇر بىر تەرەپ قىلىندى.',
    summary: 'يېڭى {new} · ئۆزگەرگەن {changed} · ئۆزگەرمىگەن {unchanged} · بىكار قىلىنغان {revoked} · رەت قىلىنغان {rejected} · ئورنى بەلگىلىنىشنى كۈتۈۋاتقان {unlocated}',
    issue: '{line}-قۇر {column} «{value}»: {message}',
    evaluationTitle: 'سۈپەت باھالاش ئېلان قىلىش',
    institutionId: 'ئورگان نومۇرى (مەسىلەن hb-0012)',
    evaluatedOn: 'باھالاش چېسلاسى (YYYY-MM-DD)',
    evaluator: 'باھالىغان ئورگان',
    score: '{name} (تولۇق نومۇر {max})',
    rectificationItem: 'تۈزىتىدىغان ئىش (بوش قالسا بولىدۇ)',
    rectificationDue: 'تۈزىتىش مۆھلىتى (YYYY-MM-DD)',
    publish: 'ئېلان قىلىش',
    published: 'ئېلان قىلىندى، ئورگان بېتى يېڭىلاندى.',
    auditTitle: 'تەپتىش خاتىرىسى',
    auditLine: '{at} {actor} ({department}) {kind} {institution}',
    auditEmpty: 'ھازىرچە خاتىرە يوق'
  },
  changesTitle: 'ئۆزگىرىش خاتىرىسى',
  changeLine: '{date} {actor}: {what}',
  inspectionsTitle: 'نازارەت تەكشۈرۈشى',
  inspectionKind: { health_care: 'تازىلىق ۋە ساقلىق', food_safety: 'يېمەكلىك بىخەتەرلىكى', fire: 'ئوت مۇداپىئە', other: 'باشقا' },
  inspectionResult: { passed: 'لاياقەتلىك', findings: 'مەسىلە بايقالدى', failed: 'لاياقەتسىز' },
  inspectionLine: '{date} {kind} تەكشۈرۈشى ({department}): {result}',
  nextInspection: 'كېيىنكى تەكشۈرۈش: {date}',
  rectificationDue: 'تۈزىتىش: {item}، {due} دىن بۇرۇن تاماملىنىدۇ',
  rectificationClosed: 'تۈزىتىش: {item}، {date} دا تاماملانغان'
}

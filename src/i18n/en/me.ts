export const me = {
  title: 'Me',
  language: 'Language',
  languageHint: 'Pages and the messages sent to you use this language.',
  settings: 'Settings',
  elderMode: 'Large text mode',
  elderModeHint: 'Bigger text and buttons, easier for grandparents.',
  elderModeOn: 'Large text mode on',
  elderModeOff: 'Large text mode off',
  about: 'About Tuoyu Tong',
  aboutText: 'Tuoyu Tong helps families with children under 3 find filed childcare institutions, read their public disclosures, evaluation results and fees, and work out the cost after childcare subsidies.',
  sampleTitle: 'About the sample data',
  privacyTitle: 'Privacy',
  privacyLocation: 'Location: read only when you tap “Use my location”, to find institutions by distance; never stored on the server.',
  privacyDevice: 'Saved institutions, comparisons and settings stay on your phone.',
  privacyChildren: 'This page collects no personal information about children.',
  compareEntry: 'Compare institutions ({count})',
  favouritesEntry: 'Saved institutions ({count})'
} as const

export const favourites = {
  title: 'Saved institutions',
  count: '{count} institutions saved',
  remove: 'Remove',
  removed: 'Removed from saved',
  emptyTitle: 'No saved institutions yet',
  emptyHint: 'Tap “Save” on an institution’s page to find it here next time.',
  goFind: 'Find care',
  compareEntry: 'Compare ({count})',
  savedOn: 'Saved on {date}'
} as const

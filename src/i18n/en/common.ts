export const common = {
  appName: 'Tuoyu Tong',
  sampleData: 'Sample data',
  sampleDataNote: 'This is sample data: institution names and details are fictional and shown for demonstration only.',
  loading: 'Loading…',
  retry: 'Retry',
  loadMore: 'Load more',
  loadingMore: 'Loading…',
  loadMoreFailed: 'Could not load more: {message}',
  addressCopied: 'Address copied: paste it into a map app to navigate',
  unknown: 'Not disclosed',
  yes: 'Yes',
  readAloud: 'Read aloud',
  readAloudStop: 'Stop reading',
  no: 'No'
} as const

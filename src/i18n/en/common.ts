export const common = {
  appName: 'Tuoyu Tong',
  sampleData: 'Sample data',
  sampleDataNote: 'This is sample data: institution names and details are fictional and shown for demonstration only.',
  loading: 'Loading…',
  loadMore: 'Load more',
  loadingMore: 'Loading…',
  loadMoreFailed: 'Could not load more: {message}',
  retry: 'Retry',
  addressCopied: 'Address copied: paste it into a map app to navigate',
  unknown: 'Not disclosed',
  yes: 'Yes',
  no: 'No'
} as const

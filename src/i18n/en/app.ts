export const app = {
  tabFinder: 'Find care',
  tabGuidance: 'Parenting',
  tabFavourites: 'Saved',
  tabMe: 'Me',
  titleInstitution: 'Institution',
  titleCompare: 'Compare',
  locationPurpose: 'Used to find filed childcare institutions near you',
  notFound: 'We can’t find this page. The link may be wrong or the page has moved.',
  backHome: 'Back to the Tuoyu Tong home page'
} as const

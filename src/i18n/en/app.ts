export const app = {
  tabFinder: 'Find care',
  tabFavourites: 'Saved',
  tabMe: 'Me',
  titleInstitution: 'Institution',
  titleCompare: 'Compare',
  locationPurpose: 'Used to find filed childcare institutions near you'
} as const

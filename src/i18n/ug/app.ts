export const app = {
  tabFinder: 'ئىزدەش',
  tabFavourites: 'ساقلانغان',
  tabMe: 'مەن',
  titleInstitution: 'ئورگان تەپسىلاتى',
  titleCompare: 'سېلىشتۇرۇش',
  locationPurpose: 'يېنىڭىزدىكى خاتىرىلەنگەن يەسلى ئورگانلىرىنى ئىزدەشكە ئىشلىتىلىدۇ'
} as const

export const app = {
  tabFinder: 'ئىزدەش',
  tabGuidance: 'تەربىيە',
  tabFavourites: 'ساقلانغان',
  tabMe: 'مەن',
  titleInstitution: 'ئورگان تەپسىلاتى',
  titleCompare: 'سېلىشتۇرۇش',
  locationPurpose: 'يېنىڭىزدىكى خاتىرىلەنگەن يەسلى ئورگانلىرىنى ئىزدەشكە ئىشلىتىلىدۇ',
  notFound: 'بۇ بەت تېپىلمىدى. ئۇلانما خاتا ياكى بەت يۆتكەلگەن بولۇشى مۇمكىن.',
  backHome: 'تۇئويۇتوڭ باش بېتىگە قايتىش'
} as const

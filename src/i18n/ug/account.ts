export const account = {
  sampleUser: {
    parent: 'ئۈلگە ئاتا-ئانا',
    institution_staff: 'ئۈلگە ئورگان خىزمەتچىسى',
    regulator: 'ئۈلگە نازارەتچى',
    operator: 'ئۈلگە يۈرگۈزگۈچى خادىم'
  },
  wechatUser: 'ئۈندىدار ئىشلەتكۈچىسى',
  phoneUser: 'يانفون ئىشلەتكۈچىسى',
  kind: {
    operator: 'يۈرگۈزگۈچى خادىم',
    regulator: 'نازارەتچى خادىم',
    institution_owner: 'ئورگان مەسئۇلى',
    institution_staff: 'ئورگان خىزمەتچىسى'
  },
  scope: {
    operator: 'تۇئويۇتوڭ يۈرگۈزۈش'
  },
  ui: {
    cardTitle: 'ھېساباتىم',
    signedInAs: 'كىردىڭىز: {name}',
    via: {
      sms: 'يانفون نومۇرى {phone}',
      wechat: 'ئۈندىدار',
      wechat_web: 'ئۈندىدار (تور بەت ھوقۇقى)',
      dev: 'سىناق ھېساباتى'
    },
    viaLabel: 'كىرىش ئۇسۇلى: {how}',
    actingAs: 'ھازىرقى سالاھىيەت: {hat}',
    parentHat: 'ئاتا-ئانا',
    hatOf: '{scope} {kind}',
    readOnly: '(پەقەت ئوقۇش)',
    switchTitle: 'سالاھىيەت ئالماشتۇرۇش',
    switchTo: '«{hat}» سالاھىيىتىدە ئىشلىتىش',
    switched: '{hat} غا ئالماشتۇرۇلدى',
    signOut: 'چېكىنىش',
    signOutEverywhere: 'بارلىق ئۈسكۈنىلەردىن چېكىنىش',
    signedOut: 'چېكىندىڭىز',
    signedOutEverywhere: 'بارلىق ئۈسكۈنىلەردىن چېكىندىڭىز',
    notSignedIn: 'تېخى كىرمىدىڭىز. كىرگەندىن كېيىن بەلگىلەش، بالا ئۇچۇرى قوشۇش ۋە شىكايەت قىلىشقا بولىدۇ.',
    phoneTitle: 'يانفون نومۇرى بىلەن كىرىش',
    phoneLabel: 'يانفون نومۇرى',
    phonePlaceholder: '11 خانىلىق يانفون نومۇرىنى كىرگۈزۈڭ',
    codeLabel: 'دەلىللەش كودى',
    codePlaceholder: '6 خانىلىق سان',
    sendCode: 'دەلىللەش كودىنى ئېلىش',
    resendIn: '{seconds} سېكۇنتتىن كېيىن قايتا ئالغىلى بولىدۇ',
    codeSent: 'دەلىللەش كودى {phone} غا ئەۋەتىلدى، 5 مىنۇت ئىچىدە ئىناۋەتلىك',
    phoneSignIn: 'كىرىش',
    wechatWeb: 'ئۈندىدار بىلەن كىرىش',
    invitationTitle: 'تەكلىپ كودىنى كىرگۈزۈش',
    invitationHint: 'ئورگان مەسئۇلى، خىزمەتچىلەر ۋە نازارەتچى خادىملار تەكلىپ كودى بىلەن قوشۇلىدۇ. تەكلىپ كودى 7 كۈن ئىچىدە ئىناۋەتلىك، پەقەت بىر قېتىملا ئىشلىتىلىدۇ.',
    invitationPlaceholder: 'مەسىلەن ABCD-EFGH-JKMN',
    redeem: 'تەكلىپنى قوبۇل قىلىش',
    redeemed: 'قوشۇلدىڭىز: {hat}',
    redeemSignInFirst: 'ئاۋۋال كىرىڭ، ئاندىن تەكلىپنى قوبۇل قىلىڭ.'
  },
  audit: {
    invite: 'تەكلىپ ئەۋەتىلدى: {scope} {kind}',
    withdraw: 'تەكلىپ قايتۇرۇۋېلىندى: {scope} {kind}',
    redeem: 'تەكلىپ قوبۇل قىلىندى، {scope} {kind} بولدى',
    remove: 'ئەزا چىقىرىۋېتىلدى: {scope} {kind}',
    signOutEverywhere: 'بارلىق ئۈسكۈنىلەردىن چېكىندى ({count} كىرىش ئاخىرلاشتى)'
  }
} as const

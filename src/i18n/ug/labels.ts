export const labels = {
  serviceType: {
    full_day: 'پۈتۈن كۈنلۈك',
    half_day: 'يېرىم كۈنلۈك',
    hourly: 'سائەتلىك',
    temporary: 'ۋاقىتلىق'
  },
  ageBand: {
    infant: 'بوۋاقلار سىنىپى',
    toddler: 'كىچىك سىنىپ',
    preschool: 'چوڭ سىنىپ',
    mixed: 'ئارىلاش ياش سىنىپى'
  },
  ageBandRange: {
    infant: '6–12 ئاي',
    toddler: '12–24 ئاي',
    preschool: '24–36 ئاي',
    mixed: '18 ئايدىن يۇقىرى'
  },
  operatorKind: {
    public: 'ھۆكۈمەت ئاچقان',
    private: 'خەلق ئاچقان',
    public_run_by_private: 'ھۆكۈمەت قۇرۇپ خەلق باشقۇرغان',
    private_with_public_aid: 'ھۆكۈمەت ياردىمىدىكى خەلق',
    employer: 'ئورۇن ئاچقان',
    kindergarten_class: 'يەسلى سىنىپى (باغچىدا)',
    community_point: 'مەھەللە يەسلى نۇقتىسى'
  },
  grade: {
    A: 'A دەرىجە',
    B: 'B دەرىجە',
    C: 'C دەرىجە',
    D: 'D دەرىجە'
  },
  sort: {
    distance: 'ئەڭ يېقىن',
    grade: 'باھالاش دەرىجىسى',
    fee: 'ئەڭ ئەرزان'
  },
  feeUnit: {
    month: '/ئاي',
    hour: '/سائەت',
    day: '/كۈن',
    session: '/قېتىم'
  },
  disclosureSection: {
    fees: 'ھەق',
    care: 'بېقىش ۋە كۆيۈنۈش',
    meals: 'يېمەك-ئىچمەك ۋە ئوزۇقلۇق',
    health: 'تازىلىق ۋە ساقلىق',
    safety: 'بىخەتەرلىك ۋە قوغداش',
    staff: 'خادىم سالاھىيىتى'
  },
  disclosureItem: {
    fee_schedule: 'ھەق تۈرلىرى ۋە ئۆلچىمى',
    refund_policy: 'ھەق قايتۇرۇش چارىسى',
    affordable_price_approval: 'ئومۇمىي مەنپەئەت باھاسىنى بېكىتىش',
    daily_routine: 'بىر كۈنلۈك تۇرمۇش ئورۇنلاشتۇرۇشى',
    care_plan: 'بېقىش ۋە كۆيۈنۈش پىلانى',
    parent_communication: 'ئائىلە بىلەن ئالاقە شەكلى',
    weekly_menu: 'ھەپتىلىك تاماق تىزىملىكى',
    food_supplier: 'يېمەكلىك تەمىنلىگۈچى',
    allergy_handling: 'ئاللېرگىيىلىك بالىلارنىڭ تامىقى',
    health_check_on_entry: 'كىرىشتىكى سالامەتلىك تەكشۈرۈش تەلىپى',
    disinfection_records: 'دېزىنفېكسىيە خاتىرىسى',
    illness_policy: 'كېسەل بالىلارنى بىر تەرەپ قىلىش چارىسى',
    monitoring_24h: '24 سائەتلىك سىنلىق كۆزىتىش',
    video_retention: 'سىن ساقلاش مۇددىتى',
    one_key_alarm: 'بىر كۇنۇپكىلىق ساقچىغا خەۋەر',
    liability_insurance: 'مەسئۇلىيەت سۇغۇرتىسى',
    fire_inspection: 'ئوت مۇداپىئە تەكشۈرۈشى',
    staff_roster: 'خىزمەتچىلەر تىزىملىكى',
    caregiver_certificates: 'بالا باققۇچىلارنىڭ سالاھىيەت كىنىشكىسى',
    background_checks: 'خادىملارنىڭ ئارقا كۆرۈنۈش تەكشۈرۈشى'
  },
  evaluationDimension: {
    conditions: 'ئېچىش شارائىتى',
    staffing: 'يەسلى قوشۇنى',
    care: 'بېقىش ۋە كۆيۈنۈش',
    health: 'تازىلىق ۋە ساقلىق',
    family_support: 'بېقىشقا ياردەم',
    safety: 'بىخەتەرلىك كاپالىتى',
    management: 'ئورگان باشقۇرۇشى'
  },
  rectification: {
    none: 'تۈزىتىش كېرەك ئەمەس',
    required: 'تۈزىتىش كېرەك',
    in_progress: 'تۈزىتىلىۋاتىدۇ',
    completed: 'تۈزىتىش تاماملانغان'
  },
  enforcementKind: {
    warning: 'ئاگاھلاندۇرۇش',
    rectification_order: 'تۈزىتىشكە بۇيرۇش',
    fine: 'جەرىمانە',
    suspension: 'ۋاقىتلىق توختىتىش',
    revocation: 'خاتىرىنى بىكار قىلىش'
  },
  weekday: {
    d1: 'دۈشەنبە',
    d2: 'سەيشەنبە',
    d3: 'چارشەنبە',
    d4: 'پەيشەنبە',
    d5: 'جۈمە',
    d6: 'شەنبە',
    d7: 'يەكشەنبە'
  }
} as const

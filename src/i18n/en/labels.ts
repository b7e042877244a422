export const labels = {
  serviceType: {
    full_day: 'Full-day care',
    half_day: 'Half-day care',
    hourly: 'Hourly care',
    temporary: 'Temporary care'
  },
  ageBand: {
    infant: 'Infant class',
    toddler: 'Toddler class',
    preschool: 'Older toddler class',
    mixed: 'Mixed-age class'
  },
  ageBandRange: {
    infant: '6–12 months',
    toddler: '12–24 months',
    preschool: '24–36 months',
    mixed: '18 months and up'
  },
  operatorKind: {
    public: 'Public',
    private: 'Private',
    public_run_by_private: 'Public, privately run',
    private_with_public_aid: 'Private with public aid',
    employer: 'Employer-run',
    kindergarten_class: 'Kindergarten nursery class',
    community_point: 'Community childcare point'
  },
  grade: {
    A: 'Grade A',
    B: 'Grade B',
    C: 'Grade C',
    D: 'Grade D'
  },
  sort: {
    distance: 'Nearest',
    grade: 'Grade',
    fee: 'Lowest fee'
  },
  feeUnit: {
    month: '/month',
    hour: '/hour',
    day: '/day',
    session: '/session'
  },
  disclosureSection: {
    fees: 'Fees',
    care: 'Care',
    meals: 'Meals and nutrition',
    health: 'Health and hygiene',
    safety: 'Safety and security',
    staff: 'Staff qualifications'
  },
  disclosureItem: {
    fee_schedule: 'Fee items and rates',
    refund_policy: 'Refund policy',
    affordable_price_approval: 'Approved affordable-care price',
    daily_routine: 'Daily routine',
    care_plan: 'Care plan',
    parent_communication: 'How the institution keeps in touch with parents',
    weekly_menu: 'Weekly menu',
    food_supplier: 'Food suppliers',
    allergy_handling: 'Meals for children with allergies',
    health_check_on_entry: 'Health check on entry',
    disinfection_records: 'Disinfection records',
    illness_policy: 'What happens when a child is ill',
    monitoring_24h: '24-hour video monitoring',
    video_retention: 'How long video is kept',
    one_key_alarm: 'One-key alarm',
    liability_insurance: 'Liability insurance',
    fire_inspection: 'Fire safety inspection',
    staff_roster: 'Staff list',
    caregiver_certificates: 'Caregiver certificates',
    background_checks: 'Staff background checks'
  },
  evaluationDimension: {
    conditions: 'Facilities',
    staffing: 'Staff',
    care: 'Care',
    health: 'Health and hygiene',
    family_support: 'Support for families',
    safety: 'Safety',
    management: 'Management'
  },
  rectification: {
    none: 'No rectification needed',
    required: 'Rectification required',
    in_progress: 'Rectification under way',
    completed: 'Rectification completed'
  },
  enforcementKind: {
    warning: 'Warning',
    rectification_order: 'Order to rectify',
    fine: 'Fine',
    suspension: 'Suspended',
    revocation: 'Filing revoked'
  },
  weekday: {
    d1: 'Mon',
    d2: 'Tue',
    d3: 'Wed',
    d4: 'Thu',
    d5: 'Fri',
    d6: 'Sat',
    d7: 'Sun'
  }
} as const

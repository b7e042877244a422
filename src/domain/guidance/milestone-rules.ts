import { MAX_GUIDANCE_AGE_MONTHS, type DevelopmentDomain } from './article-schema'

export { ageInMonths } from '../family/child-rules'

/**
 * What most children do by each three-month band, in the five developmental domains. `latestMonths` is set
 * where not doing it by then is a warning sign in the national 儿童心理行为发育问题预警征象筛查表 (国家基本公共
 * 卫生服务规范（第三版）): the page advises seeing 儿保 if it has not happened by that age. Texts are
 * `guidance.milestone.<id>` in the catalogue.
 */
export const MILESTONES = [
  { id: 'm0_physical_checks', fromMonths: 0, domain: 'physical' },
  { id: 'm0_motor_lift_head', fromMonths: 0, domain: 'motor', latestMonths: 3 },
  { id: 'm0_language_sounds', fromMonths: 0, domain: 'language', latestMonths: 3 },
  { id: 'm0_language_startle', fromMonths: 0, domain: 'language', latestMonths: 3 },
  { id: 'm0_cognitive_tracks', fromMonths: 0, domain: 'cognitive', latestMonths: 3 },
  { id: 'm0_social_smile', fromMonths: 0, domain: 'social_emotional', latestMonths: 3 },
  { id: 'm3_physical_growth', fromMonths: 3, domain: 'physical' },
  { id: 'm3_motor_forearms', fromMonths: 3, domain: 'motor' },
  { id: 'm3_motor_reach', fromMonths: 3, domain: 'motor', latestMonths: 6 },
  { id: 'm3_motor_hands_open', fromMonths: 3, domain: 'motor', latestMonths: 6 },
  { id: 'm3_motor_supported_sit', fromMonths: 3, domain: 'motor', latestMonths: 6 },
  { id: 'm3_language_laugh', fromMonths: 3, domain: 'language', latestMonths: 6 },
  { id: 'm3_cognitive_sound_source', fromMonths: 3, domain: 'cognitive' },
  { id: 'm3_social_familiar', fromMonths: 3, domain: 'social_emotional' },
  { id: 'm6_physical_first_foods', fromMonths: 6, domain: 'physical' },
  { id: 'm6_motor_sit', fromMonths: 6, domain: 'motor', latestMonths: 8 },
  { id: 'm6_motor_transfer', fromMonths: 6, domain: 'motor', latestMonths: 8 },
  { id: 'm6_language_babble', fromMonths: 6, domain: 'language', latestMonths: 8 },
  { id: 'm6_cognitive_find_hidden', fromMonths: 6, domain: 'cognitive' },
  { id: 'm6_social_strangers', fromMonths: 6, domain: 'social_emotional', latestMonths: 8 },
  { id: 'm9_physical_textures', fromMonths: 9, domain: 'physical' },
  { id: 'm9_motor_pull_to_stand', fromMonths: 9, domain: 'motor', latestMonths: 12 },
  { id: 'm9_motor_pincer', fromMonths: 9, domain: 'motor', latestMonths: 12 },
  { id: 'm9_language_name', fromMonths: 9, domain: 'language', latestMonths: 12 },
  { id: 'm9_cognitive_imitate_gestures', fromMonths: 9, domain: 'cognitive', latestMonths: 12 },
  { id: 'm9_social_shared_attention', fromMonths: 9, domain: 'social_emotional' },
  { id: 'm12_physical_family_table', fromMonths: 12, domain: 'physical' },
  { id: 'm12_motor_first_steps', fromMonths: 12, domain: 'motor', latestMonths: 18 },
  { id: 'm12_language_mama_papa', fromMonths: 12, domain: 'language', latestMonths: 18 },
  { id: 'm12_cognitive_simple_requests', fromMonths: 12, domain: 'cognitive' },
  { id: 'm12_cognitive_cause_effect', fromMonths: 12, domain: 'cognitive' },
  { id: 'm12_social_eye_contact_gestures', fromMonths: 12, domain: 'social_emotional', latestMonths: 18 },
  { id: 'm15_physical_spoon', fromMonths: 15, domain: 'physical', latestMonths: 24 },
  { id: 'm15_motor_walk_steady', fromMonths: 15, domain: 'motor', latestMonths: 18 },
  { id: 'm15_language_point_on_request', fromMonths: 15, domain: 'language', latestMonths: 18 },
  { id: 'm15_cognitive_scribble_stack', fromMonths: 15, domain: 'cognitive' },
  { id: 'm15_social_imitate_chores', fromMonths: 15, domain: 'social_emotional' },
  { id: 'm18_physical_checkup', fromMonths: 18, domain: 'physical' },
  { id: 'm18_motor_stairs_run', fromMonths: 18, domain: 'motor', latestMonths: 24 },
  { id: 'm18_language_names_things', fromMonths: 18, domain: 'language', latestMonths: 24 },
  { id: 'm18_cognitive_simple_tasks', fromMonths: 18, domain: 'cognitive', latestMonths: 24 },
  { id: 'm18_social_pretend_start', fromMonths: 18, domain: 'social_emotional' },
  { id: 'm21_physical_brushing', fromMonths: 21, domain: 'physical' },
  { id: 'm21_motor_kick_throw', fromMonths: 21, domain: 'motor' },
  { id: 'm21_language_two_words', fromMonths: 21, domain: 'language' },
  { id: 'm21_cognitive_match', fromMonths: 21, domain: 'cognitive' },
  { id: 'm21_social_parallel_play', fromMonths: 21, domain: 'social_emotional' },
  { id: 'm24_physical_growth', fromMonths: 24, domain: 'physical' },
  { id: 'm24_motor_jump_try', fromMonths: 24, domain: 'motor', latestMonths: 36 },
  { id: 'm24_language_phrases', fromMonths: 24, domain: 'language', latestMonths: 30 },
  { id: 'm24_cognitive_sort', fromMonths: 24, domain: 'cognitive' },
  { id: 'm24_social_toilet_signal', fromMonths: 24, domain: 'social_emotional', latestMonths: 30 },
  { id: 'm27_physical_self_feeding', fromMonths: 27, domain: 'physical' },
  { id: 'm27_motor_run_steady', fromMonths: 27, domain: 'motor', latestMonths: 30 },
  { id: 'm27_language_pronouns', fromMonths: 27, domain: 'language' },
  { id: 'm27_cognitive_varied_play', fromMonths: 27, domain: 'cognitive', latestMonths: 30 },
  { id: 'm27_social_turns', fromMonths: 27, domain: 'social_emotional' },
  { id: 'm30_physical_checkup', fromMonths: 30, domain: 'physical' },
  { id: 'm30_motor_draw_circle', fromMonths: 30, domain: 'motor', latestMonths: 36 },
  { id: 'm30_language_own_name', fromMonths: 30, domain: 'language', latestMonths: 36 },
  { id: 'm30_cognitive_pretend', fromMonths: 30, domain: 'cognitive', latestMonths: 36 },
  { id: 'm30_social_feelings', fromMonths: 30, domain: 'social_emotional' },
  { id: 'm33_physical_checkup', fromMonths: 33, domain: 'physical' },
  { id: 'm33_motor_jump', fromMonths: 33, domain: 'motor', latestMonths: 36 },
  { id: 'm33_language_sentences', fromMonths: 33, domain: 'language' },
  { id: 'm33_cognitive_quantity', fromMonths: 33, domain: 'cognitive' },
  { id: 'm33_social_self_care', fromMonths: 33, domain: 'social_emotional' }
] as const satisfies readonly { id: string; fromMonths: number; domain: DevelopmentDomain; latestMonths?: number }[]

export type MilestoneId = (typeof MILESTONES)[number]['id']
interface Milestone {
  id: MilestoneId
  domain: DevelopmentDomain
  /** See a doctor if this has not happened by this age (a 预警征象 checkpoint), when the table names it. */
  latestMonths?: number
}

/**
 * 儿童心理行为发育问题预警征象筛查表, 3–36 months: at each checkpoint, any one of these signs is a reason to
 * have the child assessed at 儿童保健. Texts are `guidance.warningSign.<id>`.
 */
export const WARNING_SIGNS = {
  3: ['w3_no_response_loud_sound', 'w3_no_sound_or_smile', 'w3_no_gaze_or_tracking', 'w3_no_head_lift_prone'],
  6: ['w6_few_sounds_no_laugh', 'w6_no_reaching', 'w6_fists_stay_closed', 'w6_cannot_sit_supported'],
  8: ['w8_no_response_to_sound', 'w8_no_stranger_distinction', 'w8_no_hand_transfer', 'w8_cannot_sit_alone'],
  12: ['w12_no_response_to_name', 'w12_no_bye_or_welcome_gesture', 'w12_no_pincer_grasp', 'w12_cannot_stand_holding_on'],
  18: ['w18_no_mama_papa', 'w18_cannot_point_on_request', 'w18_no_eye_contact', 'w18_cannot_walk_alone'],
  24: ['w24_fewer_than_three_names', 'w24_cannot_follow_simple_task', 'w24_cannot_use_spoon', 'w24_cannot_climb_stairs_with_rail'],
  30: ['w30_no_short_phrases', 'w30_narrow_rigid_interests', 'w30_no_toilet_signal', 'w30_cannot_run'],
  36: ['w36_cannot_say_own_name', 'w36_no_pretend_play', 'w36_cannot_copy_circle', 'w36_cannot_jump_both_feet']
} as const

type WarningCheckpoint = keyof typeof WARNING_SIGNS
export type WarningSignId = (typeof WARNING_SIGNS)[WarningCheckpoint][number]
export const WARNING_CHECKPOINTS = Object.keys(WARNING_SIGNS).map(Number).sort((a, b) => a - b) as WarningCheckpoint[]

interface WarningSignCheck {
  atMonths: WarningCheckpoint
  signIds: readonly WarningSignId[]
}

interface MonthGuide {
  ageMonths: number
  /** The three-month band this age falls in, e.g. 12–15. */
  fromMonths: number
  toMonths: number
  milestones: Milestone[]
  /** The latest checkpoint reached: any of these signs present now means seeing 儿保. Null before 3 months. */
  warningSigns: WarningSignCheck | null
  /** The next checkpoint, to watch for; null at 36 months. */
  nextWarningSigns: WarningSignCheck | null
}

const BAND_MONTHS = 3

const check = (atMonths: WarningCheckpoint): WarningSignCheck => ({ atMonths, signIds: WARNING_SIGNS[atMonths] })

/** The milestones of the child's three-month band, with the warning signs of the checkpoint just reached. */
export function milestonesForAge(ageMonths: number): MonthGuide {
  if (!Number.isInteger(ageMonths) || ageMonths < 0 || ageMonths > MAX_GUIDANCE_AGE_MONTHS) {
    throw new RangeError(`milestones cover 0–${MAX_GUIDANCE_AGE_MONTHS} months, not ${ageMonths}`)
  }
  const fromMonths = Math.min(Math.floor(ageMonths / BAND_MONTHS) * BAND_MONTHS, MAX_GUIDANCE_AGE_MONTHS - BAND_MONTHS)
  const milestones = MILESTONES.filter((milestone) => milestone.fromMonths === fromMonths).map(
    (milestone): Milestone => ('latestMonths' in milestone ? { id: milestone.id, domain: milestone.domain, latestMonths: milestone.latestMonths } : { id: milestone.id, domain: milestone.domain })
  )
  const reached = WARNING_CHECKPOINTS.filter((months) => months <= ageMonths)
  const upcoming = WARNING_CHECKPOINTS.find((months) => months > ageMonths)
  const latest = reached[reached.length - 1]
  return {
    ageMonths,
    fromMonths,
    toMonths: fromMonths + BAND_MONTHS,
    milestones,
    warningSigns: latest === undefined ? null : check(latest),
    nextWarningSigns: upcoming === undefined ? null : check(upcoming)
  }
}

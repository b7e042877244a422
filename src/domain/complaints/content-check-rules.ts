/**
 * Content checks never reject: a complaint about abuse may well quote a threat, so text that looks risky goes
 * to a person for review before anyone acts on it, and the complaint is kept either way. On WeChat the
 * platform's msgSecCheck is asked too (flag `platform`); the local patterns below run everywhere.
 */
const LOCAL_FLAGS = ['threat', 'insult', 'advertising', 'id_number'] as const
type LocalFlag = (typeof LOCAL_FLAGS)[number]
export type ContentFlag = LocalFlag | 'platform'

export interface ContentVerdict {
  verdict: 'ok' | 'review'
  flags: ContentFlag[]
}

const PATTERNS: Record<LocalFlag, RegExp> = {
  threat: /(炸[死掉毁]|杀了|弄死|砍死|捅死|同归于尽|报复社会|放火烧)/,
  insult: /(傻[逼比屄Bb]|操你|草泥马|去死吧|王八蛋|贱人|狗东西)/i,
  advertising: /(https?:\/\/|www\.|加微信|加[vV]信|加[vV]\b|[vV][xX][:：]|代理加盟|兼职刷单|扫码领)/,
  // A national ID number belongs to someone; a regulator decides whether it may be kept in the file.
  id_number: /(?<!\d)\d{17}[\dXx](?!\d)/
}

export function checkContent(...texts: readonly string[]): ContentVerdict {
  const joined = texts.join('\n')
  const flags: ContentFlag[] = LOCAL_FLAGS.filter((flag) => PATTERNS[flag].test(joined))
  return { verdict: flags.length > 0 ? 'review' : 'ok', flags }
}

/** Adds the platform's opinion to the local one: either asking for review is enough. */
export function withPlatformVerdict(local: ContentVerdict, platform: 'pass' | 'review'): ContentVerdict {
  if (platform === 'pass') return local
  return { verdict: 'review', flags: [...local.flags, 'platform'] }
}

import type { RandomSource } from './random-source'

// GB 32100-2015: the 31 characters a 统一社会信用代码 may use, and the weights of its check character.
const USCC_CHARS = '0123456789ABCDEFGHJKLMNPQRTUWXY'
const USCC_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
// GB 11714-1997: the organisation code inside it carries its own check digit.
const ORG_WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2]

export function usccCheckCharacter(first17: string): string {
  let sum = 0
  for (let i = 0; i < 17; i++) sum += USCC_CHARS.indexOf(first17[i] ?? '0') * (USCC_WEIGHTS[i] ?? 0)
  return USCC_CHARS[(31 - (sum % 31)) % 31] ?? '0'
}

export function isValidCreditCode(code: string): boolean {
  return /^[0-9A-HJ-NPQRTUWXY]{18}$/.test(code) && usccCheckCharacter(code.slice(0, 17)) === code[17]
}

function organisationCode(rnd: RandomSource): string {
  const body = Array.from({ length: 8 }, () => String(rnd.int(0, 9))).join('')
  const sum = [...body].reduce((s, c, i) => s + Number(c) * (ORG_WEIGHTS[i] ?? 0), 0)
  const check = 11 - (sum % 11)
  return body + (check === 10 ? 'X' : check === 11 ? '0' : String(check))
}

/** A well-formed (fictional) code: registering department and kind, the division code, an organisation code. */
export function creditCode(departmentAndKind: string, divisionCode: string, rnd: RandomSource): string {
  const first17 = departmentAndKind + divisionCode + organisationCode(rnd)
  return first17 + usccCheckCharacter(first17)
}

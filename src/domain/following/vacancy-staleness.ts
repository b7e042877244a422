import type { Vacancy } from '../finder/institution-schema'
import { staleAfter, VACANCY_FRESH_DAYS } from '../finder/staleness-rules'

/** Whether the workspace should nudge staff: any vacancy report older than the days a parent trusts it. */
export function vacanciesNeedChecking(vacancies: readonly Vacancy[], today: string): boolean {
  return vacancies.some((v) => staleAfter(v.reportedOn, today, VACANCY_FRESH_DAYS))
}

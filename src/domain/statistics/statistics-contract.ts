import { action, PUBLIC, rolesOnly } from '../shared/action-spec'
import {
  departmentStatisticsInputSchema,
  departmentStatisticsOutputSchema,
  regionStatisticsInputSchema,
  regionStatisticsSchema
} from './statistics-schema'

export const statisticsContract = {
  region: action({
    summary: "A region's progress against its plan's targets: places per 1,000, 普惠 share, 示范, coverage, evaluations, complaints",
    input: regionStatisticsInputSchema,
    output: regionStatisticsSchema,
    access: PUBLIC
  }),
  departments: action({
    summary: "How each department of the regulator's region handles complaints, with monthly trends",
    input: departmentStatisticsInputSchema,
    output: departmentStatisticsOutputSchema,
    access: rolesOnly('regulator')
  })
}

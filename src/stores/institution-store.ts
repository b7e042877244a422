import { create } from 'zustand'
import type { InstitutionDetail } from '../domain/finder/institution-schema'
import { call } from '../services/api-client'
import { keptLoader } from '../components/shared/queries'

/**
 * Institutions opened in this visit, by id. The detail and compare pages share it, so going back and forth
 * between them does not refetch. Not persisted: disclosures and vacancies should be fresh each launch.
 */
interface InstitutionState {
  byId: Record<string, InstitutionDetail>
  load(id: string, options?: { refresh?: boolean }): Promise<InstitutionDetail>
}

const createInstitutionStore = () =>
  create<InstitutionState>()((set, get) => {
    const load = keptLoader(
      (id) => get().byId[id],
      (id) => call('finder', 'get', { id }),
      (id, detail: InstitutionDetail) => set({ byId: { ...get().byId, [id]: detail } })
    )
    return {
      byId: {},
      load: (id, { refresh = false } = {}) => load(id, refresh)
    }
  })

export const useInstitutionStore = createInstitutionStore()

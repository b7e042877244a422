import { create } from 'zustand'
import type { InstitutionDetail } from '../domain/finder/institution-schema'
import { call } from '../services/api-client'

/**
 * Institutions opened in this visit, by id. The detail and compare pages share it, so going back and forth
 * between them does not refetch. Not persisted: disclosures and vacancies should be fresh each launch.
 */
export interface InstitutionState {
  byId: Record<string, InstitutionDetail>
  load(id: string, options?: { refresh?: boolean }): Promise<InstitutionDetail>
}

export const createInstitutionStore = () => {
  const pending = new Map<string, Promise<InstitutionDetail>>()
  return create<InstitutionState>()((set, get) => ({
    byId: {},
    load(id, { refresh = false } = {}) {
      const cached = get().byId[id]
      if (cached && !refresh) return Promise.resolve(cached)
      const inFlight = pending.get(id)
      if (inFlight) return inFlight
      const request = call('finder', 'get', { id })
        .then((detail) => {
          set({ byId: { ...get().byId, [id]: detail } })
          return detail
        })
        .finally(() => pending.delete(id))
      pending.set(id, request)
      return request
    }
  }))
}

export const useInstitutionStore = createInstitutionStore()

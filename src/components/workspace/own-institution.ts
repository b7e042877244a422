import { useRouter } from '@tarojs/taro'
import { useSessionStore } from '../../stores/session-store'

/**
 * The institution a workspace page works on: the signed-in staff member's own. A link from the institution's
 * page carries it too, so the sign-in gate can sign a sample staff member in for it.
 */
export function useStaffScope(): { scope: { institutionId: string; regionCode: string } | null; institutionId: string | null } {
  const { params } = useRouter()
  const user = useSessionStore((s) => s.user)
  const scope = params.institutionId && params.regionCode ? { institutionId: decodeURIComponent(params.institutionId), regionCode: decodeURIComponent(params.regionCode) } : null
  return { scope, institutionId: user?.role === 'institution_staff' ? user.institutionId : null }
}

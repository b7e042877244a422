import { create } from 'zustand'
import { createJSONStorage, persist } from 'zustand/middleware'
import type { Session, User } from '../domain/account/account-schema'
import type { Locale } from '../i18n/locales'
import { taroStorage } from './taro-storage'

interface SessionState {
  token: string | null
  expiresAt: string | null
  user: User | null
  /** The language kept with the account at sign-in, if the person ever chose one. */
  accountLocale: Locale | null
  signIn(session: Session): void
  signOut(): void
}

const createSessionStore = () =>
  create<SessionState>()(
    persist(
      (set) => ({
        token: null,
        expiresAt: null,
        user: null,
        accountLocale: null,
        signIn: (session) => set({ token: session.token, expiresAt: session.expiresAt, user: session.user, accountLocale: session.locale ?? null }),
        signOut: () => set({ token: null, expiresAt: null, user: null, accountLocale: null })
      }),
      {
        name: 'tuoyu.session',
        storage: createJSONStorage(() => taroStorage),
        partialize: ({ token, expiresAt, user }) => ({ token, expiresAt, user })
      }
    )
  )

export const useSessionStore = createSessionStore()

/** The token to send, or null once it has expired (the server would refuse it anyway). */
export function currentToken(now: Date = new Date()): string | null {
  const { token, expiresAt } = useSessionStore.getState()
  if (!token) return null
  if (expiresAt && Date.parse(expiresAt) <= now.getTime()) return null
  return token
}

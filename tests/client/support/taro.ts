/**
 * A platform double for @tarojs/taro in jsdom: storage in memory, a fake API server behind `request` that
 * answers with the same envelopes the real server sends, a scriptable location, and records of toasts,
 * navigations, calls and clipboard writes. Page hooks run the way a page lifecycle would, and a test can fire
 * "reached bottom" or "pull down" as a user's scroll would.
 */
import { useEffect, useRef } from 'react'

export type Envelope = { ok: true; data: unknown } | { ok: false; error: { code: string; message: string; field?: string } }

/** What a fake endpoint answers: data (wrapped in ok), a full envelope with a status, or a dropped connection. */
export type FakeAnswer = { data: unknown } | { status: number; envelope: Envelope } | 'network-down'

export interface SentRequest {
  fn: string
  action: string
  input: Record<string, unknown>
  header: Record<string, string | undefined>
}

export type FakeHandler = (input: Record<string, unknown>) => FakeAnswer | Promise<FakeAnswer>

interface LocationAnswer {
  kind: 'ok' | 'deny' | 'fail'
  latitude?: number
  longitude?: number
  /** What chooseLocation's map gives as the picked point's address. */
  address?: string
}

const state = {
  storage: new Map<string, unknown>(),
  handlers: new Map<string, FakeHandler>(),
  requests: [] as SentRequest[],
  toasts: [] as { title: string; icon?: string }[],
  navigations: [] as { kind: 'navigateTo' | 'switchTab' | 'redirectTo' | 'navigateBack' | 'reLaunch'; url?: string }[],
  phoneCalls: [] as string[],
  openedLocations: [] as { latitude: number; longitude: number; name?: string; address?: string }[],
  clipboard: [] as string[],
  location: { kind: 'deny' } as LocationAnswer,
  routerParams: {} as Record<string, string>,
  routePath: '',
  reachBottom: new Set<() => void>(),
  pullDown: new Set<() => void>(),
  didShow: new Set<() => void>(),
  /** The page has shown: its first render committed, and a microtask has passed since. */
  pageShown: false,
  pageShowing: false,
  share: null as null | (() => unknown),
  pullDownStopped: 0,
  tabBarHidden: false
}

type State = typeof state

/** Adds to `target` a read-only property for each of `keys`; each reads `state` when asked, since `reset` replaces the records. */
function withLiveRecords<T extends object, K extends keyof State>(target: T, keys: readonly K[]): T & { readonly [P in K]: State[P] } {
  for (const key of keys) Object.defineProperty(target, key, { get: () => state[key], enumerable: true })
  return target as T & { readonly [P in K]: State[P] }
}

const fakeControls = {
  /** Registers the answer for `fn.action`; `handler` sees the JSON body the app sent. */
  respond(fn: string, action: string, handler: FakeHandler) {
    state.handlers.set(`${fn}.${action}`, handler)
  },
  requestsTo(fn: string, action: string): SentRequest[] {
    return state.requests.filter((r) => r.fn === fn && r.action === action)
  },
  lastInput(fn: string, action: string): Record<string, unknown> | undefined {
    return this.requestsTo(fn, action).at(-1)?.input
  },
  setLocation(answer: LocationAnswer) {
    state.location = answer
  },
  setRouterParams(params: Record<string, string>) {
    state.routerParams = params
  },
  /** The page the test renders, as the router names it ('/pages/me/index'). */
  setRoutePath(path: string) {
    state.routePath = path
  },
  /** The user scrolled to the end of the page. */
  reachBottom() {
    for (const fn of state.reachBottom) fn()
  },
  pullDownRefresh() {
    for (const fn of state.pullDown) fn()
  },
  /** The page became visible again (back from another page). */
  show() {
    for (const fn of state.didShow) fn()
  },
  shareMessage(): unknown {
    return state.share?.()
  },
  reset() {
    state.storage.clear()
    state.handlers.clear()
    state.requests = []
    state.toasts = []
    state.navigations = []
    state.phoneCalls = []
    state.openedLocations = []
    state.clipboard = []
    state.location = { kind: 'deny' }
    state.routerParams = {}
    state.routePath = ''
    state.reachBottom.clear()
    state.pullDown.clear()
    state.didShow.clear()
    state.pageShown = false
    state.pageShowing = false
    state.share = null
    state.pullDownStopped = 0
    state.tabBarHidden = false
  }
}

export const taroFake = withLiveRecords(fakeControls, [
  'requests',
  'toasts',
  'navigations',
  'phoneCalls',
  'openedLocations',
  'clipboard',
  'storage',
  'pullDownStopped',
  'tabBarHidden'
] as const)

const API_PATH = /\/api\/([^/]+)\/([^/?]+)$/

/** Records a request to `/api/{fn}/{action}` and answers it from the registered handler, as status and envelope. */
async function answer(api: string, url: string, input: Record<string, unknown>, header: Record<string, string | undefined> = {}) {
  const match = API_PATH.exec(url)
  if (!match) throw { errMsg: `${api}:fail invalid url` }
  const [, fn = '', action = ''] = match
  state.requests.push({ fn, action, input, header: { ...header } })
  const handler = state.handlers.get(`${fn}.${action}`)
  const answered: FakeAnswer = handler
    ? await handler(input)
    : { status: 400, envelope: { ok: false, error: { code: 'UNKNOWN_ACTION', message: `no fake for ${fn}.${action}` } } }
  if (answered === 'network-down') throw { errMsg: `${api}:fail net::ERR_CONNECTION_REFUSED` }
  if ('data' in answered) return { statusCode: 200, envelope: { ok: true, data: answered.data } as Envelope }
  return { statusCode: answered.status, envelope: answered.envelope }
}

async function request(options: { url: string; method?: string; data?: unknown; header?: Record<string, string | undefined> }) {
  if (options.method !== 'POST') throw { errMsg: 'request:fail invalid url' }
  // The body crosses a wire: what the server sees is the JSON, not the object the app holds.
  const input = JSON.parse(JSON.stringify(options.data ?? {})) as Record<string, unknown>
  const { statusCode, envelope } = await answer('request', options.url, input, options.header)
  return { statusCode, data: envelope, header: {} }
}

/**
 * A multipart upload: the handler of `upload.complaint-photo` sees the file path and field name; the answer
 * comes back as text, as `uploadFile` delivers it on every platform.
 */
async function uploadFile(options: { url: string; filePath: string; name: string; fileName?: string; header?: Record<string, string | undefined> }) {
  const { statusCode, envelope } = await answer('uploadFile', options.url, { filePath: options.filePath, name: options.name }, options.header)
  return { statusCode, data: JSON.stringify(envelope), errMsg: 'uploadFile:ok' }
}

export const ENV_TYPE = { WEAPP: 'WEAPP', WEB: 'WEB', RN: 'RN', SWAN: 'SWAN', ALIPAY: 'ALIPAY', TT: 'TT', QQ: 'QQ', JD: 'JD' } as const

/** A routing call that records where it went. */
const navigation = (kind: Exclude<State['navigations'][number]['kind'], 'navigateBack'>) => async (options: { url: string }) => {
  state.navigations.push({ kind, url: options.url })
}

const Taro = {
  ENV_TYPE,
  getEnv: () => ENV_TYPE.WEB,
  request,
  uploadFile,
  cloud: {
    init: () => undefined,
    callFunction: () => Promise.reject({ errMsg: 'cloud.callFunction:fail not on weapp' })
  },
  getStorageSync: (key: string): unknown => (state.storage.has(key) ? state.storage.get(key) : ''),
  setStorageSync: (key: string, value: unknown) => {
    state.storage.set(key, value)
  },
  removeStorageSync: (key: string) => {
    state.storage.delete(key)
  },
  getLocation: async (_options?: { type?: string }) => {
    const answer = state.location
    if (answer.kind === 'deny') throw { errMsg: 'getLocation:fail auth deny' }
    if (answer.kind === 'fail') throw { errMsg: 'getLocation:fail timeout' }
    return { latitude: answer.latitude ?? 0, longitude: answer.longitude ?? 0, accuracy: 30, errMsg: 'getLocation:ok' }
  },
  showToast: async (options: { title: string; icon?: string }) => {
    state.toasts.push({ title: options.title, icon: options.icon })
  },
  showModal: async () => ({ confirm: true, cancel: false }),
  navigateTo: navigation('navigateTo'),
  redirectTo: navigation('redirectTo'),
  reLaunch: navigation('reLaunch'),
  switchTab: navigation('switchTab'),
  navigateBack: async () => {
    state.navigations.push({ kind: 'navigateBack' })
  },
  makePhoneCall: async (options: { phoneNumber: string }) => {
    state.phoneCalls.push(options.phoneNumber)
  },
  chooseLocation: async (_options?: Record<string, never>) => {
    const answer = state.location
    if (answer.kind !== 'ok') throw { errMsg: 'chooseLocation:fail cancel' }
    return { latitude: answer.latitude ?? 0, longitude: answer.longitude ?? 0, name: '', address: answer.address ?? '', errMsg: 'chooseLocation:ok' }
  },
  openLocation: async (options: { latitude: number; longitude: number; name?: string; address?: string }) => {
    state.openedLocations.push(options)
  },
  setClipboardData: async (options: { data: string }) => {
    state.clipboard.push(options.data)
  },
  stopPullDownRefresh: () => {
    state.pullDownStopped += 1
  },
  hideTabBar: async () => {
    state.tabBarHidden = true
  },
  showTabBar: async () => {
    state.tabBarHidden = false
  },
  pageScrollTo: async () => undefined,
  setNavigationBarTitle: async () => undefined,
  /** Design px on a 750 canvas → CSS px on a 375 screen. */
  pxTransform: (size: number) => `${size / 2}px`,
  nextTick: (callback: () => void) => void Promise.resolve().then(callback)
}

export default Taro

/** Registers `fn` in `registry` for the component's lifetime, always calling the latest render's closure. */
function useRegistered(registry: Set<() => void>, fn: () => void) {
  const latest = useRef(fn)
  latest.current = fn
  useEffect(() => {
    const call = () => latest.current()
    registry.add(call)
    return () => {
      registry.delete(call)
    }
  }, [registry])
}

export const useRouter = () => ({ params: state.routerParams, path: state.routePath })
export const getCurrentInstance = () => ({ router: { params: state.routerParams, path: state.routePath } })

export function useLoad(fn: (params: Record<string, string>) => void) {
  const latest = useRef(fn)
  latest.current = fn
  useEffect(() => latest.current(state.routerParams), [])
}

export function useLaunch(fn: () => void) {
  const latest = useRef(fn)
  latest.current = fn
  useEffect(() => latest.current(), [])
}

export function useReady(fn: () => void) {
  useLaunch(fn)
}

/**
 * Runs when the page first shows and again whenever the test calls `taroFake.show()`. As in Taro, a hook that
 * mounts after its page has shown (behind a sign-in gate, say) misses that first show and waits for the next.
 */
export function useDidShow(fn: () => void) {
  const latest = useRef(fn)
  latest.current = fn
  useEffect(() => {
    if (!state.pageShown) latest.current()
  }, [])
  useRegistered(state.didShow, fn)
}

/**
 * Called by the host-component stand-ins as they mount: the page shows with its first render, and every hook
 * mounted in that same render shares the show.
 */
export function pageRendered() {
  if (state.pageShowing) return
  state.pageShowing = true
  queueMicrotask(() => {
    state.pageShown = true
  })
}

export const useReachBottom = (fn: () => void) => useRegistered(state.reachBottom, fn)
export const usePullDownRefresh = (fn: () => void) => useRegistered(state.pullDown, fn)

export function useShareAppMessage(fn: () => unknown) {
  const latest = useRef(fn)
  latest.current = fn
  useEffect(() => {
    state.share = () => latest.current()
    return () => {
      state.share = null
    }
  }, [])
}

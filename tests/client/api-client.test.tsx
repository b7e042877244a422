import { describe, expect, it } from '@jest/globals'
import { ApiError, call } from '../../src/services/api-client'
import { useSessionStore } from '../../src/stores/session-store'
import { regionSummaries } from './support/sample-data'
import { taroFake } from './support/taro'

describe('api client', () => {
  it('posts the validated input to /api/{fn}/{action} and returns the data', async () => {
    taroFake.respond('regions', 'list', () => ({ data: regionSummaries() }))
    const regions = await call('regions', 'list', {})
    expect(regions.map((r) => r.code)).toEqual(['bazhou', 'yuzhong', 'zhuji', 'hebi'])
    expect(taroFake.requests[0]).toMatchObject({ fn: 'regions', action: 'list', input: {}, header: { 'content-type': 'application/json' } })
    expect(taroFake.requests[0]!.header.Authorization).toBeUndefined()
  })

  it('throws the server error code with its message', async () => {
    taroFake.respond('finder', 'get', () => ({ status: 404, envelope: { ok: false, error: { code: 'NOT_FOUND', message: '没有找到相关信息，可能已下线或地址有误。' } } }))
    const error = await call('finder', 'get', { id: 'zj-9999' }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ApiError)
    expect(error).toMatchObject({ code: 'NOT_FOUND', message: '没有找到相关信息，可能已下线或地址有误。' })
  })

  it('turns a dropped connection into NETWORK with a message a parent can act on', async () => {
    taroFake.respond('regions', 'list', () => 'network-down')
    await expect(call('regions', 'list', {})).rejects.toMatchObject({ code: 'NETWORK', message: '网络连接不畅，请检查网络后重试。' })
  })

  it('refuses input the contract refuses, without sending it', async () => {
    const error = await call('finder', 'search', { regionCode: 'zhuji', radiusM: 5 }).catch((e: unknown) => e)
    expect(error).toMatchObject({ code: 'INVALID_INPUT' })
    expect((error as Error).message).toContain('radiusM')
    expect(taroFake.requests).toHaveLength(0)
  })

  it('sends the session token, and forgets it when the server says it is no longer valid', async () => {
    useSessionStore.getState().signIn({
      token: 'signed-token',
      expiresAt: new Date(Date.now() + 3_600_000).toISOString(),
      user: { id: 'u1', role: 'parent', displayName: '家长', regionCode: null, institutionId: null }
    })
    taroFake.respond('account', 'me', () => ({ status: 401, envelope: { ok: false, error: { code: 'UNAUTHENTICATED', message: '请先登录后再操作。' } } }))
    await expect(call('account', 'me', {})).rejects.toMatchObject({ code: 'UNAUTHENTICATED' })
    expect(taroFake.requests[0]!.header.Authorization).toBe('Bearer signed-token')
    expect(useSessionStore.getState().token).toBeNull()
  })
})

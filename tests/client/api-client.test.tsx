import { describe, expect, it } from '@jest/globals'
import { makeTrackingNumber } from '../../src/domain/complaints/tracking-number-rules'
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

  it('sends a read again once when the first attempt got no answer', async () => {
    let attempts = 0
    taroFake.respond('regions', 'list', () => (++attempts === 1 ? 'network-down' : { data: regionSummaries() }))
    const regions = await call('regions', 'list', {})
    expect(regions).toHaveLength(4)
    expect(taroFake.requestsTo('regions', 'list')).toHaveLength(2)
  })

  it('sends a booking again with the same idempotency key, but never repeats a complaint', async () => {
    let attempts = 0
    const key = 'idem-0123456789abcdef'
    taroFake.respond('bookings', 'book', () => (++attempts === 1 ? 'network-down' : { status: 409, envelope: { ok: false, error: { code: 'SLOT_FULL', message: '这个时段已约满。' } } }))
    await expect(call('bookings', 'book', { slotId: 'sl-test-0001', idempotencyKey: key })).rejects.toMatchObject({ code: 'SLOT_FULL' })
    expect(taroFake.requestsTo('bookings', 'book').map((r) => r.input.idempotencyKey)).toEqual([key, key])

    taroFake.respond('complaints', 'reopen', () => 'network-down')
    const trackingNo = makeTrackingNumber('ZJ', new Date('2026-11-23T04:00:00Z'), Uint8Array.from([1, 2, 3, 4, 5]))
    await expect(call('complaints', 'reopen', { trackingNo, reason: '问题仍然存在，请再看看' })).rejects.toMatchObject({ code: 'NETWORK' })
    expect(taroFake.requestsTo('complaints', 'reopen')).toHaveLength(1)
  })

  it('refuses input the contract refuses, without sending it', async () => {
    const error = await call('finder', 'search', { regionCode: 'zhuji', radiusM: 5 }).catch((e: unknown) => e)
    // Named by its form label, never by the schema key; the key travels separately for the form to point at.
    expect(error).toMatchObject({ code: 'INVALID_INPUT', field: 'radiusM' })
    expect((error as Error).message).toBe('填写的内容有误（“搜索范围”不能小于 100），请检查后重试。')
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

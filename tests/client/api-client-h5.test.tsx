import { describe, expect, it, jest } from '@jest/globals'
import { searchPage } from './support/sample-data'

// Jest resolves the weapp loader (schemas in the package); these tests are about the web's, which loads them
// as a chunk at the first call.
jest.mock('../../src/services/contract-loader', () => jest.requireActual('../../src/services/contract-loader.h5'))

/** A fresh app, as on a first visit: the schemas' chunk not loaded yet. */
async function freshApp() {
  let modules:
    | { client: typeof import('../../src/services/api-client'); loader: typeof import('../../src/services/contract-loader'); fake: typeof import('./support/taro').taroFake }
    | undefined
  await jest.isolateModulesAsync(async () => {
    modules = {
      client: await import('../../src/services/api-client'),
      loader: await import('../../src/services/contract-loader'),
      fake: (await import('./support/taro')).taroFake
    }
  })
  return modules!
}

describe('api client on H5, first call of a visit', () => {
  it('sends the first search before the schemas have loaded, and returns its answer without loading them', async () => {
    const { client, loader, fake } = await freshApp()
    fake.respond('finder', 'search', () => ({ data: searchPage([]) }))
    const answer = client.call('finder', 'search', { regionCode: 'zhuji', radiusM: 3000 })
    // Sent in the same turn as the call: the request does not wait for the chunk.
    expect(fake.requestsTo('finder', 'search')).toHaveLength(1)
    await expect(answer).resolves.toEqual(searchPage([]))
    // The server accepted it with the same schemas: nothing on a read-only visit needs the client's copy.
    expect(loader.apiSchemasReady()).toBe(false)
  })

  it('still refuses a bad input with the form\'s message when the server refuses it too', async () => {
    const { client, fake } = await freshApp()
    // As the real server answers (the same schema), though not in the client's words.
    fake.respond('finder', 'search', () => ({ status: 400, envelope: { ok: false, error: { code: 'INVALID_INPUT', message: 'bad radius', field: 'radiusM' } } }))
    const error = await client.call('finder', 'search', { regionCode: 'zhuji', radiusM: 5 }).catch((e: unknown) => e)
    expect(error).toMatchObject({ code: 'INVALID_INPUT', field: 'radiusM' })
    expect((error as Error).message).toBe('填写的内容有误（“搜索范围”不能小于 100），请检查后重试。')
  })

  it('checks a write before sending it, even on the first call', async () => {
    const { client, fake } = await freshApp()
    const error = await client.call('family', 'addChild', { nickname: '', birthDate: 'soon' } as never).catch((e: unknown) => e)
    expect(error).toMatchObject({ code: 'INVALID_INPUT' })
    expect(fake.requests).toHaveLength(0)
  })
})

import { describe, expect, it } from '@jest/globals'
import { isWechatBrowser, readWechatReturn, stateFromBytes, wechatAuthorizeUrl, withoutWechatParams } from '../../src/domain/account/wechat-web-auth'

describe('WeChat web authorisation on H5', () => {
  it("recognises WeChat's built-in browser and no other", () => {
    expect(isWechatBrowser('Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 Mobile/15E148 MicroMessenger/8.0.50(0x1800322c) NetType/WIFI Language/zh_CN')).toBe(true)
    expect(isWechatBrowser('Mozilla/5.0 (Linux; Android 14) AppleWebKit/537.36 Chrome/126.0 Mobile Safari/537.36')).toBe(false)
  })

  it('builds the documented authorize address: snsapi_base, encoded redirect, state, #wechat_redirect', () => {
    const url = wechatAuthorizeUrl('wx-sample-oa', 'https://tuoyu.example/app/?from=share', 'a1b2')
    expect(url).toBe(
      'https://open.weixin.qq.com/connect/oauth2/authorize?appid=wx-sample-oa&redirect_uri=https%3A%2F%2Ftuoyu.example%2Fapp%2F%3Ffrom%3Dshare&response_type=code&scope=snsapi_base&state=a1b2#wechat_redirect'
    )
  })

  it('makes states of 32 hex characters from 16 random bytes', () => {
    expect(stateFromBytes(new Uint8Array([0, 1, 15, 16, 255, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 7]))).toBe('00010f10ff0000000000000000000007')
  })

  it('exchanges a code only when its state is the one this browser kept', () => {
    expect(readWechatReturn('?code=CODE1&state=s-kept', 's-kept')).toEqual({ kind: 'code', code: 'CODE1' })
    expect(readWechatReturn('?code=CODE1&state=s-other', 's-kept')).toEqual({ kind: 'mismatch' })
    expect(readWechatReturn('?code=CODE1&state=s-kept', null)).toEqual({ kind: 'mismatch' })
    expect(readWechatReturn('?code=CODE1', 's-kept')).toEqual({ kind: 'mismatch' })
    expect(readWechatReturn('?from=share', 's-kept')).toEqual({ kind: 'none' })
    expect(readWechatReturn('', null)).toEqual({ kind: 'none' })
  })

  it('strips code and state from the address and keeps the rest', () => {
    expect(withoutWechatParams('?from=share&code=C&state=S')).toBe('?from=share')
    expect(withoutWechatParams('?code=C&state=S')).toBe('')
    expect(withoutWechatParams('')).toBe('')
  })
})

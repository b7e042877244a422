import { render, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it } from '@jest/globals'
import { AccountCard } from '../../src/components/account/account-panel'
import type { User } from '../../src/domain/account/account-schema'
import MembersPage from '../../src/pages/account/members/index'
import AccountAuditPage from '../../src/pages/account/audit/index'
import { resumeWechatWebSignIn } from '../../src/services/wechat-return.h5'
import { finishWechatWebSignIn } from '../../src/services/wechat-web-sign-in'
import { useSessionStore } from '../../src/stores/session-store'
import { regionSummaries } from './support/sample-data'
import { taroFake } from './support/taro'

function signInWith(user: Partial<User> & Pick<User, 'role'>) {
  useSessionStore.getState().signIn({
    token: 'token-for-tests',
    expiresAt: '2099-01-01T00:00:00.000Z',
    user: { id: `user-${user.role}`, displayName: '王园长', regionCode: 'zhuji', institutionId: null, ...user }
  })
}

const invitation = (id: string, note: string | null) => ({
  id,
  kind: 'institution_staff',
  regionCode: 'zhuji',
  departmentCode: null,
  readOnly: false,
  institutionId: 'zj-sample-1',
  scopeName: '示例托育园',
  note,
  createdAt: '2026-12-01T02:00:00.000Z',
  expiresAt: '2026-12-08T02:00:00.000Z',
  status: 'open'
})

const member = { id: 'mem-staff-0001', kind: 'institution_staff', regionCode: 'zhuji', departmentCode: null, readOnly: false, institutionId: 'zj-sample-1', scopeName: '示例托育园', createdAt: '2026-12-02T02:00:00.000Z', userId: 'u-li', displayName: '李老师', maskedPhone: '138****1234' }

function serveStatus() {
  taroFake.respond('account', 'status', () => ({ data: { user: useSessionStore.getState().user, signedInWith: 'sms', maskedPhone: '139****0000', activeMembershipId: null, memberships: [] } }))
}

describe('members and invitations', () => {
  it('lets an owner invite staff: shows the code once with an openable link to copy, then withdraws and removes', async () => {
    signInWith({ role: 'institution_staff', institutionId: 'zj-sample-1', institutionRole: 'owner' })
    serveStatus()
    let pending = [invitation('inv-old-00001', '张老师')]
    let members = [member]
    taroFake.respond('account', 'members', () => ({ data: { members, invitations: pending } }))
    taroFake.respond('account', 'invite', () => {
      pending = [...pending, invitation('inv-new-00001', '赵老师')]
      return { data: { invitation: invitation('inv-new-00001', '赵老师'), code: 'ABCD-EFGH-JKMN', link: '/pages/account/redeem/index?code=ABCD-EFGH-JKMN' } }
    })
    taroFake.respond('account', 'withdrawInvitation', () => {
      pending = pending.filter((i) => i.id !== 'inv-old-00001')
      return { data: { ...invitation('inv-old-00001', '张老师'), status: 'withdrawn' } }
    })
    taroFake.respond('account', 'removeMembership', () => {
      members = []
      return { data: member }
    })
    render(<MembersPage />)
    expect((await screen.findByTestId('invite-form')).textContent).toContain('邀请机构工作人员')
    await userEvent.type(screen.getByTestId('invite-note'), '赵老师')
    await userEvent.click(screen.getByTestId('invite-submit'))
    expect((await screen.findByTestId('new-invitation-code')).textContent).toBe('ABCD-EFGH-JKMN')
    expect(taroFake.lastInput('account', 'invite')).toEqual({ kind: 'institution_staff', note: '赵老师' })
    const link = screen.getByTestId('new-invitation-link').textContent ?? ''
    expect(link).toMatch(/^http:\/\/localhost\/.*#\/pages\/account\/redeem\/index\?code=ABCD-EFGH-JKMN$/)
    await userEvent.click(screen.getByTestId('copy-link'))
    expect(taroFake.clipboard).toEqual([link])
    await waitFor(() => expect(screen.getAllByTestId('pending-invitation')).toHaveLength(2))

    await userEvent.click(screen.getByTestId('withdraw-inv-old-00001'))
    await waitFor(() => expect(screen.getAllByTestId('pending-invitation')).toHaveLength(1))
    expect(within(screen.getByTestId('current-members')).getByText('李老师 138****1234')).toBeTruthy()
    await userEvent.click(screen.getByTestId('remove-mem-staff-0001'))
    expect(await screen.findByText('还没有成员。')).toBeTruthy()
    expect(taroFake.lastInput('account', 'removeMembership')).toEqual({ membershipId: 'mem-staff-0001' })
  })

  it("shows the server's refusal in words a person can read", async () => {
    signInWith({ role: 'regulator', departmentCode: 'health', readOnly: false })
    serveStatus()
    taroFake.respond('account', 'members', () => ({ data: { members: [], invitations: [] } }))
    taroFake.respond('account', 'invite', () => ({ status: 403, envelope: { ok: false, error: { code: 'FORBIDDEN', message: '您没有权限查看或操作此内容。' } } }))
    render(<MembersPage />)
    expect((await screen.findByTestId('invite-form')).textContent).toContain('邀请机构负责人')
    await userEvent.type(screen.getByTestId('invite-institution'), 'hebi-0001')
    await userEvent.click(screen.getByTestId('invite-submit'))
    expect((await screen.findByTestId('invite-error')).textContent).toBe('您没有权限查看或操作此内容。')
    expect(taroFake.lastInput('account', 'invite')).toEqual({ kind: 'institution_owner', institutionId: 'hebi-0001' })
  })

  it('lets an operator invite a regulator of a region and department, read-only if asked', async () => {
    signInWith({ role: 'operator', regionCode: null })
    serveStatus()
    taroFake.respond('regions', 'list', () => ({ data: regionSummaries() }))
    taroFake.respond('regions', 'config', () => ({ data: { departments: [{ code: 'health', name: '卫生健康局', phone: '12345', hours: '', duties: '' }] } }))
    taroFake.respond('account', 'members', () => ({ data: { members: [], invitations: [] } }))
    taroFake.respond('account', 'invite', () => ({ data: { invitation: { ...invitation('inv-reg-00001', null), kind: 'regulator' }, code: 'ABCD-EFGH-JKMN', link: '/pages/account/redeem/index?code=ABCD-EFGH-JKMN' } }))
    render(<MembersPage />)
    await userEvent.click(await screen.findByTestId('invite-region-zhuji'))
    await userEvent.click(await screen.findByTestId('invite-department-health'))
    await userEvent.click(screen.getByTestId('invite-read-only'))
    await userEvent.click(screen.getByTestId('invite-submit'))
    await screen.findByTestId('new-invitation-code')
    expect(taroFake.lastInput('account', 'invite')).toEqual({ kind: 'regulator', regionCode: 'zhuji', departmentCode: 'health', readOnly: true })
  })

  it('tells plain staff they manage nobody, without asking the server for members', async () => {
    signInWith({ role: 'institution_staff', institutionId: 'zj-sample-1', institutionRole: 'staff' })
    serveStatus()
    render(<MembersPage />)
    expect(await screen.findByTestId('members-not-allowed')).toBeTruthy()
    expect(taroFake.requestsTo('account', 'members')).toHaveLength(0)
  })
})

describe("the operators' account audit log", () => {
  it('filters by kind and pages on', async () => {
    signInWith({ role: 'operator', regionCode: null })
    serveStatus()
    const entry = (id: number, detail: string) => ({ id, at: '2026-12-01T02:00:00.000Z', actorId: 'op', actorName: '李运营', action: 'invite', detail })
    taroFake.respond('account', 'auditLog', (input) =>
      input.beforeId ? { data: { entries: [entry(1, '发出邀请：较早')], nextBeforeId: null } } : { data: { entries: [entry(2, '发出邀请：诸暨市 卫生健康局 监管人员')], nextBeforeId: 2 } }
    )
    render(<AccountAuditPage />)
    expect((await screen.findAllByTestId('account-audit-entry'))[0]?.textContent).toContain('诸暨市 卫生健康局')
    await userEvent.click(screen.getByTestId('audit-filter-remove'))
    await waitFor(() => expect(taroFake.lastInput('account', 'auditLog')).toEqual({ action: 'remove' }))
    await userEvent.click(await screen.findByTestId('account-audit-more'))
    await waitFor(() => expect(taroFake.lastInput('account', 'auditLog')).toEqual({ action: 'remove', beforeId: 2 }))
    expect(await screen.findByText('发出邀请：较早')).toBeTruthy()
  })
})

describe('WeChat web sign-in on H5', () => {
  const WECHAT_UA = 'Mozilla/5.0 (iPhone) AppleWebKit/605.1.15 Mobile/15E148 MicroMessenger/8.0.50 NetType/WIFI'
  const realUa = navigator.userAgent
  const useUa = (ua: string) => Object.defineProperty(window.navigator, 'userAgent', { value: ua, configurable: true })

  afterEach(() => {
    useUa(realUa)
    sessionStorage.clear()
    window.history.replaceState(null, '', '/')
  })

  it("offers 微信登录 in WeChat's browser when the server has an official account, beside the number sign-in", async () => {
    useUa(WECHAT_UA)
    taroFake.respond('account', 'signInOptions', () => ({ data: { sms: true, wechatWebAppId: 'wx-sample-oa', devLogin: false } }))
    render(<AccountCard />)
    expect(await screen.findByTestId('wechat-web-sign-in')).toBeTruthy()
    expect(screen.getByTestId('phone-sign-in')).toBeTruthy()
  })

  it('keeps only the number sign-in outside WeChat, or when the server has no official account', async () => {
    const outside = render(<AccountCard />)
    expect(await screen.findByTestId('phone-sign-in')).toBeTruthy()
    expect(taroFake.requestsTo('account', 'signInOptions')).toHaveLength(0)
    outside.unmount()
    useUa(WECHAT_UA)
    taroFake.respond('account', 'signInOptions', () => ({ data: { sms: true, wechatWebAppId: null, devLogin: false } }))
    render(<AccountCard />)
    await waitFor(() => expect(taroFake.requestsTo('account', 'signInOptions')).toHaveLength(1))
    expect(screen.queryByTestId('wechat-web-sign-in')).toBeNull()
  })

  it('exchanges the returned code when its state matches, and strips code and state from the address', async () => {
    sessionStorage.setItem('tuoyu.wechatWeb.state', 'kept-state')
    window.history.replaceState(null, '', '/?from=share&code=WXCODE1&state=kept-state')
    taroFake.respond('account', 'wechatWebLogin', () => ({
      data: { token: 'web-token', expiresAt: '2099-01-01T00:00:00.000Z', user: { id: 'wx-1', role: 'parent', displayName: '微信用户', regionCode: null, institutionId: null } }
    }))
    await finishWechatWebSignIn()
    expect(taroFake.lastInput('account', 'wechatWebLogin')).toEqual({ code: 'WXCODE1' })
    expect(window.location.search).toBe('?from=share')
    expect(useSessionStore.getState().user?.displayName).toBe('微信用户')
  })

  it('on launch, finishes the sign-in only when WeChat sent the person back with a code', async () => {
    window.history.replaceState(null, '', '/?from=share')
    resumeWechatWebSignIn()
    expect(window.location.search).toBe('?from=share')
    sessionStorage.setItem('tuoyu.wechatWeb.state', 'kept-state')
    window.history.replaceState(null, '', '/?code=WXCODE2&state=kept-state')
    taroFake.respond('account', 'wechatWebLogin', () => ({
      data: { token: 'web-token', expiresAt: '2099-01-01T00:00:00.000Z', user: { id: 'wx-2', role: 'parent', displayName: '微信家长', regionCode: null, institutionId: null } }
    }))
    resumeWechatWebSignIn()
    await waitFor(() => expect(useSessionStore.getState().user?.displayName).toBe('微信家长'))
    expect(taroFake.requestsTo('account', 'wechatWebLogin')).toHaveLength(1)
    expect(window.location.search).toBe('')
  })

  it('refuses a code whose state this browser did not make (login CSRF), and still strips it', async () => {
    sessionStorage.setItem('tuoyu.wechatWeb.state', 'kept-state')
    window.history.replaceState(null, '', '/?code=PLANTED&state=attacker')
    await finishWechatWebSignIn()
    expect(taroFake.requestsTo('account', 'wechatWebLogin')).toHaveLength(0)
    expect(window.location.search).toBe('')
    expect(taroFake.toasts.at(-1)?.title).toContain('微信登录未完成')
    expect(sessionStorage.getItem('tuoyu.wechatWeb.state')).toBeNull()
  })
})


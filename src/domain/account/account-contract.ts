import { action, PUBLIC, rolesOnly, SIGNED_IN } from '../shared/action-spec'
import { emptyInputSchema } from '../shared/empty-input-schema'
import {
  accountStatusSchema,
  auditLogInputSchema,
  auditLogSchema,
  devLoginInputSchema,
  localeSettingSchema,
  invitationIdInputSchema,
  invitationSchema,
  inviteInputSchema,
  membersSchema,
  membershipIdInputSchema,
  membershipSchema,
  newInvitationSchema,
  redeemInvitationInputSchema,
  sendSmsCodeInputSchema,
  sessionSchema,
  setLocaleInputSchema,
  signedOutSchema,
  signInOptionsSchema,
  smsCodeSentSchema,
  smsLoginInputSchema,
  switchHatInputSchema,
  userSchema,
  wechatLoginInputSchema,
  wechatWebLoginInputSchema
} from './account-schema'

export const accountContract = {
  signInOptions: action({
    summary: 'Which ways of signing in this server offers on H5',
    input: emptyInputSchema,
    output: signInOptionsSchema,
    access: PUBLIC
  }),
  devLogin: action({
    summary: 'Development sign-in as a sample parent, institution staff member or regulator (refused in production)',
    input: devLoginInputSchema,
    output: sessionSchema,
    access: PUBLIC
  }),
  wechatLogin: action({
    summary: 'Sign in with the code from wx.login (exchanged through code2Session)',
    input: wechatLoginInputSchema,
    output: sessionSchema,
    access: PUBLIC
  }),
  wechatWebLogin: action({
    summary: "Sign in on H5 inside WeChat's browser with the code from web authorisation (snsapi_base)",
    input: wechatWebLoginInputSchema,
    output: sessionSchema,
    access: PUBLIC
  }),
  sendSmsCode: action({
    summary: 'Send a 6-digit sign-in code to a mainland mobile number',
    input: sendSmsCodeInputSchema,
    output: smsCodeSentSchema,
    access: PUBLIC
  }),
  smsLogin: action({
    summary: 'Sign in with a mobile number and the code sent to it',
    input: smsLoginInputSchema,
    output: sessionSchema,
    access: PUBLIC
  }),
  me: action({
    summary: 'The signed-in user, as the hat this session acts in',
    input: emptyInputSchema,
    output: userSchema,
    access: SIGNED_IN
  }),
  setLocale: action({
    summary: 'Keep the language the signed-in person chose, for the messages the service writes to them',
    input: setLocaleInputSchema,
    output: localeSettingSchema,
    access: SIGNED_IN
  }),
  status: action({
    summary: 'Who is signed in, how, and which memberships (hats) they may act with',
    input: emptyInputSchema,
    output: accountStatusSchema,
    access: SIGNED_IN
  }),
  switchHat: action({
    summary: 'Act with one of your memberships in this session, or as a parent (null)',
    input: switchHatInputSchema,
    output: userSchema,
    access: SIGNED_IN
  }),
  signOut: action({
    summary: 'End this session',
    input: emptyInputSchema,
    output: signedOutSchema,
    access: SIGNED_IN
  }),
  signOutEverywhere: action({
    summary: 'End every session of this account, on every device',
    input: emptyInputSchema,
    output: signedOutSchema,
    access: SIGNED_IN
  }),
  invite: action({
    summary: 'Invite a regulator (operators), an institution owner (regulators) or staff (owners); answers a one-time code',
    input: inviteInputSchema,
    output: newInvitationSchema,
    access: rolesOnly('operator', 'regulator', 'institution_staff')
  }),
  withdrawInvitation: action({
    summary: 'Withdraw an invitation you made before it is used',
    input: invitationIdInputSchema,
    output: invitationSchema,
    access: rolesOnly('operator', 'regulator', 'institution_staff')
  }),
  redeemInvitation: action({
    summary: 'Take up an invitation: the membership is added and this session acts with it',
    input: redeemInvitationInputSchema,
    output: membershipSchema,
    access: SIGNED_IN
  }),
  members: action({
    summary: 'The memberships and open invitations you manage (regulators, owners of your region, or your staff)',
    input: emptyInputSchema,
    output: membersSchema,
    access: rolesOnly('operator', 'regulator', 'institution_staff')
  }),
  removeMembership: action({
    summary: 'Remove a membership you manage; its holder loses it on their next request',
    input: membershipIdInputSchema,
    output: membershipSchema,
    access: rolesOnly('operator', 'regulator', 'institution_staff')
  }),
  auditLog: action({
    summary: 'Invitations, redemptions, removals and sign-outs everywhere, newest first (operators)',
    input: auditLogInputSchema,
    output: auditLogSchema,
    access: rolesOnly('operator')
  })
}

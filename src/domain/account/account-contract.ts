import { action, PUBLIC, SIGNED_IN } from '../shared/action-spec'
import {
  devLoginInputSchema,
  emptyInputSchema,
  localeSettingSchema,
  sessionSchema,
  setLocaleInputSchema,
  userSchema,
  wechatLoginInputSchema
} from './account-schema'

export const accountContract = {
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
  me: action({
    summary: 'The signed-in user',
    input: emptyInputSchema,
    output: userSchema,
    access: SIGNED_IN
  }),
  setLocale: action({
    summary: 'Keep the language the signed-in person chose, for the messages the service writes to them',
    input: setLocaleInputSchema,
    output: localeSettingSchema,
    access: SIGNED_IN
  })
}

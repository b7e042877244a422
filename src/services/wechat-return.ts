/** The mini-program signs in with wx.login: no web authorisation ever sends it back with a code. */
export function resumeWechatWebSignIn(): void {}

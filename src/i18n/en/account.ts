export const account = {
  sampleUser: {
    parent: 'Sample parent',
    institution_staff: 'Sample institution staff',
    regulator: 'Sample regulator',
    operator: 'Sample operator'
  },
  wechatUser: 'WeChat user',
  phoneUser: 'Mobile user',
  kind: {
    operator: 'Operator',
    regulator: 'Regulator',
    institution_owner: 'Institution manager',
    institution_staff: 'Institution staff'
  },
  scope: {
    operator: 'Tuoyu Tong operations'
  },
  ui: {
    cardTitle: 'My account',
    signedInAs: 'Signed in: {name}',
    via: {
      sms: 'Mobile {phone}',
      wechat: 'WeChat',
      wechat_web: 'WeChat (web sign-in)',
      dev: 'Test account'
    },
    viaLabel: 'Signed in with: {how}',
    actingAs: 'Acting as: {hat}',
    parentHat: 'Parent',
    hatOf: '{scope} {kind}',
    readOnly: '(read-only)',
    switchTitle: 'Switch role',
    switchTo: 'Use as “{hat}”',
    switched: 'Switched to {hat}',
    signOut: 'Sign out',
    signOutEverywhere: 'Sign out on all devices',
    signedOut: 'Signed out',
    signedOutEverywhere: 'Signed out on all devices',
    notSignedIn: 'Not signed in. Sign in to book, add your children’s details and make complaints.',
    phoneTitle: 'Sign in with your mobile number',
    phoneLabel: 'Mobile number',
    phonePlaceholder: 'Enter your 11-digit mobile number',
    codeLabel: 'Verification code',
    codePlaceholder: '6 digits',
    sendCode: 'Get code',
    resendIn: 'Request again in {seconds}s',
    codeSent: 'Code sent to {phone}; valid for 5 minutes',
    phoneSignIn: 'Sign in',
    wechatWeb: 'Sign in with WeChat',
    wechatWebOr: 'Or sign in with your mobile number:',
    wechatWebRefused: 'WeChat sign-in did not complete (check failed). Please tap “Sign in with WeChat” again.',
    invitationTitle: 'Enter an invitation code',
    invitationHint: 'Institution managers, staff and regulators join with an invitation code. A code is valid for 7 days and can be used once.',
    invitationPlaceholder: 'e.g. ABCD-EFGH-JKMN',
    redeem: 'Accept invitation',
    redeemed: 'Joined as {hat}',
    redeemSignInFirst: 'Please sign in first, then accept the invitation.'
  },
  members: {
    title: 'Members and invitations',
    entry: 'Members and invitations',
    region: 'Region',
    department: 'Department',
    readOnly: 'Read-only (can view, cannot act)',
    inviteTitle: {
      regulator: 'Invite a regulator',
      institution_owner: 'Invite an institution manager',
      institution_staff: 'Invite a staff member'
    },
    inviteHint: 'Creates an invitation code, valid for 7 days and usable once. Send it to the person themselves by a channel you trust.',
    institutionId: 'Filed institution number',
    institutionIdHint: 'Only managers of filed institutions in your region can be invited; the number is in the filing record.',
    note: 'Note (who it is for)',
    notePlaceholder: 'e.g. Director Wang',
    invite: 'Create invitation code',
    codeOnce: 'The code is shown only this once. Copy it now and send it:',
    copyCode: 'Copy code',
    copyLink: 'Copy invitation link',
    copied: 'Copied',
    pending: 'Invitations not yet accepted',
    nonePending: 'No invitations waiting.',
    pendingLine: '{hat} · valid until {until}',
    withdraw: 'Withdraw',
    withdrawn: 'Invitation withdrawn',
    current: 'Current members',
    noneCurrent: 'No members yet.',
    memberLine: '{hat} · joined {since}',
    remove: 'Remove',
    removeTitle: 'Remove member',
    removeConfirm: 'Remove “{name}”? They lose this role at once.',
    removed: 'Removed',
    notAllowed: 'Your current role cannot invite or remove members. Switch to operator, regulator or institution manager in Me.'
  },
  auditScreen: {
    title: 'Account activity log',
    entry: 'Account activity log',
    all: 'All',
    actions: {
      invite: 'Invitations',
      withdraw: 'Withdrawals',
      redeem: 'Acceptances',
      remove: 'Removals',
      sign_out_everywhere: 'Sign-outs everywhere'
    },
    empty: 'Nothing recorded yet.',
    line: '{when} · {who}',
    commandLine: 'Command line',
    operatorsOnly: 'Only operators can read the account activity log.'
  },
  audit: {
    invite: 'Invitation sent: {scope} {kind}',
    withdraw: 'Invitation withdrawn: {scope} {kind}',
    redeem: 'Invitation accepted, now {scope} {kind}',
    remove: 'Member removed: {scope} {kind}',
    signOutEverywhere: 'Signed out on all devices (ended {count} sessions)'
  }
} as const

/**
 * What the app sees of `process`: only the variables Taro's build replaces with literals (TARO_ENV and the
 * TARO_APP_* ones). The app has no Node at run time, so it is not given Node's types; this is the whole of it.
 */
declare const process: {
  readonly env: {
    readonly TARO_ENV: 'weapp' | 'h5'
    readonly TARO_APP_API_BASE?: string
    readonly TARO_APP_CLOUD_ENV?: string
    readonly TARO_APP_COMPLAINT_TEMPLATE_ID?: string
    readonly TARO_APP_REMINDER_TEMPLATE_ID?: string
    readonly TARO_APP_ALERT_TEMPLATE_ID?: string
  }
}

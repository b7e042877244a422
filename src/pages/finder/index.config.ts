export default definePageConfig({ navigationBarTitleText: '找托育' })

import { addZhCNNamespaces } from '../translator'
import { statistics } from '../zh-cn/statistics'

// Arrives with the page chunks that use it, not in app.js (see src/i18n/zh-cn-core.ts).
addZhCNNamespaces({ statistics })

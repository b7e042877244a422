import { addZhCNNamespaces } from '../translator'
import { operator } from '../zh-cn/operator'

// Arrives with the page chunks that use it, not in app.js (see src/i18n/zh-cn-core.ts).
addZhCNNamespaces({ operator })

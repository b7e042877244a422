import { addZhCNNamespaces } from '../translator'
import { validation } from '../zh-cn/validation'

// Arrives with the page chunks that use it, not in app.js (see src/i18n/zh-cn-core.ts).
addZhCNNamespaces({ validation })

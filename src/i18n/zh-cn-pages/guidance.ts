import { addZhCNNamespaces } from '../translator'
import { guidance } from '../zh-cn/guidance'

// Arrives with the page chunks that use it, not in app.js (see src/i18n/zh-cn-core.ts).
addZhCNNamespaces({ guidance })

import { addZhCNNamespaces } from '../translator'
import { complaints } from '../zh-cn/complaints'

// Arrives with the page chunks that use it, not in app.js (see src/i18n/zh-cn-core.ts).
addZhCNNamespaces({ complaints })

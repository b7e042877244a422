import { addZhCNNamespaces } from '../translator'
import { registry } from '../zh-cn/registry'

// Arrives with the page chunks that use it, not in app.js (see src/i18n/zh-cn-core.ts).
addZhCNNamespaces({ registry })

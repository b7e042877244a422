import { addZhCNNamespaces } from '../translator'
import { alerts } from '../zh-cn/alerts'

// Arrives with the page chunks that use it, not in app.js (see src/i18n/zh-cn-core.ts).
addZhCNNamespaces({ alerts })

import { addZhCNNamespaces } from '../translator'
import { bookings } from '../zh-cn/bookings'

// Arrives with the page chunks that use it, not in app.js (see src/i18n/zh-cn-core.ts).
addZhCNNamespaces({ bookings })

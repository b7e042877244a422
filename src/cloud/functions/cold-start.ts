import { z } from 'zod'

/*
 * Imported first by every cloud function's entry, before any schema is built (zod reads this when it builds
 * an object schema). A cloud instance parses each schema a few times before the platform recycles it: zod's
 * compiled fast path, code generated per object schema at its first parse, costs a cold start more than it
 * ever saves there.
 */
z.config({ jitless: true })

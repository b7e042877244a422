import { afterAll, jest } from '@jest/globals'
import { closeTestDatabases } from './test-database'

// Each test opens databases and servers, which takes far longer than jest's default on two cores, and longer
// still when other work shares them: a budget that only stops a hang.
jest.setTimeout(600_000)

// A database left open keeps the worker alive after its file is done.
afterAll(closeTestDatabases)

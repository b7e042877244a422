import { afterAll, jest } from '@jest/globals'
import { closeTestDatabases } from './test-database'

// Each test opens databases and servers, which takes far longer than jest's default on two cores.
jest.setTimeout(120_000)

// A database left open keeps the worker alive after its file is done.
afterAll(closeTestDatabases)

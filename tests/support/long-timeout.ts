import { jest } from '@jest/globals'

// Builds and browser journeys take minutes on two cores, longer when other work shares them: a budget
// that only stops a hang, far past jest's default of five seconds.
jest.setTimeout(900_000)

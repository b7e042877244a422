import { jest } from '@jest/globals'

// Builds and browser journeys take minutes on two cores, far past jest's default of five seconds.
jest.setTimeout(300_000)

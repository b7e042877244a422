/**
 * jest's Node environment, plus one thing tests need from the real process: its time zone. jest hands each
 * test file a copy of process.env, so `process.env.TZ = …` in a test never reaches Node's clock; a test that
 * must run its rules "in New York" calls `setProcessTimeZone` (tests/support/time-zone.ts) instead.
 */
const { TestEnvironment } = require('jest-environment-node')

class NodeEnvironmentWithZone extends TestEnvironment {
  constructor(config, context) {
    super(config, context)
    const original = process.env.TZ
    this.restoreZone = () => {
      if (original === undefined) delete process.env.TZ
      else process.env.TZ = original
    }
    this.global.__setProcessTimeZone = (zone) => {
      if (zone === undefined) this.restoreZone()
      else process.env.TZ = zone
    }
  }

  async teardown() {
    this.restoreZone()
    await super.teardown()
  }
}

module.exports = NodeEnvironmentWithZone

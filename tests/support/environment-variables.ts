/**
 * Sets environment variables for one test and puts every one back afterwards (call `restoreEnv` in afterEach),
 * so a test that pretends to be production leaves the next test as it found it.
 */
const saved = new Map<string, string | undefined>()

export function stubEnv(name: string, value: string): void {
  if (!saved.has(name)) saved.set(name, process.env[name])
  process.env[name] = value
}

export function restoreEnv(): void {
  for (const [name, value] of saved) {
    if (value === undefined) delete process.env[name]
    else process.env[name] = value
  }
  saved.clear()
}

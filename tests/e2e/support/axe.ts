import { readFileSync } from 'node:fs'
import type { Page } from 'playwright-core'

/**
 * axe-core, the accessibility rules screen-reader users and auditors rely on, run inside the page as it is on
 * screen. Its source is evaluated through the browser's debugging protocol, which the app's Content Security
 * Policy (script-src 'self') does not govern, so the app itself neither ships it nor loosens its policy.
 */
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8')

interface AxeNode {
  target: unknown[]
  failureSummary?: string
}
interface AxeViolation {
  id: string
  impact?: string | null
  help: string
  nodes: AxeNode[]
}

/**
 * The serious and critical violations on the page now, one line per rule and element (at most three elements a
 * rule, so one broken component does not flood the report). Moderate and minor findings are advice, not bars
 * to use, and are left out.
 */
export async function seriousViolations(page: Page): Promise<string[]> {
  await page.evaluate(AXE_SOURCE)
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(context: unknown, options: unknown): Promise<{ violations: AxeViolation[] }> } }).axe
    // Taro keeps earlier pages of the stack in the document, hidden; axe skips what is hidden.
    const result = await axe.run(document, { resultTypes: ['violations'] })
    return result.violations.map((v) => ({ id: v.id, impact: v.impact ?? null, help: v.help, nodes: v.nodes.map((n) => ({ target: n.target.map(String), failureSummary: n.failureSummary })) }))
  })
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .flatMap((v) => v.nodes.slice(0, 3).map((n) => `${v.impact} ${v.id} (${v.help}): ${n.target.join(' ')}`))
}

/**
 * Ends the run with one plain line, "N passed, N failed" (", N skipped" when any were), that CI reads as the
 * test count, after jest's own summary.
 */
class SummaryReporter {
  onRunComplete(_contexts, results) {
    const skipped = results.numPendingTests + results.numTodoTests
    const failedSuites = results.numRuntimeErrorTestSuites
    const line = `${results.numPassedTests} passed, ${results.numFailedTests + failedSuites} failed` + (skipped ? `, ${skipped} skipped` : '')
    process.stdout.write(`\n${line}\n`)
  }
}
module.exports = SummaryReporter

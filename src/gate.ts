import { countBySeverity, type FileReport } from './findings/finding.js'

export type FailLevel = 'error' | 'warning' | 'never'

export interface GateResult {
  failed: boolean
  errors: number
  warnings: number
  /** One line for the log and the failed step: why it passed or failed. */
  summary: string
}

/**
 * The gate: the one place that turns findings into pass or fail. Reporters
 * only report; the step fails (and so the required check blocks the merge)
 * when a finding reaches the fail level.
 */
export function decide(reports: FileReport[], failLevel: FailLevel): GateResult {
  const counts = countBySeverity(reports)
  const failing = failLevel === 'never' ? 0 : failLevel === 'warning' ? counts.error + counts.warning : counts.error
  const files = `${reports.length} PR/FAQ file${reports.length === 1 ? '' : 's'}`
  const tally = `${counts.error} error${counts.error === 1 ? '' : 's'}, ${counts.warning} warning${counts.warning === 1 ? '' : 's'}`
  const summary =
    reports.length === 0
      ? 'No PR/FAQ file to check: passing.'
      : failing > 0
        ? `prfaq-gate: ${tally} in ${files} (fail-level: ${failLevel}).`
        : `prfaq-gate: ${files} checked, ${tally}${failLevel === 'never' ? ' (fail-level: never)' : ''}: passing.`
  return { failed: failing > 0, errors: counts.error, warnings: counts.warning, summary }
}

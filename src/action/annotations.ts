import * as core from '@actions/core'
import type { Finding, Severity } from '../findings/finding.js'

/** GitHub shows at most 10 annotations of each severity per step; the job summary lists the rest. */
export const ANNOTATIONS_PER_SEVERITY = 10

const EMIT: Record<Severity, (message: string, properties: core.AnnotationProperties) => void> = {
  error: core.error,
  warning: core.warning,
  notice: core.notice
}

/** Annotates the files with findings, within GitHub's per-step limit. Returns how many did not fit. */
export function annotate(findings: Finding[]): number {
  const shown: Record<Severity, number> = { error: 0, warning: 0, notice: 0 }
  let hidden = 0
  for (const finding of findings) {
    if (shown[finding.severity] >= ANNOTATIONS_PER_SEVERITY) {
      hidden++
      continue
    }
    shown[finding.severity]++
    EMIT[finding.severity](`${finding.message}\n${finding.help}\n${finding.url}`, {
      title: `prfaq-gate (${finding.ruleId})`,
      file: finding.file,
      startLine: finding.line,
      endLine: finding.endLine,
      ...(finding.line === finding.endLine ? { startColumn: finding.column, endColumn: Math.max(finding.column, finding.endColumn - 1) } : {})
    })
  }
  return hidden
}

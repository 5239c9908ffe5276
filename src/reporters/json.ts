import { countBySeverity, type FileReport, type Fix } from '../findings/finding.js'
import type { Language } from '../messages/text.js'

/**
 * The CLI's JSON contract (version 1). Other tools script against it, and the
 * Action writes the same report to disk: change it only by adding fields.
 */
export interface JsonReport {
  version: 1
  files: Array<{
    path: string
    language?: Language
    findings: Array<{
      ruleId: string
      severity: string
      message: string
      help: string
      line: number
      column: number
      endLine: number
      endColumn: number
      url: string
      fix?: Fix
      fingerprint?: string
    }>
    /** Present when inline comments suppressed findings: each with the reason given. */
    suppressed?: Array<{ ruleId: string; line: number; message: string; reason: string }>
  }>
  errorCount: number
  warningCount: number
}

export function toJsonReport(reports: FileReport[]): JsonReport {
  const counts = countBySeverity(reports)
  return {
    version: 1,
    files: reports.map((report) => ({
      path: report.file,
      ...(report.language ? { language: report.language } : {}),
      findings: report.findings.map(({ ruleId, severity, message, help, line, column, endLine, endColumn, url, fix, fingerprint }) => ({
        ruleId,
        severity,
        message,
        help,
        line,
        column,
        endLine,
        endColumn,
        url,
        ...(fix ? { fix } : {}),
        ...(fingerprint ? { fingerprint } : {})
      })),
      ...(report.suppressed?.length ? { suppressed: report.suppressed.map(({ finding, reason }) => ({ ruleId: finding.ruleId, line: finding.line, message: finding.message, reason })) } : {})
    })),
    errorCount: counts.error,
    warningCount: counts.warning
  }
}

export function formatJson(reports: FileReport[]): string {
  return `${JSON.stringify(toJsonReport(reports), null, 2)}\n`
}

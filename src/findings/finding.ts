import { createHash } from 'node:crypto'
import type { Language } from '../messages/catalog.js'

/**
 * The one type every stage after the rules speaks: reporters, the gate, the
 * pull-request side. Positions are 1-based; `endColumn` is exclusive (it
 * points just after the last character), as in mdast and SARIF. Lines are
 * numbered as git and GitHub number them (a line ends at "\n", never at a
 * lone "\r"), so that comments and annotations land on the line meant;
 * columns count UTF-16 code units (SARIF's default), without a byte-order
 * mark: the numbering LineIndex (src/text/positions.ts) defines.
 */
export type Severity = 'error' | 'warning' | 'notice'

export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'notice']

export interface Finding {
  ruleId: string
  severity: Severity
  /** What is wrong, in the writer's terms. */
  message: string
  /** How to fix it. */
  help: string
  /** Path as given on the command line or in the pull request, with "/" separators. */
  file: string
  line: number
  column: number
  endLine: number
  endColumn: number
  /** The rule's documentation page. */
  url: string
  /** A mechanical fix a reviewer could apply in one click (a GitHub suggestion), when there is one. */
  fix?: Fix
  /** Set when the message is not in English: the identity of its English wording, so that the language never changes which finding it is. */
  fingerprint?: string
}

/**
 * Replaces whole lines `line`–`endLine` with `replacement`. A fix never
 * deletes what the author wrote: an `insert` keeps the lines it replaces
 * verbatim inside `replacement` (a label or a question is added around
 * them); a `replace-placeholder` only replaces lines that hold template text
 * and nothing else. The engine checks both before a fix reaches a finding.
 */
export interface Fix {
  kind: 'insert' | 'replace-placeholder'
  line: number
  endLine: number
  /** The new text of those lines, without a final line break. */
  replacement: string
  /** What applying it does, for the reader of the comment ("Labels this paragraph as the problem"). */
  description: string
}

/** A finding an inline `prfaq-gate-disable` comment switched off, and the reason it gave. */
export interface SuppressedFinding {
  finding: Finding
  reason: string
}

/** The result for one file: its findings, sorted by position, and what was suppressed. */
export interface FileReport {
  file: string
  findings: Finding[]
  suppressed?: SuppressedFinding[]
  /** The language its messages are in (English when absent). */
  language?: Language
}

export function compareFindings(a: Finding, b: Finding): number {
  return a.line - b.line || a.column - b.column || a.ruleId.localeCompare(b.ruleId)
}

export function countBySeverity(reports: FileReport[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, notice: 0 }
  for (const report of reports) for (const finding of report.findings) counts[finding.severity]++
  return counts
}

/** One step less serious: error → warning → notice. */
export function lower(severity: Severity): Severity {
  return severity === 'error' ? 'warning' : 'notice'
}

/** Stable identity of a finding across runs and pushes: the rule, the file and what it says (not the line). */
export function fingerprint(finding: Finding): string {
  return finding.fingerprint ?? fingerprintOf(finding.ruleId, finding.file, finding.message)
}

export function fingerprintOf(ruleId: string, file: string, message: string): string {
  return createHash('sha256').update(`${ruleId}\0${file}\0${message}`).digest('hex').slice(0, 16)
}

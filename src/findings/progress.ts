import { type FileReport, type Finding, fingerprint } from './finding.js'

/**
 * What changed between two checks of a pull request: per document, which
 * findings were fixed, which are new and how many are still open. Findings
 * are compared by fingerprint (rule, file and message: not the line, so a
 * finding that only moved is still open; one whose message changed is fixed
 * and new).
 */

/** One check: the commit, and per document the findings as `ruleId:fingerprint`, sorted and unique. */
export interface CheckedState {
  commit: string
  findings: Record<string, string[]>
}

/**
 * What the summary comment remembers: the last check, and the last check of
 * an earlier commit — the one progress is measured from, so that a re-run of
 * the same commit says the same thing.
 */
export interface SummaryState extends CheckedState {
  previous?: CheckedState
}

export interface DocumentProgress {
  file: string
  /** Rule ids of the findings fixed, new, and switched off in the document since then, one entry per finding. */
  fixed: string[]
  added: string[]
  suppressed: string[]
  open: number
  /** The document was not checked at the earlier commit: every finding is new. */
  firstChecked: boolean
}

export interface Progress {
  /** The earlier commit. */
  since: string
  fixed: number
  added: number
  suppressed: number
  open: number
  documents: DocumentProgress[]
}

export function findingEntry(finding: Finding): string {
  return `${finding.ruleId}:${fingerprint(finding)}`
}

/** This check, as the state remembers it. */
export function checkedState(commit: string, reports: FileReport[]): CheckedState {
  // No prototype: a file named "__proto__" or "constructor" is a key like any other.
  const findings = Object.create(null) as Record<string, string[]>
  for (const report of [...reports].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0))) {
    findings[report.file] = [...new Set(report.findings.map(findingEntry))].sort()
  }
  return { commit, findings }
}

/**
 * The state to store after this check, and the check to measure progress
 * from: the stored state's own check when it was of another commit, else the
 * one it measured from (a re-run keeps its baseline, and so its words).
 */
export function advance(stored: SummaryState | undefined, current: CheckedState): { state: SummaryState; baseline?: CheckedState } {
  if (!stored) return { state: current }
  const baseline = stored.commit === current.commit ? stored.previous : { commit: stored.commit, findings: stored.findings }
  return baseline ? { state: { ...current, previous: baseline }, baseline } : { state: current }
}

/** Progress of the documents checked now since `baseline`; documents no longer checked are left out (they were not fixed). */
export function progressSince(baseline: CheckedState, reports: FileReport[]): Progress {
  const documents = reports.map((report) => documentProgress(report, Object.hasOwn(baseline.findings, report.file) ? baseline.findings[report.file] : undefined))
  const total = (count: (document: DocumentProgress) => number) => documents.reduce((sum, document) => sum + count(document), 0)
  return {
    since: baseline.commit,
    fixed: total((document) => document.fixed.length),
    added: total((document) => document.added.length),
    suppressed: total((document) => document.suppressed.length),
    open: total((document) => document.open),
    documents
  }
}

function documentProgress(report: FileReport, before: string[] | undefined): DocumentProgress {
  const now = new Set(report.findings.map(findingEntry))
  const switchedOff = new Set((report.suppressed ?? []).map(({ finding }) => findingEntry(finding)))
  const earlier = new Set(before ?? [])
  const ruleOf = (entry: string) => entry.slice(0, entry.lastIndexOf(':'))
  const gone = [...earlier].filter((entry) => !now.has(entry))
  return {
    file: report.file,
    fixed: gone
      .filter((entry) => !switchedOff.has(entry))
      .map(ruleOf)
      .sort(),
    added: [...now]
      .filter((entry) => !earlier.has(entry))
      .map(ruleOf)
      .sort(),
    suppressed: gone
      .filter((entry) => switchedOff.has(entry))
      .map(ruleOf)
      .sort(),
    open: [...now].filter((entry) => earlier.has(entry)).length,
    firstChecked: before === undefined
  }
}

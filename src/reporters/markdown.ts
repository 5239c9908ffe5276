import { countBySeverity, type FileReport, type Finding, type Severity } from '../findings/finding.js'
import { ruleById } from '../rules/index.js'
import { docsUrl } from '../rules/rule.js'
import { showInvisible } from './invisible.js'

/**
 * Markdown for GitHub: review comments, the summary comment and the job
 * summary. Messages quote the document, so they are escaped: a heading such
 * as "@team <img src=x>" must not mention anyone or inject HTML, and
 * invisible or bidirectional control characters are shown, not obeyed.
 */

/** GitHub rejects comment bodies over 65,536 characters; stay clear of it. */
export const MAX_BODY = 65_000

const ICON: Record<Severity, string> = { error: '❌', warning: '⚠️', notice: 'ℹ️' }

/** The mission's checks, in the order the scorecard shows them. */
export const SCORECARD = [
  { ruleId: 'problem-section', label: 'Problem section' },
  { ruleId: 'faq-finance', label: 'FAQ answers finance' },
  { ruleId: 'faq-technical-hurdles', label: 'FAQ answers technical hurdles' },
  { ruleId: 'bezos-big-idea', label: 'Is it a big idea?' },
  { ruleId: 'bezos-should-do', label: 'Is it something we should be doing?' },
  { ruleId: 'bezos-plan-to-succeed', label: 'Is there a legitimate plan to succeed?' }
] as const

/** Escapes text taken from a document for use inside Markdown (and table cells). */
export function escapeMarkdown(text: string): string {
  return showInvisible(text.replace(/\r\n?|\n/gu, ' '))
    .replace(/[\\`*_[\]|~#!]/gu, (char) => `\\${char}`)
    .replace(/&/gu, '&amp;')
    .replace(/</gu, '&lt;')
    .replace(/>/gu, '&gt;')
    .replace(/@/gu, '@\u200b')
}

/** An inline review comment: what is wrong, why it matters, how to fix it, where to read more. */
export function reviewCommentBody(finding: Finding): string {
  const rule = ruleById(finding.ruleId)
  return [
    `${ICON[finding.severity]} **${finding.severity}** · [\`${finding.ruleId}\`](${finding.url})`,
    '',
    escapeMarkdown(finding.message),
    '',
    ...(rule ? [`**Why it matters:** ${rule.rationale}`, ''] : []),
    `**How to fix:** ${showInvisible(finding.help)}`
  ].join('\n')
}

/** A link to a line as the pull request shows it; `?plain=1` makes GitHub show Markdown as source, where line anchors work. */
export function lineLink(serverUrl: string, repository: string, commit: string): (file: string, line: number) => string {
  return (file, line) => `${serverUrl}/${repository}/blob/${commit}/${file.split('/').map(encodeURIComponent).join('/')}?plain=1#L${line}`
}

export interface SummaryContext {
  /** Makes a link to a line of a file as the pull request shows it. */
  lineUrl(file: string, line: number): string
  /** Notes shown above the details ("the config changed in this PR…"). */
  notes: string[]
  /** Shown in the footer: the commit checked. */
  commit?: string
}

export function summaryMarkdown(reports: FileReport[], context: SummaryContext): string {
  const parts = [`## prfaq-gate: ${headline(reports)}`, '']
  for (const note of context.notes) parts.push(`> [!NOTE]\n> ${note}`, '')
  for (const report of reports) parts.push(...fileSection(report, context))
  if (context.commit) parts.push(`<sub>Checked at ${context.commit.slice(0, 7)} by prfaq-gate. Each rule links to its documentation.</sub>`)
  return parts.join('\n')
}

export function headline(reports: FileReport[]): string {
  if (reports.length === 0) return '✅ no PR/FAQ changed in this pull request'
  const counts = countBySeverity(reports)
  const files = `${reports.length} PR/FAQ${reports.length === 1 ? '' : 's'}`
  if (counts.error + counts.warning + counts.notice === 0) return `✅ all checks pass (${files})`
  const parts = [plural(counts.error, 'error'), plural(counts.warning, 'warning'), ...(counts.notice ? [plural(counts.notice, 'notice')] : [])]
  return `${counts.error > 0 ? '❌' : '⚠️'} ${parts.join(', ')} in ${files}`
}

/** Findings that mean the document was not read, so no check ran on it. */
const UNCHECKED = new Set(['file-too-large', 'file-not-text', 'file-empty', 'document-too-complex'])

function fileSection(report: FileReport, context: SummaryContext): string[] {
  // A file path comes from the pull request: escaped like any document text.
  const lines = [`### ${escapeMarkdown(report.file)}`, '']
  const scored = new Set<string>(SCORECARD.map((row) => row.ruleId))
  const unchecked = report.findings.some((finding) => UNCHECKED.has(finding.ruleId))
  lines.push('| Check | Result |', '| --- | --- |')
  for (const row of SCORECARD) {
    const findings = report.findings.filter((finding) => finding.ruleId === row.ruleId)
    const suppressed = report.suppressed?.some(({ finding }) => finding.ruleId === row.ruleId)
    const cell = unchecked
      ? '➖ not checked: the file could not be read (below)'
      : findings.length === 0 && suppressed
        ? '🔕 suppressed (see below)'
        : scoreCell(findings, report.file, context)
    lines.push(`| [${row.label}](${docsUrl(row.ruleId)}) | ${cell} |`)
  }
  lines.push('')
  const others = report.findings.filter((finding) => !scored.has(finding.ruleId))
  if (others.length > 0) {
    lines.push('Other findings:', '')
    for (const finding of others) lines.push(`- ${findingLine(finding, context)}`)
    lines.push('')
  }
  if (report.suppressed?.length) {
    lines.push('Suppressed in the document:', '')
    for (const { finding, reason } of report.suppressed) lines.push(`- ${findingLine(finding, context)} — reason: ${escapeMarkdown(reason)}`)
    lines.push('')
  }
  return lines
}

function scoreCell(findings: Finding[], file: string, context: SummaryContext): string {
  if (findings.length === 0) return '✅ pass'
  return findings
    .map((finding) => `${ICON[finding.severity]} [line ${finding.line}](${context.lineUrl(file, finding.line)}): ${escapeMarkdown(finding.message)}`)
    .join('<br>')
}

function findingLine(finding: Finding, context: SummaryContext): string {
  return `${ICON[finding.severity]} [\`${finding.ruleId}\`](${finding.url}) [line ${finding.line}](${context.lineUrl(finding.file, finding.line)}): ${escapeMarkdown(finding.message)}`
}

/** Cuts a body to GitHub's limit at a line boundary, saying where the rest is. */
export function truncate(body: string, rest: string): string {
  if (body.length <= MAX_BODY) return body
  const cut = body.lastIndexOf('\n', MAX_BODY - 200)
  return `${body.slice(0, cut)}\n\n… truncated. ${rest}`
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`
}

import { countBySeverity, type FileReport, type Finding, type Fix, type Severity } from '../findings/finding.js'
import type { DocumentProgress, Progress } from '../findings/progress.js'
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

/**
 * How a finding's fix is shown: as a GitHub suggestion the author applies in
 * one click (only when the comment sits on exactly the fix's lines, inside
 * the diff), or as the proposed text, to copy by hand.
 */
export type FixDisplay = 'suggestion' | 'proposal'

/** A review comment: what is wrong, why it matters, how to fix it (with the fix, if there is one), where to read more. */
export function reviewCommentBody(finding: Finding, display: FixDisplay = 'proposal'): string {
  const rule = ruleById(finding.ruleId)
  return [
    `${ICON[finding.severity]} **${finding.severity}** · [\`${finding.ruleId}\`](${finding.url})`,
    '',
    escapeMarkdown(finding.message),
    '',
    ...(rule ? [`**Why it matters:** ${rule.rationale}`, ''] : []),
    `**How to fix:** ${showInvisible(finding.help)}`,
    ...(finding.fix ? ['', ...fixBlock(finding.fix, display)] : [])
  ].join('\n')
}

/**
 * A file-level review comment, for a finding on lines outside the diff:
 * it says which lines it is about, with a link, since GitHub shows it on
 * the file as a whole.
 */
export function fileCommentBody(finding: Finding, lineUrl: (file: string, line: number) => string): string {
  const lines = finding.endLine > finding.line ? `Lines ${finding.line}–${finding.endLine}` : `Line ${finding.line}`
  const link = `${lineUrl(finding.file, finding.line)}${finding.endLine > finding.line ? `-L${finding.endLine}` : ''}`
  return [`📍 **[${lines}](${link})** of this file, outside the lines this pull request changes:`, '', reviewCommentBody(finding, 'proposal')].join('\n')
}

function fixBlock(fix: Fix, display: FixDisplay): string[] {
  if (display === 'suggestion' && isVerbatimSafe(fix.replacement)) {
    return [`**Suggested change:** ${showInvisible(fix.description)}`, '', ...fenced('suggestion', fix.replacement)]
  }
  const lines = fix.endLine > fix.line ? `lines ${fix.line}–${fix.endLine}` : `line ${fix.line}`
  return [`**Proposed change** (to ${lines}, by hand): ${showInvisible(fix.description)}`, '', ...fenced('markdown', showInvisible(fix.replacement))]
}

/**
 * A suggestion is applied as written, so it must hold only what the reader
 * sees: with an invisible or bidirectional character, or a lone "\r", it is
 * shown escaped as a proposal instead, never offered for one click.
 */
function isVerbatimSafe(text: string): boolean {
  return !text.includes('\r') && showInvisible(text) === text
}

/** A code fence longer than any run of backticks in `content`, so that no line of it can close the fence. */
function fenced(info: string, content: string): string[] {
  const longest = Math.max(0, ...[...content.matchAll(/`+/gu)].map((run) => run[0].length))
  const fence = '`'.repeat(Math.max(3, longest + 1))
  return [`${fence}${info}`, content, fence]
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
  /** What changed since the last check of an earlier commit, when the summary comment remembers one. */
  progress?: Progress
}

export function summaryMarkdown(reports: FileReport[], context: SummaryContext): string {
  const parts = [`## prfaq-gate: ${headline(reports)}`, '']
  if (context.progress && reports.length > 0) parts.push(progressHeadline(context.progress), '')
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
  const progress = context.progress?.documents.find((document) => document.file === report.file)
  if (progress) lines.push(documentProgressLine(progress, context.progress!.since), '')
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

/** "Since bbbbbbb: 2 fixed, 1 new, 3 still open." (commits are hex from the comment's own checked data: nothing to escape). */
function progressHeadline(progress: Progress): string {
  const counts = [`${progress.fixed} fixed`, `${progress.added} new`, `${progress.open} still open`, ...(progress.suppressed ? [`${progress.suppressed} suppressed`] : [])]
  return `**Since ${progress.since.slice(0, 7)}:** ${counts.join(', ')}.`
}

/** Which rules were fixed and which are new in one document since the earlier commit. */
function documentProgressLine(document: DocumentProgress, since: string): string {
  const label = `**Since ${since.slice(0, 7)}:**`
  if (document.firstChecked) return `${label} not checked at that commit; ${document.added.length} new${document.added.length ? ` (${ruleList(document.added)})` : ''}.`
  const changes = [
    ...(document.fixed.length ? [`✅ fixed ${ruleList(document.fixed)}`] : []),
    ...(document.added.length ? [`🆕 new ${ruleList(document.added)}`] : []),
    ...(document.suppressed.length ? [`🔕 suppressed ${ruleList(document.suppressed)}`] : [])
  ]
  return `${label} ${changes.length ? changes.join(' · ') : 'nothing fixed, nothing new'} · ${document.open} still open.`
}

/** `faq-finance`, `problem-section` ×2: rule ids (kebab-case, checked when read back), one entry per finding. */
function ruleList(ruleIds: string[]): string {
  const counts = new Map<string, number>()
  for (const id of ruleIds) counts.set(id, (counts.get(id) ?? 0) + 1)
  return [...counts].map(([id, count]) => `\`${id}\`${count > 1 ? ` ×${count}` : ''}`).join(', ')
}

/** Cuts a body to GitHub's limit (or a smaller one, leaving room for hidden data) at a line boundary, saying where the rest is. */
export function truncate(body: string, rest: string, limit = MAX_BODY): string {
  if (body.length <= limit) return body
  const cut = body.lastIndexOf('\n', limit - 200)
  return `${body.slice(0, cut)}\n\n… truncated. ${rest}`
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`
}

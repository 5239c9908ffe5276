import { countBySeverity, type FileReport, type Finding, type Fix, type Severity } from '../findings/finding.js'
import type { DocumentProgress, Progress } from '../findings/progress.js'
import type { MessageKey } from '../messages/en.js'
import { type Language, type Param, render, ruleText, t } from '../messages/text.js'
import { ruleById } from '../rules/index.js'
import { docsUrl } from '../rules/rule.js'
import { showInvisible } from './invisible.js'
import { severityCounts } from './words.js'

/** A message of the catalogs in `language`. */
function say(language: Language, key: MessageKey, params?: Record<string, Param>): string {
  return render(t(key, params), language)
}

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
  { ruleId: 'problem-section', label: 'scorecard.problem-section' },
  { ruleId: 'faq-finance', label: 'scorecard.faq-finance' },
  { ruleId: 'faq-technical-hurdles', label: 'scorecard.faq-technical-hurdles' },
  { ruleId: 'bezos-big-idea', label: 'scorecard.bezos-big-idea' },
  { ruleId: 'bezos-should-do', label: 'scorecard.bezos-should-do' },
  { ruleId: 'bezos-plan-to-succeed', label: 'scorecard.bezos-plan-to-succeed' }
] as const satisfies ReadonlyArray<{ ruleId: string; label: MessageKey }>

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
export function reviewCommentBody(finding: Finding, display: FixDisplay = 'proposal', language: Language = 'en'): string {
  const rule = ruleById(finding.ruleId)
  const rationale = rule && (ruleText(language, rule.id, 'rationale') ?? rule.rationale)
  return [
    `${ICON[finding.severity]} **${say(language, `severity.${finding.severity}`)}** · [\`${finding.ruleId}\`](${finding.url})`,
    '',
    escapeMarkdown(finding.message),
    '',
    ...(rationale ? [`**${say(language, 'comment.why')}** ${rationale}`, ''] : []),
    `**${say(language, 'comment.how')}** ${showInvisible(finding.help)}`,
    ...(finding.fix ? ['', ...fixBlock(finding.fix, display, language)] : [])
  ].join('\n')
}

/**
 * A file-level review comment, for a finding on lines outside the diff:
 * it says which lines it is about, with a link, since GitHub shows it on
 * the file as a whole.
 */
export function fileCommentBody(finding: Finding, lineUrl: (file: string, line: number) => string, language: Language = 'en'): string {
  const many = finding.endLine > finding.line
  const link = `${lineUrl(finding.file, finding.line)}${many ? `-L${finding.endLine}` : ''}`
  const where = say(language, many ? 'comment.outside-lines' : 'comment.outside-line', { line: finding.line, endLine: finding.endLine, link })
  return [where, '', reviewCommentBody(finding, 'proposal', language)].join('\n')
}

function fixBlock(fix: Fix, display: FixDisplay, language: Language): string[] {
  if (display === 'suggestion' && isVerbatimSafe(fix.replacement)) {
    return [`**${say(language, 'comment.suggested')}** ${showInvisible(fix.description)}`, '', ...fenced('suggestion', fix.replacement)]
  }
  const lines = fix.endLine > fix.line ? say(language, 'comment.lines', { line: fix.line, endLine: fix.endLine }) : say(language, 'comment.line', { line: fix.line })
  return [`**${say(language, 'comment.proposed', { lines })}** ${showInvisible(fix.description)}`, '', ...fenced('markdown', showInvisible(fix.replacement))]
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
  /** The language of the summary (findings carry their own); English when absent. */
  language?: Language
}

export function summaryMarkdown(reports: FileReport[], context: SummaryContext): string {
  const language = context.language ?? 'en'
  const parts = [`## ${say(language, 'summary.title', { headline: headline(reports, language) })}`, '']
  if (context.progress && reports.length > 0) parts.push(progressHeadline(context.progress, language), '')
  for (const note of context.notes) parts.push(`> [!NOTE]\n> ${note}`, '')
  for (const report of reports) parts.push(...fileSection(report, context, language))
  if (context.commit) parts.push(`<sub>${say(language, 'summary.footer', { commit: context.commit.slice(0, 7) })}</sub>`)
  return parts.join('\n')
}

export function headline(reports: FileReport[], language: Language = 'en'): string {
  if (reports.length === 0) return say(language, 'summary.none-changed')
  const counts = countBySeverity(reports)
  if (counts.error + counts.warning + counts.notice === 0) return say(language, 'summary.all-pass', { files: reports.length })
  return say(language, 'summary.counts', { icon: counts.error > 0 ? '❌' : '⚠️', counts: severityCounts(counts, language), files: reports.length })
}

/** Findings that mean the document was not read, so no check ran on it. */
const UNCHECKED = new Set(['file-too-large', 'file-not-text', 'file-empty', 'document-too-complex'])

function fileSection(report: FileReport, context: SummaryContext, language: Language): string[] {
  // A file path comes from the pull request: escaped like any document text.
  const lines = [`### ${escapeMarkdown(report.file)}`, '']
  const progress = context.progress?.documents.find((document) => document.file === report.file)
  if (progress) lines.push(documentProgressLine(progress, context.progress!.since, language), '')
  const scored = new Set<string>(SCORECARD.map((row) => row.ruleId))
  const unchecked = report.findings.some((finding) => UNCHECKED.has(finding.ruleId))
  lines.push(`| ${say(language, 'summary.check')} | ${say(language, 'summary.result')} |`, '| --- | --- |')
  for (const row of SCORECARD) {
    const findings = report.findings.filter((finding) => finding.ruleId === row.ruleId)
    const suppressed = report.suppressed?.some(({ finding }) => finding.ruleId === row.ruleId)
    const cell = unchecked ? say(language, 'summary.not-checked') : findings.length === 0 && suppressed ? say(language, 'summary.suppressed') : scoreCell(findings, report.file, context, language)
    lines.push(`| [${say(language, row.label)}](${docsUrl(row.ruleId)}) | ${cell} |`)
  }
  lines.push('')
  const others = report.findings.filter((finding) => !scored.has(finding.ruleId))
  if (others.length > 0) {
    lines.push(say(language, 'summary.other-findings'), '')
    for (const finding of others) lines.push(`- ${findingLine(finding, context, language)}`)
    lines.push('')
  }
  if (report.suppressed?.length) {
    lines.push(say(language, 'summary.suppressed-findings'), '')
    for (const { finding, reason } of report.suppressed) lines.push(`- ${findingLine(finding, context, language)} — ${say(language, 'summary.reason', { reason: escapeMarkdown(reason) })}`)
    lines.push('')
  }
  return lines
}

function scoreCell(findings: Finding[], file: string, context: SummaryContext, language: Language): string {
  if (findings.length === 0) return say(language, 'summary.pass')
  return findings
    .map((finding) => `${ICON[finding.severity]} [${say(language, 'comment.line', { line: finding.line })}](${context.lineUrl(file, finding.line)}): ${escapeMarkdown(finding.message)}`)
    .join('<br>')
}

function findingLine(finding: Finding, context: SummaryContext, language: Language): string {
  return `${ICON[finding.severity]} [\`${finding.ruleId}\`](${finding.url}) [${say(language, 'comment.line', { line: finding.line })}](${context.lineUrl(finding.file, finding.line)}): ${escapeMarkdown(finding.message)}`
}

/** "Since bbbbbbb: 2 fixed, 1 new, 3 still open." (commits are hex from the comment's own checked data: nothing to escape). */
function progressHeadline(progress: Progress, language: Language): string {
  const counts = [
    say(language, 'summary.progress', { fixed: progress.fixed, added: progress.added, open: progress.open }),
    ...(progress.suppressed ? [say(language, 'summary.progress-suppressed', { n: progress.suppressed })] : [])
  ]
  return `**${say(language, 'summary.since', { commit: progress.since.slice(0, 7) })}** ${counts.join(language === 'ja' ? '、' : ', ')}${language === 'ja' ? '。' : '.'}`
}

/** Which rules were fixed and which are new in one document since the earlier commit. */
function documentProgressLine(document: DocumentProgress, since: string, language: Language): string {
  const label = `**${say(language, 'summary.since', { commit: since.slice(0, 7) })}**`
  const stop = language === 'ja' ? '。' : '.'
  if (document.firstChecked) return `${label} ${say(language, 'summary.first-checked', { n: document.added.length })}${document.added.length ? ` (${ruleList(document.added)})` : ''}${stop}`
  const changes = [
    ...(document.fixed.length ? [say(language, 'summary.fixed', { rules: ruleList(document.fixed) })] : []),
    ...(document.added.length ? [say(language, 'summary.new', { rules: ruleList(document.added) })] : []),
    ...(document.suppressed.length ? [say(language, 'summary.now-suppressed', { rules: ruleList(document.suppressed) })] : [])
  ]
  return `${label} ${changes.length ? changes.join(' · ') : say(language, 'summary.unchanged')} · ${say(language, 'summary.open', { n: document.open })}${stop}`
}

/** `faq-finance`, `problem-section` ×2: rule ids (kebab-case, checked when read back), one entry per finding. */
function ruleList(ruleIds: string[]): string {
  const counts = new Map<string, number>()
  for (const id of ruleIds) counts.set(id, (counts.get(id) ?? 0) + 1)
  return [...counts].map(([id, count]) => `\`${id}\`${count > 1 ? ` ×${count}` : ''}`).join(', ')
}

/** Cuts a body to GitHub's limit (or a smaller one, leaving room for hidden data) at a line boundary, saying where the rest is. */
export function truncate(body: string, language: Language, where: 'see-summary' | 'see-job-summary', limit = MAX_BODY): string {
  if (body.length <= limit) return body
  const cut = body.lastIndexOf('\n', limit - 200)
  return `${body.slice(0, cut)}\n\n${say(language, `truncated.${where}`)}`
}

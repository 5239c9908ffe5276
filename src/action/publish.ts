import { readFileSync } from 'node:fs'
import * as core from '@actions/core'
import { type FileReport, type Finding, SEVERITIES } from '../findings/finding.js'
import { advance, checkedState, type Progress, progressSince } from '../findings/progress.js'
import { LANGUAGES, type Language, languageOfFile, languageOfRun, ruleText } from '../messages/text.js'
import { escapeMarkdown, lineLink, MAX_BODY, summaryMarkdown, truncate } from '../reporters/markdown.js'
import { ruleById } from '../rules/index.js'
import { docsUrl } from '../rules/rule.js'
import { annotations } from './annotations.js'
import type { RunContext } from './event.js'
import { describeError, type GitHubClient, isPermissionError } from './github/client.js'
import type { ChangedFile } from './github/files.js'
import { tokenLogin } from './github/identity.js'
import { type PullTarget, syncReview } from './github/review.js'
import { upsertSummaryComment } from './github/summary-comment.js'
import { readState, stateLine } from './github/summary-state.js'
import type { ActionInputs } from './inputs.js'

export interface PullReport {
  number: number
  headSha: string
  reports: FileReport[]
}

const FORK_HELP =
  'The token cannot write to this pull request (pull requests from forks get a read-only GITHUB_TOKEN). ' +
  'The findings are in the annotations and the job summary, and the check still fails on errors. ' +
  'To get comments on fork pull requests, use the workflow_run pattern: https://github.com/prfaq-gate/prfaq-gate#pull-requests-from-forks'

export interface Published {
  /** What could not be written, in words that say which call failed and what to do. */
  problems: string[]
  /** What changed since the last check of an earlier commit, as the summary comment now says. */
  progress?: Progress
}

/**
 * Posts the review comments and the summary comment, each on its own: a
 * failed review write does not stop the summary, and nothing here stops the
 * job summary, outputs or gate. A read-only token is not a failure: it is
 * what fork pull requests get, so the run relies on the annotations and job
 * summary (the gate is unaffected) and says how to enable comments.
 */
export async function publishToPullRequest(
  client: GitHubClient,
  context: RunContext,
  pull: PullReport & { changedFiles: ChangedFile[]; notes: string[] },
  inputs: Pick<ActionInputs, 'comment' | 'maxInlineComments' | 'commentKey' | 'language'>
): Promise<Published> {
  const problems: string[] = []
  let progress: Progress | undefined
  try {
    const target: PullTarget = { owner: context.owner, repo: context.repo, number: pull.number, headSha: pull.headSha, login: await tokenLogin(client), key: inputs.commentKey }
    if (await headMovedOn(client, target)) return { problems }
    const lineUrl = lineLink(context.serverUrl, `${context.owner}/${context.repo}`, pull.headSha)
    const language = languageOfRun(pull.reports, inputs.language ?? 'auto')
    if (inputs.comment === 'review' || inputs.comment === 'both') {
      await settle('The review comments', problems, async () => {
        const findings = pull.reports.flatMap((report) => report.findings)
        const outcome = await syncReview(client, target, findings, pull.changedFiles, { maxComments: inputs.maxInlineComments, lineUrl, language, languageOf: languageOfFile(pull.reports, language) })
        core.info(
          `Review comments: ${outcome.posted} posted, ${outcome.kept} already there (${outcome.onFile} of them on files, for lines outside the diff), ${outcome.deleted} outdated or duplicate removed, ${outcome.notInline.length} in the summary only.`
        )
      })
    }
    if (inputs.comment === 'summary' || inputs.comment === 'both') {
      await settle('The summary comment', problems, async () => {
        const render = (previousBody: string | undefined) => {
          const summary = summaryText(pull, lineUrl, previousBody, language)
          progress = summary.progress
          return summary.text
        }
        const outcome = await upsertSummaryComment(client, target, render, { createIfMissing: pull.reports.length > 0, key: inputs.commentKey })
        core.info(`Summary comment: ${outcome.action}${outcome.removed ? `, ${outcome.removed} duplicate${outcome.removed === 1 ? '' : 's'} removed` : ''}.`)
      })
    }
  } catch (error) {
    if (!isPermissionError(error)) problems.push(`The comments could not be updated: ${describeError(error)}`)
    else annotations.warning(FORK_HELP)
  }
  return progress ? { problems, progress } : { problems }
}

/**
 * The summary after its marker: the hidden line with this check's
 * fingerprints (and those of the last check of an earlier commit), then the
 * Markdown, which says what changed since that earlier check. Nothing in it
 * depends on the time, so a re-run with the same result writes nothing.
 */
function summaryText(
  pull: PullReport & { notes: string[] },
  lineUrl: (file: string, line: number) => string,
  previousBody: string | undefined,
  language: Language
): { text: string; progress?: Progress } {
  const { state, baseline } = advance(readState(previousBody), checkedState(pull.headSha, pull.reports))
  const progress = baseline && pull.reports.length > 0 ? progressSince(baseline, pull.reports) : undefined
  const hidden = stateLine(state)
  const markdown = summaryMarkdown(pull.reports, { lineUrl, notes: pull.notes, commit: pull.headSha, language, ...(progress ? { progress } : {}) })
  // The hidden line comes first and the Markdown is cut to leave room for it, so a long summary keeps its memory.
  const text = truncate(markdown, language, 'see-job-summary', MAX_BODY - (hidden ? hidden.length + 1 : 0))
  const body = hidden ? `${hidden}\n${text}` : text
  return progress ? { text: body, progress } : { text: body }
}

/** Runs one write; a failure becomes a problem to report, except a read-only token, which ends all writing. */
async function settle(what: string, problems: string[], write: () => Promise<void>): Promise<void> {
  try {
    await write()
  } catch (error) {
    if (isPermissionError(error)) throw error
    problems.push(`${what} could not be updated: ${describeError(error)}`)
  }
}

/**
 * A push while this run was checking makes its findings stale: the run for
 * the new head will comment. Writing now would put comments about old lines
 * on the new diff, or race that run.
 */
async function headMovedOn(client: GitHubClient, target: PullTarget): Promise<boolean> {
  const { data } = await client.rest.pulls.get({ owner: target.owner, repo: target.repo, pull_number: target.number })
  if (data.head.sha === target.headSha) return false
  annotations.notice(
    `Pull request #${target.number} moved on to ${data.head.sha.slice(0, 7)} while ${target.headSha.slice(0, 7)} was checked: the comments are left to the run for the new commit. This check still reports on ${target.headSha.slice(0, 7)}.`
  )
  return true
}

/**
 * Reads a report written by an earlier (unprivileged) run. Its content came
 * from a pull request, so it is treated as untrusted data: only known rules,
 * plain numbers and strings pass, and every text is escaped when rendered.
 */
export function readReport(path: string, context: RunContext): PullReport {
  let data: unknown
  try {
    data = JSON.parse(readFileSync(path, 'utf8'))
  } catch (error) {
    throw new Error(`Cannot read the report ${path}: ${(error as Error).message}`)
  }
  const report = data as { version?: number; repository?: string; pullRequest?: { number?: unknown; headSha?: unknown }; files?: unknown }
  const pull = report.pullRequest
  if (report.version !== 1 || !pull || !Number.isInteger(pull.number) || typeof pull.headSha !== 'string' || !/^[0-9a-f]{40}$/u.test(pull.headSha)) {
    throw new Error(`${path} is not a prfaq-gate pull-request report (version 1 with pullRequest.number and pullRequest.headSha).`)
  }
  if (report.repository !== `${context.owner}/${context.repo}`) {
    throw new Error(`${path} belongs to ${String(report.repository)}, not ${context.owner}/${context.repo}.`)
  }
  if (!Array.isArray(report.files)) throw new Error(`${path} has no files list.`)
  return { number: pull.number as number, headSha: pull.headSha, reports: report.files.map((file) => toFileReport(file, path)) }
}

function toFileReport(value: unknown, path: string): FileReport {
  const file = value as { path?: unknown; findings?: unknown; suppressed?: unknown; language?: unknown }
  if (typeof file.path !== 'string' || !Array.isArray(file.findings)) throw new Error(`${path}: malformed file entry.`)
  const name = file.path
  const language = LANGUAGES.find((known) => known === file.language) ?? 'en'
  const report: FileReport = { file: name, findings: file.findings.map((finding) => toFinding(finding, name, path, language)), language }
  if (Array.isArray(file.suppressed)) {
    report.suppressed = file.suppressed.map((entry) => {
      const { reason, ...rest } = entry as { reason?: unknown }
      const finding = toFinding({ severity: 'notice', column: 1, endColumn: 1, endLine: (rest as { line?: unknown }).line, ...rest }, name, path, language)
      return { finding, reason: String(reason ?? '').slice(0, 500) }
    })
  }
  return report
}

const RULE_ID = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/u

/** Rebuilds a finding from untrusted JSON: known shapes only; texts are escaped when rendered. */
function toFinding(value: unknown, file: string, path: string, language: Language): Finding {
  const finding = value as Record<string, unknown>
  const ruleId = typeof finding.ruleId === 'string' && RULE_ID.test(finding.ruleId) ? finding.ruleId : undefined
  const numbers = ['line', 'column', 'endLine', 'endColumn'].map((key) => finding[key])
  if (!ruleId || !SEVERITIES.includes(finding.severity as Finding['severity']) || !numbers.every((n) => Number.isInteger(n) && (n as number) >= 1)) {
    throw new Error(`${path}: malformed finding in ${file}.`)
  }
  // A team schema's id is not a built-in rule: its help comes from the report, its page is the team-schema page.
  const rule = ruleById(ruleId)
  const [line, column, endLine, endColumn] = numbers as number[]
  return {
    ruleId,
    severity: finding.severity as Finding['severity'],
    message: String(finding.message ?? '').slice(0, 2000),
    help: rule ? (ruleText(language, rule.id, 'help') ?? rule.help) : escapeMarkdown(String(finding.help ?? '').slice(0, 2000)),
    file,
    line: line!,
    column: column!,
    endLine: endLine!,
    endColumn: endColumn!,
    url: docsUrl(rule ? rule.id : 'team-schemas'),
    ...(typeof finding.fingerprint === 'string' && /^[0-9a-f]{16}$/u.test(finding.fingerprint) ? { fingerprint: finding.fingerprint } : {})
  }
}

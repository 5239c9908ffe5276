import { writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import * as core from '@actions/core'
import { ConfigError } from '../config/load.js'
import type { FileReport } from '../findings/finding.js'
import { decide } from '../gate.js'
import { toJsonReport } from '../reporters/json.js'
import { lineLink, type SummaryContext } from '../reporters/markdown.js'
import { annotate } from './annotations.js'
import { readRunContext, type RunContext } from './event.js'
import { createClient, describeError } from './github/client.js'
import { listPullFiles } from './github/files.js'
import { InputError, readInputs, type ActionInputs } from './inputs.js'
import { writeJobSummary } from './job-summary.js'
import { publishToPullRequest, readReport, type PullReport } from './publish.js'
import { checkSources } from './sources.js'

/**
 * The Action: inputs → the files this event is about → engine → reporters
 * (review comments, summary comment, annotations, job summary, JSON report)
 * → the gate. Never throws: every failure ends as a failed step with a
 * message that says what went wrong and what to do.
 */
export async function run(): Promise<void> {
  try {
    const inputs = readInputs()
    const context = readRunContext()
    const client = createClient(inputs.token, context.apiUrl)
    if (inputs.fromReport) return await publishFromReport(inputs, context, client)

    const sources = await checkSources(context, client, inputs)
    const reports: FileReport[] = sources.results.map(({ file, findings, suppressed }) => ({ file, findings, suppressed }))
    const gate = decide(reports, inputs.failLevel)
    const pull = context.plan.kind === 'pull-request' ? { number: context.plan.number, headSha: context.plan.headSha, baseSha: context.plan.baseSha } : undefined
    const reportPath = writeReport(reports, context, pull)
    const summary = summaryContext(context, sources.notes)

    if (reports.length === 0) core.info(`No PR/FAQ file changed${context.plan.kind === 'workspace' ? ' in the workspace' : ''}: nothing to check.`)
    const hidden = annotate(reports.flatMap((report) => report.findings))
    if (hidden > 0) core.info(`${hidden} more findings than GitHub shows as annotations: all are in the job summary.`)

    if (context.plan.kind === 'pull-request' && inputs.comment !== 'none') {
      await publishToPullRequest(client, context, { ...pull!, reports, changedFiles: sources.changedFiles, notes: sources.notes }, inputs)
    }
    await writeJobSummary(reports, summary)
    setOutputs(reports, gate, reportPath)
    core.info(gate.summary)
    if (gate.failed) core.setFailed(gate.summary)
  } catch (error) {
    core.setFailed(failureMessage(error))
  }
}

/**
 * The privileged half of the fork-safe pattern: post what an unprivileged run
 * found. The report came from a pull request's own workflow, so nothing in it
 * is trusted that GitHub can tell us instead: the commit must be the one the
 * finished workflow run built, and still the pull request's head.
 */
async function publishFromReport(inputs: ActionInputs, context: RunContext, client: ReturnType<typeof createClient>): Promise<void> {
  const { plan } = context
  if (plan.kind !== 'workflow-run') {
    throw new Error(`The from-report input posts a report in a workflow_run job (the fork-safe pattern); this run was started by "${context.eventName}".`)
  }
  const report: PullReport = readReport(inputs.fromReport!, context)
  if (report.headSha !== plan.headSha) {
    throw new Error(`The report is for commit ${report.headSha.slice(0, 7)}, but the workflow run that produced it built ${plan.headSha.slice(0, 7)}; nothing was posted.`)
  }
  const { data: pull } = await client.rest.pulls.get({ owner: context.owner, repo: context.repo, pull_number: report.number })
  if (plan.headRepository && pull.head.repo?.full_name !== plan.headRepository) {
    throw new Error(`Pull request #${report.number} does not come from ${plan.headRepository}, the repository the workflow run built; nothing was posted.`)
  }
  if (pull.head.sha !== report.headSha) {
    core.notice(`Pull request #${report.number} has moved on to ${pull.head.sha.slice(0, 7)}; the report for ${report.headSha.slice(0, 7)} is outdated and was not posted.`)
    return
  }
  const changedFiles = await listPullFiles(client, context.owner, context.repo, report.number)
  const changed = new Set(changedFiles.map((file) => file.path))
  const stranger = report.reports.find((file) => !changed.has(file.file))
  if (stranger) throw new Error(`The report names ${JSON.stringify(stranger.file)}, which pull request #${report.number} does not change; nothing was posted.`)
  await publishToPullRequest(client, context, { ...report, changedFiles, notes: [] }, inputs)
}

function summaryContext(context: RunContext, notes: string[]): SummaryContext {
  const commit = context.plan.kind === 'workspace' ? process.env.GITHUB_SHA : context.plan.headSha
  const result: SummaryContext = { notes, lineUrl: lineLink(context.serverUrl, `${context.owner}/${context.repo}`, commit ?? 'HEAD') }
  if (commit) result.commit = commit
  return result
}

/** The CLI's JSON report, plus the pull request it belongs to (for the workflow_run publisher). */
function writeReport(reports: FileReport[], context: RunContext, pull: { number: number; headSha: string; baseSha: string } | undefined): string {
  const path = join(process.env.RUNNER_TEMP ?? tmpdir(), 'prfaq-gate-report.json')
  const report = { ...toJsonReport(reports), repository: `${context.owner}/${context.repo}`, ...(pull ? { pullRequest: pull } : {}) }
  writeFileSync(path, `${JSON.stringify(report, null, 2)}\n`)
  return path
}

function setOutputs(reports: FileReport[], gate: ReturnType<typeof decide>, reportPath: string): void {
  core.setOutput('files-checked', reports.length)
  core.setOutput('errors', gate.errors)
  core.setOutput('warnings', gate.warnings)
  core.setOutput('report', reportPath)
}

function failureMessage(error: unknown): string {
  if (error instanceof InputError) return error.message
  if (error instanceof ConfigError) return `Bad prfaq-gate config: ${error.message}`
  const status = (error as { status?: number }).status
  if (status) {
    return `prfaq-gate could not read from GitHub (${describeError(error)}). The check fails rather than pass unchecked; re-run the job once GitHub responds.`
  }
  return `prfaq-gate failed: ${error instanceof Error ? error.message : String(error)}`
}

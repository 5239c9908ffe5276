import { mkdirSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import * as core from '@actions/core'
import { ConfigError } from '../config/load.js'
import type { FileReport } from '../findings/finding.js'
import { decide, type GateResult } from '../gate.js'
import { languageOfRun } from '../messages/text.js'
import { toJsonReport } from '../reporters/json.js'
import { lineLink, type SummaryContext } from '../reporters/markdown.js'
import { formatSarif } from '../reporters/sarif.js'
import { annotations } from './annotations.js'
import { type RunContext, readRunContext } from './event.js'
import { createClient, describeError, type GitHubClient, statusOf } from './github/client.js'
import { listPullFiles } from './github/files.js'
import { type ActionInputs, InputError, readInputs } from './inputs.js'
import { writeJobSummary } from './job-summary.js'
import { type PullReport, publishToPullRequest, readReport } from './publish.js'
import { checkSources } from './sources.js'

/**
 * The Action: inputs → the files this event is about → engine → the verdict
 * and the reporters that cannot fail on GitHub's account (outputs, JSON
 * report, annotations, job summary) → comments on the pull request → gate.
 * Never throws and never hangs: every failure ends as a failed step with a
 * message that says which call failed and what to do, and the whole run has
 * a deadline.
 */
export async function run(): Promise<void> {
  let inputs: ActionInputs
  try {
    inputs = readInputs()
  } catch (error) {
    return annotations.fail(failureMessage(error))
  }
  const deadline = startDeadline(inputs.timeoutSeconds)
  try {
    const context = readRunContext()
    const client = createClient(inputs.token, { baseUrl: context.apiUrl, requestTimeoutMs: inputs.requestTimeoutSeconds * 1000 })
    deadline.watch(client)
    if (inputs.fromReport) await publishFromReport(inputs, context, client)
    else await checkAndReport(inputs, context, client, deadline)
  } catch (error) {
    annotations.fail(failureMessage(error))
  } finally {
    deadline.stop()
  }
}

async function checkAndReport(inputs: ActionInputs, context: RunContext, client: GitHubClient, deadline: Deadline): Promise<void> {
  const sources = await checkSources(context, client, inputs)
  const reports: FileReport[] = sources.results.map(({ file, findings, suppressed, language }) => ({ file, findings, suppressed, language }))
  const gate = decide(reports, inputs.failLevel)
  const pull = context.plan.kind === 'pull-request' ? { number: context.plan.number, headSha: context.plan.headSha, baseSha: context.plan.baseSha } : undefined

  // Everything that does not depend on GitHub accepting a write comes first, so that it is
  // there whatever happens to the comments: outputs, the report, the verdict, annotations, job summary.
  setOutputs(reports, gate, writeReport(reports, context, pull))
  if (reports.length === 0) core.info(`No PR/FAQ file changed${context.plan.kind === 'workspace' ? ' in the workspace' : ''}: nothing to check.`)
  core.info(gate.summary)
  if (gate.failed) annotations.fail(gate.summary)
  deadline.verdict(gate.failed ? 1 : 0)
  const hidden = annotations.findings(reports.flatMap((report) => report.findings))
  if (hidden > 0) core.info(`${hidden} more findings than GitHub shows as annotations: all are in the job summary.`)
  const summary = { ...summaryContext(context, sources.notes), language: languageOfRun(reports, sources.language) }
  await safely('The job summary', () => writeJobSummary(reports, summary))
  if (inputs.sarifFile) await safely('The SARIF file', async () => writeSarif(resolve(context.workspace, inputs.sarifFile!), reports))

  if (pull && inputs.comment !== 'none') {
    const { problems, progress } = await publishToPullRequest(
      client,
      context,
      { ...pull, reports, changedFiles: sources.changedFiles, notes: sources.notes },
      { ...inputs, language: sources.language }
    )
    // The job summary was written before any comment; now that the summary comment knows what changed since the last push, it says so too.
    if (progress) await safely('The job summary', () => writeJobSummary(reports, { ...summary, progress }, { overwrite: true }))
    await reportProblems(problems)
  }
}

/**
 * The privileged half of the fork-safe pattern: post what an unprivileged run
 * found. The report came from a pull request's own workflow, so nothing in it
 * is trusted that GitHub can tell us instead: the commit must be the one the
 * finished workflow run built, and still the pull request's head.
 */
async function publishFromReport(inputs: ActionInputs, context: RunContext, client: GitHubClient): Promise<void> {
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
    annotations.notice(`Pull request #${report.number} has moved on to ${pull.head.sha.slice(0, 7)}; the report for ${report.headSha.slice(0, 7)} is outdated and was not posted.`)
    return
  }
  const changedFiles = await listPullFiles(client, context.owner, context.repo, report.number)
  const changed = new Set(changedFiles.map((file) => file.path))
  const stranger = report.reports.find((file) => !changed.has(file.file))
  if (stranger) throw new Error(`The report names ${JSON.stringify(stranger.file)}, which pull request #${report.number} does not change; nothing was posted.`)
  const { problems } = await publishToPullRequest(client, context, { ...report, changedFiles, notes: [] }, inputs)
  await reportProblems(problems)
  // Posting is this job's whole purpose: when it could not post, it fails (the gate is the other workflow's check).
  if (problems.length > 0) annotations.fail('prfaq-gate could not post the report; see the warnings above.')
}

/**
 * Comments that could not be written do not change the verdict (the check
 * is the gate; comments explain it), but they are never silent: each is a
 * warning naming the call that failed and what to do, and it goes into the
 * job summary too.
 */
async function reportProblems(problems: string[]): Promise<void> {
  if (problems.length === 0) return
  for (const problem of problems) annotations.warning(problem)
  await safely('The job summary note', async () => {
    await core.summary.addRaw(`\n\n### Comments not updated\n\n${problems.map((problem) => `- ${problem}`).join('\n')}\n`).write()
  })
}

/** Runs a reporter whose failure must not stop the others; a failure is a warning. */
async function safely(what: string, write: () => Promise<void>): Promise<void> {
  try {
    await write()
  } catch (error) {
    annotations.warning(`${what} could not be written: ${error instanceof Error ? error.message : String(error)}`)
  }
}

interface Deadline {
  /** Follow this client's requests, to say which one was still waiting. */
  watch(client: GitHubClient): void
  /** The verdict is known: if the deadline strikes now, exit with it rather than fail. */
  verdict(exitCode: number): void
  stop(): void
}

/**
 * The run's deadline. Every request has its own timeout, but retries and
 * rate-limit waits add up; past the deadline the run stops with a message
 * naming what it was waiting for. Before the verdict that fails the check
 * (nothing unchecked passes); after it, the verdict stands and only the
 * comments are left unfinished.
 */
function startDeadline(seconds: number): Deadline {
  let client: GitHubClient | undefined
  let exitCode: number | undefined
  const timer = setTimeout(() => {
    const waiting = client && client.pending.size > 0 ? `, still waiting for ${[...client.pending].join(', ')}` : ''
    if (exitCode === undefined) {
      annotations.fail(`prfaq-gate stopped after ${seconds} s (the timeout-seconds input)${waiting}. The check fails rather than pass unchecked; re-run the job once GitHub responds.`)
      process.exit(1)
    }
    annotations.warning(`prfaq-gate stopped after ${seconds} s (the timeout-seconds input) before the comments were updated${waiting}. The verdict stands; re-run the job to update the comments.`)
    process.exit(exitCode)
  }, seconds * 1000)
  return {
    watch: (watched) => (client = watched),
    verdict: (code) => (exitCode = code),
    stop: () => clearTimeout(timer)
  }
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

function writeSarif(path: string, reports: FileReport[]): void {
  mkdirSync(dirname(path), { recursive: true })
  writeFileSync(path, formatSarif(reports))
  core.info(`SARIF written to ${path}.`)
}

function setOutputs(reports: FileReport[], gate: GateResult, reportPath: string): void {
  core.setOutput('files-checked', reports.length)
  core.setOutput('errors', gate.errors)
  core.setOutput('warnings', gate.warnings)
  core.setOutput('report', reportPath)
}

function failureMessage(error: unknown): string {
  if (error instanceof InputError) return error.message
  if (error instanceof ConfigError) return `Bad prfaq-gate config: ${error.message}`
  if (statusOf(error) !== undefined || (error as { request?: unknown }).request) {
    return `prfaq-gate could not read the pull request from GitHub, so the check fails rather than pass unchecked. ${describeError(error)}`
  }
  return `prfaq-gate failed: ${error instanceof Error ? error.message : String(error)}`
}

import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { type ProcessResult, ROOT, runNode } from './process.js'

// PRFAQ_GATE_ACTION_BUNDLE runs the tests against another build (say, the last release's) to see which fail there.
export const ACTION = process.env.PRFAQ_GATE_ACTION_BUNDLE ?? join(ROOT, 'dist', 'index.js')

export interface ActionRun extends ProcessResult {
  outputs: Record<string, string>
  jobSummary: string
  /** Workflow-command annotations the step printed: `error file=…` lines. */
  annotations: string[]
}

export interface RunOptions {
  apiUrl: string
  eventName: string
  payload: unknown
  inputs?: Record<string, string>
  token?: string
  workspace?: string
  repository?: string
  /** More runner variables (GITHUB_WORKFLOW, GITHUB_JOB, …). */
  env?: Record<string, string>
}

/**
 * Runs dist/index.js as GitHub's runner does: a fresh process whose only
 * configuration is the environment (GITHUB_* variables, INPUT_* inputs, an
 * event payload file, output and step-summary files).
 */
export async function runAction(options: RunOptions): Promise<ActionRun> {
  const dir = mkdtempSync(join(tmpdir(), 'prfaq-gate-runner-'))
  const files = { event: join(dir, 'event.json'), output: join(dir, 'output'), summary: join(dir, 'summary.md') }
  writeFileSync(files.event, JSON.stringify(options.payload))
  writeFileSync(files.output, '')
  writeFileSync(files.summary, '')
  const inputs = { 'github-token': options.token ?? 'write-token', ...options.inputs }
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH ?? '',
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_EVENT_NAME: options.eventName,
    GITHUB_EVENT_PATH: files.event,
    GITHUB_REPOSITORY: options.repository ?? 'acme/plans',
    GITHUB_SHA: '0'.repeat(40),
    GITHUB_REF: 'refs/heads/main',
    GITHUB_API_URL: options.apiUrl,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_GRAPHQL_URL: `${options.apiUrl}/graphql`,
    GITHUB_OUTPUT: files.output,
    GITHUB_STEP_SUMMARY: files.summary,
    GITHUB_WORKSPACE: options.workspace ?? dir,
    RUNNER_TEMP: dir,
    ...options.env,
    ...Object.fromEntries(Object.entries(inputs).map(([name, value]) => [`INPUT_${name.toUpperCase()}`, value]))
  }
  const result = await runNode(ACTION, [], { cwd: options.workspace ?? dir, env })
  return {
    ...result,
    outputs: parseOutputs(readFileSync(files.output, 'utf8')),
    jobSummary: readFileSync(files.summary, 'utf8'),
    annotations: result.stdout.split('\n').filter((line) => /^::(error|warning|notice) /u.test(line))
  }
}

/** GITHUB_OUTPUT holds `name<<delimiter\nvalue\ndelimiter` blocks. */
function parseOutputs(text: string): Record<string, string> {
  const outputs: Record<string, string> = {}
  const pattern = /^(.+?)<<(.+)\n([\s\S]*?)\n\2$/gmu
  for (const match of text.matchAll(pattern)) outputs[match[1]!] = match[3]!
  return outputs
}

/** A unified-diff patch that adds a whole new file (every line is in the diff). */
export function addedPatch(content: string): string {
  const lines = content.replace(/\n$/u, '').split('\n')
  return [`@@ -0,0 +1,${lines.length} @@`, ...lines.map((line) => `+${line}`)].join('\n')
}

/** A patch that changes only `line` (1-based) of a file: just that line and its context are in the diff. */
export function oneLinePatch(content: string, line: number): string {
  const lines = content.split('\n')
  const start = Math.max(1, line - 1)
  const end = Math.min(lines.length, line + 1)
  const body: string[] = []
  for (let n = start; n <= end; n++) body.push(n === line ? `-old\n+${lines[n - 1]}` : ` ${lines[n - 1]}`)
  const count = end - start + 1
  return [`@@ -${start},${count} +${start},${count} @@`, ...body].join('\n')
}

export function pullPayload(number: number, headSha: string, baseSha: string) {
  return {
    action: 'synchronize',
    number,
    pull_request: { number, head: { sha: headSha, ref: 'feature', repo: { full_name: 'acme/plans' } }, base: { sha: baseSha, ref: 'main' } },
    repository: { full_name: 'acme/plans', name: 'plans', owner: { login: 'acme' } }
  }
}

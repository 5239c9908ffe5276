import { readFileSync } from 'node:fs'

/** What this run checks, decided by the event that started the workflow. */
export type RunPlan =
  | { kind: 'pull-request'; number: number; headSha: string; baseSha: string }
  | { kind: 'merge-group'; baseSha: string; headSha: string }
  /** The privileged half of the fork-safe pattern: the run that finished, as GitHub (not the artifact) says. */
  | { kind: 'workflow-run'; headSha: string; headRepository?: string }
  | { kind: 'workspace' }

export interface RunContext {
  owner: string
  repo: string
  eventName: string
  apiUrl: string
  serverUrl: string
  /** The checked-out repository (GITHUB_WORKSPACE). */
  workspace: string
  plan: RunPlan
}

/**
 * Reads the event the runner describes (GITHUB_EVENT_NAME, the payload at
 * GITHUB_EVENT_PATH). On pull_request the merge commit (GITHUB_SHA) is not
 * what reviewers see: review comments must point at the head SHA, so the plan
 * carries the head and base SHAs from the payload.
 */
export function readRunContext(env: NodeJS.ProcessEnv = process.env): RunContext {
  const eventName = env.GITHUB_EVENT_NAME ?? ''
  const [owner, repo] = (env.GITHUB_REPOSITORY ?? '').split('/')
  if (!owner || !repo) throw new Error('GITHUB_REPOSITORY is not set (owner/repo); is this running in GitHub Actions?')
  const payload = readPayload(env.GITHUB_EVENT_PATH)
  return {
    owner,
    repo,
    eventName,
    apiUrl: env.GITHUB_API_URL ?? 'https://api.github.com',
    serverUrl: env.GITHUB_SERVER_URL ?? 'https://github.com',
    workspace: env.GITHUB_WORKSPACE ?? process.cwd(),
    plan: planFor(eventName, payload)
  }
}

interface Payload {
  pull_request?: { number: number; head: { sha: string }; base: { sha: string } }
  merge_group?: { base_sha: string; head_sha: string }
  workflow_run?: { head_sha: string; head_repository?: { full_name?: string } | null }
}

function planFor(eventName: string, payload: Payload): RunPlan {
  // pull_request, pull_request_target and the review events all carry the pull request.
  if (eventName.startsWith('pull_request') && payload.pull_request) {
    const pull = payload.pull_request
    return { kind: 'pull-request', number: pull.number, headSha: pull.head.sha, baseSha: pull.base.sha }
  }
  if (eventName === 'merge_group' && payload.merge_group) {
    return { kind: 'merge-group', baseSha: payload.merge_group.base_sha, headSha: payload.merge_group.head_sha }
  }
  if (eventName === 'workflow_run' && payload.workflow_run) {
    const run = payload.workflow_run
    const plan: RunPlan = { kind: 'workflow-run', headSha: run.head_sha }
    if (run.head_repository?.full_name) plan.headRepository = run.head_repository.full_name
    return plan
  }
  return { kind: 'workspace' }
}

function readPayload(path: string | undefined): Payload {
  if (!path) return {}
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as Payload
  } catch (error) {
    throw new Error(`Cannot read the event payload at GITHUB_EVENT_PATH (${path}): ${(error as Error).message}`)
  }
}

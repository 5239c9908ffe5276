import { readFileSync } from 'node:fs'

/** What this run checks, decided by the event that started the workflow. */
export type RunPlan =
  | { kind: 'pull-request'; event: string; number: number; headSha: string; baseSha: string; headRepo?: string }
  | { kind: 'merge-group'; baseSha: string; headSha: string; headRef: string }
  | { kind: 'workspace'; event: string; workspace: string }

export interface RunContext {
  owner: string
  repo: string
  eventName: string
  apiUrl: string
  serverUrl: string
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
    plan: planFor(eventName, payload, env)
  }
}

interface Payload {
  pull_request?: { number: number; head: { sha: string; repo?: { full_name?: string } | null }; base: { sha: string } }
  merge_group?: { base_sha: string; head_sha: string; head_ref: string }
}

function planFor(eventName: string, payload: Payload, env: NodeJS.ProcessEnv): RunPlan {
  if ((eventName === 'pull_request' || eventName === 'pull_request_target') && payload.pull_request) {
    const pull = payload.pull_request
    const plan: RunPlan = { kind: 'pull-request', event: eventName, number: pull.number, headSha: pull.head.sha, baseSha: pull.base.sha }
    if (pull.head.repo?.full_name) plan.headRepo = pull.head.repo.full_name
    return plan
  }
  if (eventName === 'merge_group' && payload.merge_group) {
    const group = payload.merge_group
    return { kind: 'merge-group', baseSha: group.base_sha, headSha: group.head_sha, headRef: group.head_ref }
  }
  return { kind: 'workspace', event: eventName, workspace: env.GITHUB_WORKSPACE ?? process.cwd() }
}

function readPayload(path: string | undefined): Payload {
  if (!path) return {}
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as Payload
  } catch (error) {
    throw new Error(`Cannot read the event payload at GITHUB_EVENT_PATH (${path}): ${(error as Error).message}`)
  }
}

import { getOctokit } from '@actions/github'
import { defaults as actionsDefaults } from '@actions/github/lib/utils'
import { retry } from '@octokit/plugin-retry'
import { throttling } from '@octokit/plugin-throttling'
import Bottleneck from 'bottleneck/light.js'
import { annotations } from '../annotations.js'

export type GitHubClient = ReturnType<typeof getOctokit> & {
  /** The requests that have not answered yet ("GET /repos/…"), for a message that says what hung. */
  readonly pending: ReadonlySet<string>
}

export interface ClientOptions {
  baseUrl: string
  /** How long one HTTP request may take, answer body included, before it is abandoned (and, for reads, retried). */
  requestTimeoutMs: number
}

/** How many times a rate-limited request is retried after waiting for the limit to reset. */
const RATE_LIMIT_RETRIES = 3
/** How many times a read that failed with 5xx, a timeout or a broken connection is retried (with backoff). */
const READ_RETRIES = 3

/**
 * GitHub asks for writes at least a second apart. plugin-throttling spaces
 * notification-triggering writes (reviews, issue comments) three seconds
 * apart by default, which is the better part of a run's time when it posts
 * a review and a summary; one second is what GitHub's own guidance asks.
 */
const WRITE_SPACING = {
  write: new Bottleneck.Group({ id: 'prfaq-gate-write', maxConcurrent: 1, minTime: 1000 }),
  notifications: new Bottleneck.Group({ id: 'prfaq-gate-notifications', maxConcurrent: 1, minTime: 1000 })
}

/**
 * An Octokit that survives what GitHub does to busy repositories:
 * - every request has a timeout, so a hung connection cannot hold the check until the job's limit;
 * - reads are retried on 5xx, timeouts and broken connections (plugin-retry);
 * - POSTs are never re-sent blindly: GitHub sometimes applies a write and
 *   still answers 5xx, so the callers re-list and reconcile instead;
 * - rate-limit answers wait for `retry-after` or the reset (plugin-throttling).
 */
export function createClient(token: string, options: ClientOptions): GitHubClient {
  const octokit = getOctokit(
    token,
    {
      baseUrl: options.baseUrl,
      request: { ...actionsDefaults.request, fetch: fetchWithTimeout(proxyFetch(), options.requestTimeoutMs) },
      retry: { doNotRetry: [400, 401, 403, 404, 410, 422, 451], retries: READ_RETRIES },
      throttle: { ...WRITE_SPACING, onRateLimit: onLimit('rate limit'), onSecondaryRateLimit: onLimit('secondary rate limit') }
    },
    retry,
    throttling
  )
  const pending = new Set<string>()
  octokit.hook.wrap('request', async (request, requestOptions) => {
    const label = `${requestOptions.method} ${new URL(requestOptions.url, options.baseUrl).pathname}`
    // Not retried on 5xx: the caller reconciles (see above).
    if (requestOptions.method === 'POST') requestOptions.request = { ...requestOptions.request, retries: 0 }
    pending.add(label)
    try {
      return await request(requestOptions)
    } finally {
      pending.delete(label)
    }
  })
  return Object.assign(octokit, { pending })
}

function onLimit(kind: string) {
  return (retryAfter: number, request: { method: string; url: string }, _octokit: unknown, retryCount: number): boolean => {
    annotations.warning(`GitHub ${kind} on ${request.method} ${new URL(request.url, 'https://api.github.com').pathname}; retrying in ${retryAfter} s.`)
    return retryCount < RATE_LIMIT_RETRIES
  }
}

type Fetch = typeof globalThis.fetch

/** The runner's proxy-aware fetch that @actions/github sets up (HTTPS_PROXY, NO_PROXY). */
function proxyFetch(): Fetch {
  return ((actionsDefaults.request as { fetch?: Fetch } | undefined)?.fetch ?? globalThis.fetch) as Fetch
}

/**
 * A fetch whose every attempt (and the reading of its body) is abandoned
 * after `ms`. The error says so in words; Octokit reports it as a 500, which
 * the retry plugin treats as retryable for reads.
 */
export function fetchWithTimeout(inner: Fetch, ms: number): Fetch {
  return async (input, init) => {
    const timeout = AbortSignal.timeout(ms)
    const signal = init?.signal ? AbortSignal.any([init.signal, timeout]) : timeout
    try {
      return await inner(input, { ...init, signal })
    } catch (error) {
      if (timeout.aborted) throw new Error(`no answer within ${Math.round(ms / 1000)} s`)
      throw error
    }
  }
}

/** True for the error a read-only token (a pull request from a fork) gets on writes. */
export function isPermissionError(error: unknown): boolean {
  const status = statusOf(error)
  return status === 403 && !/rate limit/iu.test(errorMessage(error))
}

/** True when a write may have been applied although it failed: a 5xx, a timeout or a dropped connection. */
export function isAmbiguous(error: unknown): boolean {
  const status = statusOf(error)
  return status === undefined || status >= 500
}

export function statusOf(error: unknown): number | undefined {
  const status = (error as { status?: unknown }).status
  return typeof status === 'number' ? status : undefined
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}

/** "GET /repos/o/r/pulls/7/files" for an Octokit error, when it carries its request. */
export function callOf(error: unknown): string | undefined {
  const request = (error as { request?: { method?: string; url?: string } }).request
  if (!request?.method || !request.url) return undefined
  return `${request.method} ${new URL(request.url, 'https://api.github.com').pathname}`
}

/**
 * What failed and what to do about it, in one sentence:
 * "GET /repos/o/r/pulls/7/files answered HTTP 502 (Bad Gateway): GitHub is
 * having trouble; re-run the job."
 */
export function describeError(error: unknown): string {
  const status = statusOf(error)
  const call = callOf(error)
  const what = call ?? 'A request to GitHub'
  const detail = errorMessage(error).split('\n', 1)[0]
  const answer =
    status && status !== 500
      ? `answered HTTP ${status} (${detail})`
      : status === 500 && /^no answer within|fetch failed|ECONN|socket|network/iu.test(detail ?? '')
        ? `failed: ${detail}`
        : `failed (${status ? `HTTP ${status}: ` : ''}${detail})`
  return `${what} ${answer}: ${adviceFor(error)}`
}

function adviceFor(error: unknown): string {
  const status = statusOf(error)
  const permission = (error as { response?: { headers?: Record<string, string> } }).response?.headers?.['x-accepted-github-permissions']
  if (status === 401) return 'the token is not valid; check the github-token input.'
  if (status === 403 && /rate limit/iu.test(errorMessage(error))) return 'the rate limit is used up; re-run the job after it resets.'
  if (status === 403) return `the token lacks a permission${permission ? ` (GitHub asks for ${permission})` : ''}; grant it in the workflow's permissions: block.`
  if (status === 404) return 'not found, or the token cannot see it; check the repository, the ref and the token.'
  if (status === 422) return 'GitHub refused the request as invalid; please report this to prfaq-gate with the log.'
  return 'GitHub did not answer in time or had an error; re-run the job.'
}

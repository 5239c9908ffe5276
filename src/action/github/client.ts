import * as core from '@actions/core'
import { getOctokit } from '@actions/github'
import { retry } from '@octokit/plugin-retry'
import { throttling } from '@octokit/plugin-throttling'

export type GitHubClient = ReturnType<typeof getOctokit>

/** How many times a rate-limited request is retried after waiting for the limit to reset. */
const RATE_LIMIT_RETRIES = 3

/**
 * An Octokit that survives what GitHub does to busy repositories: 5xx
 * answers are retried with backoff (plugin-retry), and rate-limit answers
 * wait for `retry-after` or the limit's reset before retrying
 * (plugin-throttling, which also spaces out writes as GitHub asks).
 */
export function createClient(token: string, baseUrl: string): GitHubClient {
  return getOctokit(
    token,
    {
      baseUrl,
      retry: { doNotRetry: [400, 401, 403, 404, 410, 422, 451] },
      throttle: {
        onRateLimit: (retryAfter: number, options: { method: string; url: string }, _octokit: unknown, retryCount: number) => {
          core.warning(`GitHub rate limit reached on ${options.method} ${options.url}; retrying in ${retryAfter} s.`)
          return retryCount < RATE_LIMIT_RETRIES
        },
        onSecondaryRateLimit: (retryAfter: number, options: { method: string; url: string }, _octokit: unknown, retryCount: number) => {
          core.warning(`GitHub secondary rate limit on ${options.method} ${options.url}; retrying in ${retryAfter} s.`)
          return retryCount < RATE_LIMIT_RETRIES
        }
      }
    },
    retry,
    throttling
  )
}

/** True for the error a read-only token (a pull request from a fork) gets on writes. */
export function isPermissionError(error: unknown): boolean {
  return (error as { status?: number }).status === 403
}

export function describeError(error: unknown): string {
  const status = (error as { status?: number }).status
  const message = error instanceof Error ? error.message : String(error)
  return status ? `HTTP ${status}: ${message}` : message
}

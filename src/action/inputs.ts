import * as core from '@actions/core'
import type { FailLevel } from '../gate.js'
import { LANGUAGES, type Language } from '../messages/text.js'
import { commentKey, defaultCommentKey } from './github/markers.js'

export type { FailLevel }
export type CommentMode = 'review' | 'summary' | 'both' | 'none'

export interface ActionInputs {
  token: string
  /** Globs from the `paths` input; undefined means "use the config's, else the detection patterns". */
  paths?: string[]
  /** Config path from the `config` input; undefined means the default locations. */
  config?: string
  failLevel: FailLevel
  comment: CommentMode
  maxInlineComments: number
  /** Publish mode: post the findings of this JSON report instead of checking files. */
  fromReport?: string
  /** Tells this job's comments from other jobs' (see github/markers.ts). */
  commentKey: string
  /** The whole run's deadline. */
  timeoutSeconds: number
  /** One request's deadline, its answer's body included. */
  requestTimeoutSeconds: number
  /** Where to write the findings as SARIF (for github/codeql-action/upload-sarif), relative to the workspace. */
  sarifFile?: string
  /** The `language` input; undefined leaves it to the config (and then to each document). */
  language?: Language | 'auto'
}

/** An input with a bad value: the step fails with a message naming the input. */
export class InputError extends Error {
  constructor(input: string, detail: string) {
    super(`Input "${input}": ${detail}`)
    this.name = 'InputError'
  }
}

const FAIL_LEVELS: FailLevel[] = ['error', 'warning', 'never']
const COMMENT_MODES: CommentMode[] = ['review', 'summary', 'both', 'none']

/** Reads and validates every input before any work starts. */
export function readInputs(): ActionInputs {
  const token = core.getInput('github-token')
  // biome-ignore lint/suspicious/noTemplateCurlyInString: a GitHub Actions expression, not a JavaScript template
  if (!token) throw new InputError('github-token', 'is empty; pass `github-token: ${{ github.token }}` or a token with pull-requests write')
  core.setSecret(token)
  const inputs: ActionInputs = {
    token,
    failLevel: oneOf('fail-level', FAIL_LEVELS, 'error'),
    comment: oneOf('comment', COMMENT_MODES, 'both'),
    maxInlineComments: integer('max-inline-comments', 20, 0, 100),
    commentKey: core.getInput('comment-key').trim() ? commentKey(core.getInput('comment-key').trim()) : defaultCommentKey(),
    timeoutSeconds: integer('timeout-seconds', 600, 10, 21_600),
    requestTimeoutSeconds: integer('request-timeout-seconds', 30, 1, 600)
  }
  const paths = list(core.getInput('paths'))
  if (paths.length > 0) inputs.paths = paths
  const config = core.getInput('config').trim()
  if (config) inputs.config = config
  const fromReport = core.getInput('from-report').trim()
  if (fromReport) inputs.fromReport = fromReport
  const sarifFile = core.getInput('sarif-file').trim()
  if (sarifFile) inputs.sarifFile = sarifFile
  if (core.getInput('language').trim()) inputs.language = oneOf<Language | 'auto'>('language', ['auto', ...LANGUAGES], 'auto')
  return inputs
}

function oneOf<T extends string>(name: string, allowed: T[], fallback: T): T {
  const value = core.getInput(name).trim().toLowerCase()
  if (!value) return fallback
  if (!(allowed as string[]).includes(value)) throw new InputError(name, `"${value}" is not one of ${allowed.join(', ')}`)
  return value as T
}

function integer(name: string, fallback: number, min: number, max: number): number {
  const value = core.getInput(name).trim()
  if (!value) return fallback
  if (!/^\d+$/u.test(value) || Number(value) < min || Number(value) > max) {
    throw new InputError(name, `"${value}" is not a whole number from ${min} to ${max}`)
  }
  return Number(value)
}

/**
 * Newline- or comma-separated globs; blank entries and `#` comments are
 * dropped. A comma inside braces belongs to the glob (`*.{md,markdown}`).
 */
export function list(value: string): string[] {
  return value
    .split(/\n|,(?![^{]*\})/u)
    .map((entry) => entry.trim())
    .filter((entry) => entry && !entry.startsWith('#'))
}

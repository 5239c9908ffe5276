import * as core from '@actions/core'
import type { Finding } from '../../findings/finding.js'
import { fingerprint, fingerprintOf, reviewCommentBody, truncate } from '../../reporters/markdown.js'
import type { GitHubClient } from './client.js'
import { anchorInDiff, commentableLines, type CommentableLines } from './diff.js'
import type { ChangedFile } from './files.js'

export interface PullTarget {
  owner: string
  repo: string
  number: number
  headSha: string
  /** The login the token writes as: only its comments are ours. */
  login: string
}

export interface ReviewOutcome {
  posted: number
  /** Earlier comments that still stand (same finding, same line): not posted again. */
  kept: number
  deleted: number
  /** Findings without an inline comment: outside the diff, or over the per-run cap. */
  notInline: Finding[]
}

/** At most this many outdated comments are deleted per run, so a run's writes stay bounded. */
const MAX_CLEANUPS = 30

interface ExistingComment {
  id: number
  line: number | null | undefined
  path: string
  fingerprint: string
  hasReplies: boolean
}

/**
 * Brings the pull request's inline comments in line with the findings, in
 * O(1) writes: one COMMENT review holding every new inline comment (never
 * APPROVE or REQUEST_CHANGES: the failing check is the gate), and a bounded
 * number of deletions of comments whose finding is gone. A finding already
 * commented on the same line is not posted again; a comment someone replied
 * to is never deleted.
 */
export async function syncReview(
  client: GitHubClient,
  target: PullTarget,
  findings: Finding[],
  files: ChangedFile[],
  maxInline: number
): Promise<ReviewOutcome> {
  const existing = await listOwnComments(client, target)
  const diffs = new Map<string, CommentableLines>(files.map((file) => [file.path, commentableLines(file.patch)]))
  const outcome: ReviewOutcome = { posted: 0, kept: 0, deleted: 0, notInline: [] }
  const current = new Set<string>()
  const toPost: Array<{ finding: Finding; line: number; startLine?: number }> = []

  for (const finding of findings) {
    const anchor = anchorInDiff(diffs.get(finding.file) ?? { hunkOf: new Map() }, finding.line, finding.endLine)
    if (!anchor) {
      outcome.notInline.push(finding)
      continue
    }
    const key = `${fingerprint(finding)}@${anchor.line}`
    if (existing.some((comment) => `${comment.fingerprint}@${comment.line}` === key)) {
      current.add(key)
      outcome.kept++
    } else if (outcome.kept + toPost.length < maxInline) {
      // The cap counts comments already standing, so re-runs never add more.
      current.add(key)
      toPost.push({ finding, ...anchor })
    } else {
      outcome.notInline.push(finding)
    }
  }

  if (toPost.length > 0) outcome.posted = await postReview(client, target, toPost, outcome)
  outcome.deleted = await deleteStale(client, target, existing.filter((comment) => !current.has(`${comment.fingerprint}@${comment.line}`)))
  return outcome
}

async function listOwnComments(client: GitHubClient, target: PullTarget): Promise<ExistingComment[]> {
  const comments = await client.paginate(client.rest.pulls.listReviewComments, {
    owner: target.owner,
    repo: target.repo,
    pull_number: target.number,
    per_page: 100
  })
  const repliedTo = new Set(comments.map((comment) => comment.in_reply_to_id).filter((id): id is number => typeof id === 'number'))
  return comments.flatMap((comment) => {
    const print = comment.user?.login === target.login ? fingerprintOf(comment.body ?? '') : undefined
    return print ? [{ id: comment.id, line: comment.line, path: comment.path, fingerprint: print, hasReplies: repliedTo.has(comment.id) }] : []
  })
}

async function postReview(
  client: GitHubClient,
  target: PullTarget,
  toPost: Array<{ finding: Finding; line: number; startLine?: number }>,
  outcome: ReviewOutcome
): Promise<number> {
  const comments = toPost.map(({ finding, line, startLine }) => ({
    path: finding.file,
    line,
    side: 'RIGHT' as const,
    ...(startLine !== undefined ? { start_line: startLine, start_side: 'RIGHT' as const } : {}),
    body: truncate(reviewCommentBody(finding), 'See the summary comment.')
  }))
  const body = `prfaq-gate found ${toPost.length} problem${toPost.length === 1 ? '' : 's'} on lines of this change. The summary comment has the scorecard for each PR/FAQ.`
  try {
    await client.rest.pulls.createReview({ owner: target.owner, repo: target.repo, pull_number: target.number, commit_id: target.headSha, event: 'COMMENT', body, comments })
    return comments.length
  } catch (error) {
    // GitHub's view of the diff disagreed with ours: keep every finding, in the summary instead.
    if ((error as { status?: number }).status !== 422) throw error
    core.warning(`GitHub rejected the inline review comments (${(error as Error).message}); the findings are listed in the summary comment instead.`)
    outcome.notInline.push(...toPost.map(({ finding }) => finding))
    return 0
  }
}

async function deleteStale(client: GitHubClient, target: PullTarget, stale: ExistingComment[]): Promise<number> {
  let deleted = 0
  for (const comment of stale) {
    if (comment.hasReplies) continue
    if (deleted >= MAX_CLEANUPS) {
      core.info(`More than ${MAX_CLEANUPS} outdated prfaq-gate comments; the rest are removed on the next runs.`)
      break
    }
    try {
      await client.rest.pulls.deleteReviewComment({ owner: target.owner, repo: target.repo, comment_id: comment.id })
    } catch (error) {
      // Someone deleted it first: the goal is met.
      if ((error as { status?: number }).status !== 404) throw error
    }
    deleted++
  }
  return deleted
}

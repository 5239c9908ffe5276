import { fingerprint, type Finding } from '../../findings/finding.js'
import { reviewCommentBody, truncate } from '../../reporters/markdown.js'
import { annotations } from '../annotations.js'
import type { GitHubClient } from './client.js'
import { isAmbiguous, statusOf } from './client.js'
import { anchorInDiff, commentableLines, type CommentableLines } from './diff.js'
import type { ChangedFile } from './files.js'
import { findingMarker, ownFingerprint } from './markers.js'

export interface PullTarget {
  owner: string
  repo: string
  number: number
  headSha: string
  /** The login the token writes as: only its comments can be ours. */
  login: string
  /** This job's comment key (see markers.ts): only comments marked with it are ours. */
  key: string
}

export interface ReviewOutcome {
  posted: number
  /** Earlier comments that still stand (same finding, same line): not posted again. */
  kept: number
  /** Outdated comments and duplicate copies removed. */
  deleted: number
  /** Findings without an inline comment: outside the diff, or over the per-run cap. */
  notInline: Finding[]
}

/** At most this many comments are deleted per run, so a run's writes stay bounded; the next run goes on. */
const MAX_CLEANUPS = 30
/** A review that failed ambiguously (5xx, timeout) is tried once more, for the comments that did not land. */
const POST_ATTEMPTS = 2

interface OwnComment {
  id: number
  /** `fingerprint@path@line`: the same finding on the same line is the same comment. */
  key: string
  hasReplies: boolean
}

interface PlannedComment {
  finding: Finding
  key: string
  line: number
  startLine?: number
}

/**
 * Brings the pull request's inline comments in line with the findings, in a
 * bounded number of writes: one COMMENT review holding every new inline
 * comment (never APPROVE or REQUEST_CHANGES: the failing check is the gate),
 * then deletions of comments whose finding is gone and of duplicate copies.
 *
 * Safe to repeat: a review POST is never re-sent blindly (GitHub sometimes
 * applies it and answers 5xx); the comments are listed again and only those
 * missing are posted. Duplicates of one finding on one line — from such a
 * write, from two runs racing, from an older version — converge to the
 * oldest copy. A comment someone replied to is never deleted.
 */
export async function syncReview(
  client: GitHubClient,
  target: PullTarget,
  findings: Finding[],
  files: ChangedFile[],
  maxInline: number
): Promise<ReviewOutcome> {
  let existing = await listOwnComments(client, target)
  const outcome: ReviewOutcome = { posted: 0, kept: 0, deleted: 0, notInline: [] }
  const { toPost, wanted } = plan(existing, findings, files, maxInline, outcome)
  if (toPost.length > 0) existing = await postReconciled(client, target, toPost, outcome, existing)
  outcome.deleted = await deleteComments(client, target, surplus(existing, wanted))
  return outcome
}

/** Which findings get a new comment, which stand already, and which go to the summary only. */
function plan(
  existing: OwnComment[],
  findings: Finding[],
  files: ChangedFile[],
  maxInline: number,
  outcome: ReviewOutcome
): { toPost: PlannedComment[]; wanted: Set<string> } {
  const diffs = new Map<string, CommentableLines>(files.map((file) => [file.path, commentableLines(file.patch)]))
  const standing = new Set(existing.map((comment) => comment.key))
  const wanted = new Set<string>()
  const toPost: PlannedComment[] = []
  for (const finding of findings) {
    const anchor = anchorInDiff(diffs.get(finding.file) ?? { hunkOf: new Map() }, finding.line, finding.endLine)
    const key = anchor && commentKey(fingerprint(finding), finding.file, anchor.line)
    if (!anchor || !key || wanted.has(key)) {
      if (!anchor) outcome.notInline.push(finding)
      continue
    }
    if (standing.has(key)) {
      wanted.add(key)
      outcome.kept++
    } else if (outcome.kept + toPost.length < maxInline) {
      // The cap counts comments already standing, so re-runs never add more.
      wanted.add(key)
      toPost.push({ finding, key, ...anchor })
    } else {
      outcome.notInline.push(finding)
    }
  }
  return { toPost, wanted }
}

function commentKey(print: string, path: string, line: number | null | undefined): string {
  return `${print}@${path}@${line ?? 'outdated'}`
}

async function listOwnComments(client: GitHubClient, target: PullTarget): Promise<OwnComment[]> {
  const comments = await client.paginate(client.rest.pulls.listReviewComments, { owner: target.owner, repo: target.repo, pull_number: target.number, per_page: 100 })
  const repliedTo = new Set(comments.map((comment) => comment.in_reply_to_id).filter((id): id is number => typeof id === 'number'))
  return comments
    .flatMap((comment) => {
      const print = comment.user?.login === target.login && comment.in_reply_to_id === undefined ? ownFingerprint(comment.body, target.key) : undefined
      return print ? [{ id: comment.id, key: commentKey(print, comment.path, comment.line), hasReplies: repliedTo.has(comment.id) }] : []
    })
    .sort((a, b) => a.id - b.id)
}

/**
 * Posts the review, then lists again: to learn whether a failed POST landed
 * anyway (then nothing is re-sent) and to see a racing run's copies. Returns
 * the listing after the post.
 */
async function postReconciled(
  client: GitHubClient,
  target: PullTarget,
  planned: PlannedComment[],
  outcome: ReviewOutcome,
  existing: OwnComment[]
): Promise<OwnComment[]> {
  let toPost = planned
  let failure: unknown
  let listed = existing
  for (let attempt = 1; attempt <= POST_ATTEMPTS && toPost.length > 0; attempt++) {
    try {
      await postReview(client, target, toPost)
      failure = undefined
    } catch (error) {
      if (statusOf(error) === 422) {
        // GitHub's view of the diff disagreed with ours: keep every finding, in the summary instead.
        annotations.warning(`GitHub rejected the inline review comments (${(error as Error).message.split('\n', 1)[0]}); the findings are listed in the summary comment instead.`)
        outcome.notInline.push(...toPost.map(({ finding }) => finding))
        return listed
      }
      if (!isAmbiguous(error)) throw error
      failure = error
    }
    listed = await listOwnComments(client, target)
    const present = new Set(listed.map((comment) => comment.key))
    outcome.posted += toPost.filter((comment) => present.has(comment.key)).length
    toPost = failure ? toPost.filter((comment) => !present.has(comment.key)) : []
  }
  if (failure && toPost.length > 0) throw failure
  return listed
}

async function postReview(client: GitHubClient, target: PullTarget, toPost: PlannedComment[]): Promise<void> {
  const comments = toPost.map(({ finding, line, startLine }) => ({
    path: finding.file,
    line,
    side: 'RIGHT' as const,
    ...(startLine !== undefined ? { start_line: startLine, start_side: 'RIGHT' as const } : {}),
    // The marker comes first, so that cutting an overlong body can never lose it.
    body: truncate(`${findingMarker(fingerprint(finding), target.key)}\n${reviewCommentBody(finding)}`, 'See the summary comment.')
  }))
  const body = `prfaq-gate found ${toPost.length} problem${toPost.length === 1 ? '' : 's'} on lines of this change. The summary comment has the scorecard for each PR/FAQ.`
  await client.rest.pulls.createReview({ owner: target.owner, repo: target.repo, pull_number: target.number, commit_id: target.headSha, event: 'COMMENT', body, comments })
}

/** Comments whose finding is gone, and every copy of a comment but the oldest; never one with replies. */
function surplus(existing: OwnComment[], wanted: Set<string>): OwnComment[] {
  const seen = new Set<string>()
  const result: OwnComment[] = []
  for (const comment of existing) {
    const duplicate = seen.has(comment.key)
    seen.add(comment.key)
    if (comment.hasReplies) continue
    if (duplicate || !wanted.has(comment.key)) result.push(comment)
  }
  return result
}

async function deleteComments(client: GitHubClient, target: PullTarget, comments: OwnComment[]): Promise<number> {
  if (comments.length > MAX_CLEANUPS) annotations.notice(`${comments.length} outdated prfaq-gate comments; ${MAX_CLEANUPS} are removed now, the rest on the next runs.`)
  let deleted = 0
  for (const comment of comments.slice(0, MAX_CLEANUPS)) {
    try {
      await client.rest.pulls.deleteReviewComment({ owner: target.owner, repo: target.repo, comment_id: comment.id })
    } catch (error) {
      // Someone (or a racing run) deleted it first: the goal is met.
      if (statusOf(error) !== 404) throw error
    }
    deleted++
  }
  return deleted
}

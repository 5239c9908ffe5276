import { type Finding, fingerprint } from '../../findings/finding.js'
import { type Language, render, t } from '../../messages/text.js'
import { fileCommentBody, reviewCommentBody, truncate } from '../../reporters/markdown.js'
import { annotations } from '../annotations.js'
import type { GitHubClient } from './client.js'
import { isAmbiguous, statusOf } from './client.js'
import { anchorInDiff, type CommentableLines, commentableLines, spanInDiff } from './diff.js'
import type { ChangedFile } from './files.js'
import { findingMarker, ownFinding } from './markers.js'

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

export interface ReviewOptions {
  /** The most review comments (inline and file-level) standing at once: the `max-inline-comments` input. */
  maxComments: number
  /** A link to a line at the head commit, for file-level comments. */
  lineUrl(file: string, line: number): string
  /** The language of the review's own words (English when absent). */
  language?: Language
  /** The language of a comment's own words: its finding's document's (English when absent). */
  languageOf?(file: string): Language
}

export interface ReviewOutcome {
  posted: number
  /** Earlier comments that still stand (same finding, same line): not posted again. */
  kept: number
  /** Of those posted and kept, the file-level comments (findings on lines outside the diff). */
  onFile: number
  /** Outdated comments and duplicate copies removed. */
  deleted: number
  /** Findings without a review comment: in a file the pull request does not change, over the per-run cap, or refused by GitHub. */
  notInline: Finding[]
}

/** At most this many comments are deleted per run, so a run's writes stay bounded; the next run goes on. */
const MAX_CLEANUPS = 30
/** A write that failed ambiguously (5xx, timeout) is tried once more, for the comments that did not land. */
const POST_ATTEMPTS = 2

interface OwnComment {
  id: number
  /** `fingerprint@path@line` (or `@file:line` for a file-level comment): the same finding on the same line is the same comment. */
  key: string
  hasReplies: boolean
}

/**
 * Where a finding's comment goes: on lines of the diff (with a suggestion
 * when they are exactly its fix's lines), or on the file, naming the line.
 */
type Placement = { kind: 'line'; line: number; startLine?: number; suggestion: boolean } | { kind: 'file' }

interface PlannedComment {
  finding: Finding
  key: string
  placement: Placement
}

/**
 * Brings the pull request's review comments in line with the findings, in a
 * bounded number of writes: one COMMENT review holding every new inline
 * comment (never APPROVE or REQUEST_CHANGES: the failing check is the gate),
 * one file-level comment for each new finding on lines outside the diff of
 * a changed file (the reviews API cannot hold those), then deletions of
 * comments whose finding is gone and of duplicate copies.
 *
 * Safe to repeat: no POST is re-sent blindly (GitHub sometimes applies it
 * and answers 5xx); the comments are listed again and only those missing are
 * posted. Duplicates of one finding on one line — from such a write, from
 * two runs racing, from an older version — converge to the oldest copy. A
 * comment someone replied to is never deleted.
 */
export async function syncReview(client: GitHubClient, target: PullTarget, findings: Finding[], files: ChangedFile[], options: ReviewOptions): Promise<ReviewOutcome> {
  let existing = await listOwnComments(client, target)
  const outcome: ReviewOutcome = { posted: 0, kept: 0, onFile: 0, deleted: 0, notInline: [] }
  const { toPost, wanted } = plan(existing, findings, files, options.maxComments, outcome)
  if (toPost.length > 0) existing = await postReconciled(client, target, toPost, outcome, existing, options)
  outcome.deleted = await deleteComments(client, target, surplus(existing, wanted))
  return outcome
}

/** Which findings get a new comment, which stand already, and which go to the summary only. */
function plan(existing: OwnComment[], findings: Finding[], files: ChangedFile[], maxComments: number, outcome: ReviewOutcome): { toPost: PlannedComment[]; wanted: Set<string> } {
  const diffs = new Map<string, CommentableLines>(files.map((file) => [file.path, commentableLines(file.patch)]))
  const standing = new Set(existing.map((comment) => comment.key))
  const wanted = new Set<string>()
  const toPost: PlannedComment[] = []
  for (const finding of findings) {
    const diff = diffs.get(finding.file)
    // Only files the pull request changes can take review comments; the rest are in the summary.
    const placement = diff && place(finding, diff)
    const key = placement && keyOf(finding, placement)
    if (!placement || !key || wanted.has(key)) {
      if (!placement) outcome.notInline.push(finding)
      continue
    }
    if (standing.has(key)) {
      wanted.add(key)
      outcome.kept++
      if (placement.kind === 'file') outcome.onFile++
    } else if (outcome.kept + toPost.length < maxComments) {
      // The cap counts comments already standing, so re-runs never add more.
      wanted.add(key)
      toPost.push({ finding, key, placement })
    } else {
      outcome.notInline.push(finding)
    }
  }
  return { toPost, wanted }
}

/**
 * On the fix's lines when they are in the diff (the comment then carries a
 * suggestion: GitHub replaces the lines a comment is on); else on the
 * finding's lines when they are; else on the file.
 */
function place(finding: Finding, diff: CommentableLines): Placement {
  const fix = finding.fix && spanInDiff(diff, finding.fix.line, finding.fix.endLine)
  if (fix) return { kind: 'line', ...fix, suggestion: true }
  const anchor = anchorInDiff(diff, finding.line, finding.endLine)
  return anchor ? { kind: 'line', ...anchor, suggestion: false } : { kind: 'file' }
}

function keyOf(finding: Finding, placement: Placement): string {
  return commentKey(fingerprint(finding), finding.file, placement.kind === 'line' ? String(placement.line) : `file:${finding.line}`)
}

function commentKey(print: string, path: string, where: string): string {
  return `${print}@${path}@${where}`
}

async function listOwnComments(client: GitHubClient, target: PullTarget): Promise<OwnComment[]> {
  const comments = await client.paginate(client.rest.pulls.listReviewComments, { owner: target.owner, repo: target.repo, pull_number: target.number, per_page: 100 })
  const repliedTo = new Set(comments.map((comment) => comment.in_reply_to_id).filter((id): id is number => typeof id === 'number'))
  return comments
    .flatMap((comment) => {
      const marked = comment.user?.login === target.login && comment.in_reply_to_id === undefined ? ownFinding(comment.body, target.key) : undefined
      if (!marked) return []
      // GitHub lists a file-level comment without a line: its marker names it. An inline comment whose line left the diff has none: outdated.
      const where = comment.subject_type === 'file' ? `file:${marked.line ?? '?'}` : String(comment.line ?? 'outdated')
      return [{ id: comment.id, key: commentKey(marked.fingerprint, comment.path, where), hasReplies: repliedTo.has(comment.id) }]
    })
    .sort((a, b) => a.id - b.id)
}

/**
 * Posts the comments, then lists again: to learn whether a failed POST
 * landed anyway (then nothing is re-sent) and to see a racing run's copies.
 * Returns the listing after the posts.
 */
async function postReconciled(client: GitHubClient, target: PullTarget, planned: PlannedComment[], outcome: ReviewOutcome, existing: OwnComment[], options: ReviewOptions): Promise<OwnComment[]> {
  let toPost = planned
  let failure: unknown
  let listed = existing
  for (let attempt = 1; attempt <= POST_ATTEMPTS && toPost.length > 0; attempt++) {
    const sent = await send(client, target, toPost, options)
    outcome.notInline.push(...sent.refused.map(({ finding }) => finding))
    toPost = toPost.filter((comment) => !sent.refused.includes(comment))
    failure = sent.failure
    listed = await listOwnComments(client, target)
    const present = new Set(listed.map((comment) => comment.key))
    const landed = toPost.filter((comment) => present.has(comment.key))
    outcome.posted += landed.length
    outcome.onFile += landed.filter((comment) => comment.placement.kind === 'file').length
    toPost = failure ? toPost.filter((comment) => !present.has(comment.key)) : []
  }
  if (failure && toPost.length > 0) throw failure
  return listed
}

/**
 * One attempt at every planned comment: the inline ones in one review, the
 * file-level ones one by one. What GitHub refused as invalid (422) goes to
 * the summary; an ambiguous failure (5xx, timeout) is returned for the
 * caller to reconcile; any other failure (a read-only token) ends the sync.
 */
async function send(client: GitHubClient, target: PullTarget, toPost: PlannedComment[], options: ReviewOptions): Promise<{ refused: PlannedComment[]; failure?: unknown }> {
  const refused: PlannedComment[] = []
  let failure: unknown
  const attempt = async (what: string, comments: PlannedComment[], post: () => Promise<void>) => {
    try {
      await post()
    } catch (error) {
      if (statusOf(error) === 422) {
        // GitHub's view of the diff disagreed with ours: keep every finding, in the summary instead.
        annotations.warning(`GitHub rejected ${what} (${(error as Error).message.split('\n', 1)[0]}); the findings are listed in the summary comment instead.`)
        refused.push(...comments)
      } else if (isAmbiguous(error)) {
        failure ??= error
      } else {
        throw error
      }
    }
  }
  const inline = toPost.filter((comment) => comment.placement.kind === 'line')
  if (inline.length > 0) await attempt('the inline review comments', inline, () => postReview(client, target, inline, options))
  for (const comment of toPost.filter((planned) => planned.placement.kind === 'file')) {
    await attempt(`the file comment on ${comment.finding.file}`, [comment], () => postFileComment(client, target, comment, options))
  }
  return failure === undefined ? { refused } : { refused, failure }
}

async function postReview(client: GitHubClient, target: PullTarget, toPost: PlannedComment[], options: ReviewOptions): Promise<void> {
  const comments = toPost.map(({ finding, placement }) => {
    const { line, startLine, suggestion } = placement as Extract<Placement, { kind: 'line' }>
    return {
      path: finding.file,
      line,
      side: 'RIGHT' as const,
      ...(startLine !== undefined ? { start_line: startLine, start_side: 'RIGHT' as const } : {}),
      // The marker comes first, so that cutting an overlong body can never lose it.
      body: truncate(
        `${findingMarker(fingerprint(finding), target.key)}\n${reviewCommentBody(finding, suggestion ? 'suggestion' : 'proposal', options.languageOf?.(finding.file))}`,
        options.languageOf?.(finding.file) ?? 'en',
        'see-summary'
      )
    }
  })
  const body = render(t('review.body', { count: toPost.length }), options.language ?? 'en')
  await client.rest.pulls.createReview({ owner: target.owner, repo: target.repo, pull_number: target.number, commit_id: target.headSha, event: 'COMMENT', body, comments })
}

/** A comment on the whole file (`subject_type: file`, which only this endpoint takes), for a finding outside the diff. */
async function postFileComment(client: GitHubClient, target: PullTarget, { finding }: PlannedComment, options: ReviewOptions): Promise<void> {
  const body = truncate(
    `${findingMarker(fingerprint(finding), target.key, finding.line)}\n${fileCommentBody(finding, options.lineUrl, options.languageOf?.(finding.file))}`,
    options.languageOf?.(finding.file) ?? 'en',
    'see-summary'
  )
  await client.rest.pulls.createReviewComment({ owner: target.owner, repo: target.repo, pull_number: target.number, commit_id: target.headSha, path: finding.file, subject_type: 'file', body })
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

import type { GitHubClient } from './client.js'
import { isAmbiguous, statusOf } from './client.js'
import { isOwnSummary, summaryMarker } from './markers.js'
import type { PullTarget } from './review.js'

export interface SummaryOutcome {
  action: 'created' | 'updated' | 'unchanged' | 'skipped'
  /** Surplus copies of this job's summary (from a race, a retried write, an older version) that were deleted. */
  removed: number
}

interface OwnComment {
  id: number
  body: string
}

/**
 * The summary's text (everything after the marker), from the body of the
 * summary it replaces, if any: the old summary's hidden data is what the new
 * one measures progress from.
 */
export type SummaryRenderer = (previousBody: string | undefined) => string

/** A create that failed ambiguously (5xx, timeout) is tried once more, after checking it did not land. */
const CREATE_ATTEMPTS = 2

/**
 * Keeps exactly one summary comment of this job on the pull request, edited
 * in place; a re-run with the same result writes nothing. Writes are safe to
 * repeat: a create that fails with a 5xx or a timeout may still have been
 * applied, so the comments are listed again before anything is re-sent, and
 * any surplus copy — left by such a write, by two runs racing, or by an
 * older version — is deleted, keeping the oldest. With `createIfMissing:
 * false` (a pull request that touches no PR/FAQ) no new comment is made.
 * The body is rendered from the oldest copy, the one that is kept.
 */
export async function upsertSummaryComment(client: GitHubClient, target: PullTarget, render: SummaryRenderer, options: { createIfMissing: boolean; key: string }): Promise<SummaryOutcome> {
  let ours = await listOwn(client, target, options.key)
  const body = `${summaryMarker(options.key)}\n${render(ours[0]?.body)}`
  let action: SummaryOutcome['action']
  if (ours.length > 0) {
    action = await edit(client, target, ours[0]!, body)
  } else if (options.createIfMissing) {
    ours = await createOnce(client, target, body, options.key)
    action = 'created'
  } else {
    return { action: 'skipped', removed: 0 }
  }
  return { action, removed: await removeSurplus(client, target, ours.slice(1)) }
}

/** This job's summary comments, oldest first. */
async function listOwn(client: GitHubClient, target: PullTarget, key: string): Promise<OwnComment[]> {
  const comments = await client.paginate(client.rest.issues.listComments, { owner: target.owner, repo: target.repo, issue_number: target.number, per_page: 100 })
  return comments
    .filter((comment) => comment.user?.login === target.login && isOwnSummary(comment.body, key))
    .map((comment) => ({ id: comment.id, body: comment.body ?? '' }))
    .sort((a, b) => a.id - b.id)
}

async function edit(client: GitHubClient, target: PullTarget, comment: OwnComment, body: string): Promise<'updated' | 'unchanged'> {
  if (comment.body === body) return 'unchanged'
  // PATCH is idempotent: the client may retry it on 5xx.
  await client.rest.issues.updateComment({ owner: target.owner, repo: target.repo, comment_id: comment.id, body })
  return 'updated'
}

/**
 * Creates the comment, then lists again: to see whether a failed create
 * landed anyway, and whether a run racing this one made its own. Returns
 * this job's comments after the create, oldest first, the oldest holding
 * `body`.
 */
async function createOnce(client: GitHubClient, target: PullTarget, body: string, key: string): Promise<OwnComment[]> {
  let failure: unknown
  for (let attempt = 1; attempt <= CREATE_ATTEMPTS; attempt++) {
    try {
      await client.rest.issues.createComment({ owner: target.owner, repo: target.repo, issue_number: target.number, body })
      failure = undefined
    } catch (error) {
      if (!isAmbiguous(error)) throw error
      failure = error
    }
    const ours = await listOwn(client, target, key)
    if (ours.length > 0) {
      await edit(client, target, ours[0]!, body)
      return ours
    }
    if (!failure) return ours
  }
  throw failure
}

async function removeSurplus(client: GitHubClient, target: PullTarget, surplus: OwnComment[]): Promise<number> {
  for (const comment of surplus) {
    try {
      await client.rest.issues.deleteComment({ owner: target.owner, repo: target.repo, comment_id: comment.id })
    } catch (error) {
      // Deleted already (by a racing run): the goal is met.
      if (statusOf(error) !== 404) throw error
    }
  }
  return surplus.length
}

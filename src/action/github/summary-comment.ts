import { SUMMARY_MARKER } from '../../reporters/markdown.js'
import type { GitHubClient } from './client.js'
import type { PullTarget } from './review.js'

export type SummaryOutcome = 'created' | 'updated' | 'unchanged' | 'skipped'

/**
 * Keeps one summary comment per pull request, found by its hidden marker and
 * edited in place: a re-run with the same result writes nothing at all.
 * With `createIfMissing: false` an existing comment is updated but none is
 * created (a pull request that touches no PR/FAQ gets no new comment).
 */
export async function upsertSummaryComment(
  client: GitHubClient,
  target: PullTarget,
  body: string,
  options: { createIfMissing: boolean }
): Promise<SummaryOutcome> {
  const comments = await client.paginate(client.rest.issues.listComments, {
    owner: target.owner,
    repo: target.repo,
    issue_number: target.number,
    per_page: 100
  })
  const existing = comments.find((comment) => comment.user?.login === target.login && comment.body?.includes(SUMMARY_MARKER))
  if (existing) {
    if (existing.body === body) return 'unchanged'
    await client.rest.issues.updateComment({ owner: target.owner, repo: target.repo, comment_id: existing.id, body })
    return 'updated'
  }
  if (!options.createIfMissing) return 'skipped'
  await client.rest.issues.createComment({ owner: target.owner, repo: target.repo, issue_number: target.number, body })
  return 'created'
}

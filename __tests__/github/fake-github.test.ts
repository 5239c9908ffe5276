import { getOctokit } from '@actions/github'
import { retry } from '@octokit/plugin-retry'
import { throttling } from '@octokit/plugin-throttling'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { type FakeFile, FakeGitHub, type FakePullRequest, openApiResponseErrors, parsePatch, suggestionOf } from './fake-github.js'

const OWNER = 'acme'
const REPO = 'docs'
const TOKEN = 'ghs_writer'
const READ_ONLY = 'ghs_fork_reader'
const HEAD = 'a'.repeat(40)
const BASE = 'b'.repeat(40)
const MERGE_HEAD = 'c'.repeat(40)

/**
 * RIGHT-side lines in the diff: 1-4 (hunk 1) and 11-13 (hunk 2).
 * LEFT-side lines: 1-3 (hunk 1) and 10-11 (hunk 2).
 */
const PATCH = ['@@ -1,3 +1,4 @@', ' # Title', '-old line', '+new line', '+added', ' context', '@@ -10,2 +11,3 @@', ' ten', '+eleven new', ' twelve'].join('\n')
const DOC = '# Title\nnew line\nadded\ncontext\n'

function docPull(): FakePullRequest {
  return {
    number: 1,
    headSha: HEAD,
    baseSha: BASE,
    headRef: 'feature',
    baseRef: 'main',
    files: [
      { filename: 'docs/prfaq.md', status: 'modified', patch: PATCH },
      { filename: 'docs/diagram.png', status: 'added' }
    ],
    contents: { 'docs/prfaq.md': DOC, 'docs/Ünïcode name.md': 'ü', 'docs/big.md': 'x'.repeat(1024 * 1024 + 10), 'docs/diagram.png': Buffer.from([0x89, 0x50, 0x4e, 0x47]) }
  }
}

function manyFilesPull(number: number, count: number): FakePullRequest {
  const files: FakeFile[] = Array.from({ length: count }, (_, i) => ({ filename: `docs/f${i}.md`, status: 'added', patch: '@@ -0,0 +1 @@\n+x' }))
  return { number, headSha: HEAD, baseSha: BASE, files, contents: {} }
}

let fake: FakeGitHub
let baseUrl: string

beforeEach(async () => {
  fake = new FakeGitHub({
    owner: OWNER,
    repo: REPO,
    pulls: [docPull(), manyFilesPull(2, 250), manyFilesPull(3, 3100)],
    refs: { [MERGE_HEAD]: { 'docs/prfaq.md': DOC } },
    compare: { [`${BASE}...${MERGE_HEAD}`]: [{ filename: 'docs/prfaq.md', status: 'modified', patch: PATCH }] },
    readOnlyTokens: [READ_ONLY]
  })
  baseUrl = await fake.start()
})

afterEach(async () => {
  await fake.stop()
})

function octokit(token = TOKEN) {
  return getOctokit(token, { baseUrl })
}

async function call(method: string, path: string, body?: unknown, token: string | null = TOKEN, accept?: string) {
  const headers: Record<string, string> = { 'content-type': 'application/json' }
  if (token) headers.authorization = `token ${token}`
  if (accept) headers.accept = accept
  const response = await fetch(baseUrl + path, { method, headers, ...(body !== undefined ? { body: JSON.stringify(body) } : {}) })
  const text = await response.text()
  let json: any
  try {
    json = text ? JSON.parse(text) : undefined
  } catch {
    json = undefined
  }
  return { status: response.status, headers: response.headers, text, json }
}

const repo = { owner: OWNER, repo: REPO }

interface Rejection {
  status: number
  message: string
  response: { data: any }
}

/** The RequestError Octokit throws; fails the test when the request succeeds. */
async function rejection(request: Promise<unknown>): Promise<Rejection> {
  try {
    await request
  } catch (error) {
    return error as Rejection
  }
  throw new Error('expected the request to fail')
}
const pullsPath = `/repos/${OWNER}/${REPO}/pulls`

function reviewRequest(comments: Array<Record<string, unknown>>, extra: Record<string, unknown> = {}) {
  return { ...repo, pull_number: 1, commit_id: HEAD, event: 'COMMENT' as const, body: 'PR/FAQ review', comments: comments as any, ...extra }
}

describe('parsePatch', () => {
  it('numbers RIGHT lines from +c and LEFT lines from -a, counting positions across hunks', () => {
    const hunks = parsePatch(PATCH)
    expect(hunks).toHaveLength(2)
    expect(hunks[0]!.lines.filter((l) => l.kind !== '-').map((l) => l.newLine)).toEqual([1, 2, 3, 4])
    expect(hunks[0]!.lines.filter((l) => l.kind !== '+').map((l) => l.oldLine)).toEqual([1, 2, 3])
    expect(hunks[1]!.lines.filter((l) => l.kind !== '-').map((l) => l.newLine)).toEqual([11, 12, 13])
    // Position 6 is the second @@ header; "ten" is position 7.
    expect(hunks[1]!.lines[0]!.position).toBe(7)
  })
})

describe('pull request files', () => {
  it('paginates 250 files through octokit.paginate following the Link header', async () => {
    const files = await octokit().paginate(octokit().rest.pulls.listFiles, { ...repo, pull_number: 2, per_page: 100 })
    expect(files).toHaveLength(250)
    expect(files[249]!.filename).toBe('docs/f249.md')
    expect(fake.callCounts()['GET /repos/{owner}/{repo}/pulls/{pull_number}/files']).toBe(3)
    expect(fake.violations).toEqual([])
  })

  it('sends rel="next" and rel="last" links, and defaults to 30 per page', async () => {
    const first = await call('GET', `${pullsPath}/2/files`)
    expect(first.json).toHaveLength(30)
    expect(first.headers.get('link')).toBe(`<${baseUrl}${pullsPath}/2/files?page=2>; rel="next", <${baseUrl}${pullsPath}/2/files?page=9>; rel="last"`)
    const last = await call('GET', `${pullsPath}/2/files?per_page=100&page=3`)
    expect(last.json).toHaveLength(50)
    expect(last.headers.get('link')).toContain('rel="prev"')
    expect(last.headers.get('link')).not.toContain('rel="next"')
  })

  it('stops at 3000 files like GitHub', async () => {
    const files = await octokit().paginate(octokit().rest.pulls.listFiles, { ...repo, pull_number: 3, per_page: 100 })
    expect(files).toHaveLength(3000)
  })

  it('records per_page over 100 as a violation and answers 100', async () => {
    const response = await call('GET', `${pullsPath}/2/files?per_page=250`)
    expect(response.json).toHaveLength(100)
    expect(fake.violations.join('\n')).toMatch(/\[query\] per_page=250/)
  })

  it('omits patch for binary files and answers the diff media type', async () => {
    const { data } = await octokit().rest.pulls.listFiles({ ...repo, pull_number: 1 })
    expect(data[1]).not.toHaveProperty('patch')
    const diff = await call('GET', `${pullsPath}/1`, undefined, TOKEN, 'application/vnd.github.diff')
    expect(diff.text).toContain('+++ b/docs/prfaq.md\n@@ -1,3 +1,4 @@')
  })
})

describe('reviews', () => {
  it('accepts a COMMENT review whose comments are inside the diff', async () => {
    const { status, data } = await octokit().rest.pulls.createReview(
      reviewRequest([
        { path: 'docs/prfaq.md', line: 3, body: 'added line' },
        { path: 'docs/prfaq.md', line: 12, side: 'RIGHT', body: 'added line in hunk 2' },
        { path: 'docs/prfaq.md', start_line: 1, line: 4, body: 'range in hunk 1' },
        { path: 'docs/prfaq.md', line: 2, side: 'LEFT', body: 'deleted line' }
      ])
    )
    expect(status).toBe(200)
    expect(data.state).toBe('COMMENTED')
    expect(data.user?.login).toBe('github-actions[bot]')
    expect(fake.reviews).toHaveLength(1)
    expect(fake.reviewComments.map((c) => [c.line, c.side, c.position])).toEqual([
      [3, 'RIGHT', 4],
      [12, 'RIGHT', 8],
      [4, 'RIGHT', 5],
      [2, 'LEFT', 2]
    ])
    const listed = await octokit().paginate(octokit().rest.pulls.listReviewComments, { ...repo, pull_number: 1, per_page: 100 })
    expect(listed.map((c) => c.pull_request_review_id)).toEqual([data.id, data.id, data.id, data.id])
    expect(listed[0]).toMatchObject({ path: 'docs/prfaq.md', line: 3, original_line: 3, commit_id: HEAD, diff_hunk: '@@ -1,3 +1,4 @@\n # Title\n-old line\n+new line\n+added' })
    expect(fake.violations).toEqual([])
  })

  it('rejects the whole review with 422 when one line is outside the diff', async () => {
    const error = await rejection(
      octokit().rest.pulls.createReview(
        reviewRequest([
          { path: 'docs/prfaq.md', line: 3, body: 'fine' },
          { path: 'docs/prfaq.md', line: 7, body: 'between hunks' }
        ])
      )
    )
    expect(error.status).toBe(422)
    expect(error.response.data.message).toBe('Unprocessable Entity')
    expect(error.response.data.errors).toEqual(['Pull request review thread line must be part of the diff'])
    expect(fake.reviews).toEqual([])
    expect(fake.reviewComments).toEqual([])
    expect(fake.violations).toHaveLength(1)
    expect(fake.violations[0]).toMatch(/^\[diff\] review rejected as a whole: comments\[1\] docs\/prfaq\.md:7/)
  })

  it.each([
    ['a LEFT line that is only on the RIGHT', { path: 'docs/prfaq.md', line: 4, side: 'LEFT', body: 'x' }, 'line must be part of the diff'],
    ['a range across hunks', { path: 'docs/prfaq.md', start_line: 3, line: 12, body: 'x' }, 'same hunk'],
    ['start_line equal to line', { path: 'docs/prfaq.md', start_line: 3, line: 3, body: 'x' }, 'precede the end line'],
    ['a file without patch', { path: 'docs/diagram.png', line: 1, body: 'x' }, "diff hunk can't be blank"],
    ['a path outside the PR', { path: 'docs/other.md', line: 1, body: 'x' }, 'Path could not be resolved']
  ])('rejects %s', async (_name, comment, message) => {
    const response = await call('POST', `${pullsPath}/1/reviews`, { commit_id: HEAD, event: 'COMMENT', body: 'b', comments: [comment] })
    expect(response.status).toBe(422)
    expect(response.json.errors.join()).toContain(message)
    expect(fake.violations).toHaveLength(1)
  })

  it('rejects a commit_id that is not the head SHA', async () => {
    const response = await call('POST', `${pullsPath}/1/reviews`, { commit_id: MERGE_HEAD, event: 'COMMENT', body: 'b' })
    expect(response.status).toBe(422)
    expect(response.json.errors).toEqual(['Commit is not part of the pull request'])
    expect(fake.violations[0]).toMatch(/^\[commit\]/)
  })

  it('reports APPROVE (422) and REQUEST_CHANGES (accepted) as policy violations', async () => {
    const approve = await call('POST', `${pullsPath}/1/reviews`, { commit_id: HEAD, event: 'APPROVE' })
    expect(approve.status).toBe(422)
    const changes = await call('POST', `${pullsPath}/1/reviews`, { commit_id: HEAD, event: 'REQUEST_CHANGES', body: 'no' })
    expect(changes.status).toBe(200)
    expect(changes.json.state).toBe('CHANGES_REQUESTED')
    expect(fake.violations).toHaveLength(2)
    expect(fake.violations.every((v) => v.startsWith('[policy]'))).toBe(true)
  })

  it('rejects bodies that break the OpenAPI schema', async () => {
    const response = await call('POST', `${pullsPath}/1/reviews`, { commit_id: HEAD, event: 'LGTM', body: 'b' })
    expect(response.status).toBe(422)
    expect(response.json.message).toMatch(/^Invalid request\./)
    expect(fake.violations[0]).toMatch(/^\[schema\] pulls\/create-review/)
  })

  it('flags subject_type inside review comments, which only the single-comment endpoint accepts', async () => {
    const response = await call('POST', `${pullsPath}/1/reviews`, {
      commit_id: HEAD,
      event: 'COMMENT',
      body: 'b',
      comments: [{ path: 'docs/prfaq.md', subject_type: 'file', body: 'whole file' }]
    })
    expect(response.status).toBe(422)
    expect(fake.violations.some((v) => v.startsWith('[unknown-key]') && v.includes('comments[0].subject_type') && v.includes('POST /pulls/{n}/comments'))).toBe(true)
  })

  it('rejects a review body over 65,536 characters', async () => {
    const response = await call('POST', `${pullsPath}/1/reviews`, { commit_id: HEAD, event: 'COMMENT', body: 'x'.repeat(65_537) })
    expect(response.status).toBe(422)
    expect(response.json.errors).toEqual(['Body is too long (maximum is 65536 characters)'])
    const ok = await call('POST', `${pullsPath}/1/reviews`, { commit_id: HEAD, event: 'COMMENT', body: 'x'.repeat(65_536) })
    expect(ok.status).toBe(200)
  })
})

describe('single review comments', () => {
  it('accepts a file-level comment and a reply, each wrapped in an implicit review', async () => {
    const { data: fileComment } = await octokit().rest.pulls.createReviewComment({
      ...repo,
      pull_number: 1,
      commit_id: HEAD,
      path: 'docs/diagram.png',
      subject_type: 'file',
      body: 'binary file'
    })
    expect(fileComment.subject_type).toBe('file')
    expect(fileComment.line).toBeNull()
    const { data: reply } = await octokit().rest.pulls.createReplyForReviewComment({ ...repo, pull_number: 1, comment_id: fileComment.id, body: 'reply' })
    expect(reply.in_reply_to_id).toBe(fileComment.id)
    expect(fake.reviews.map((r) => r.implicit)).toEqual([true, true])
    expect(fake.violations).toEqual([])
  })

  it('applies the diff rule to line comments and needs the head SHA', async () => {
    const outside = await call('POST', `${pullsPath}/1/comments`, { commit_id: HEAD, path: 'docs/prfaq.md', line: 8, body: 'x' })
    expect(outside.status).toBe(422)
    const stale = await call('POST', `${pullsPath}/1/comments`, { commit_id: BASE, path: 'docs/prfaq.md', line: 2, body: 'x' })
    expect(stale.status).toBe(422)
    const ok = await call('POST', `${pullsPath}/1/comments`, { commit_id: HEAD, path: 'docs/prfaq.md', line: 2, body: 'x' })
    expect(ok.status).toBe(201)
    expect(fake.violations.map((v) => v.slice(0, v.indexOf(']') + 1))).toEqual(['[diff]', '[commit]'])
  })

  it('lists a file-level comment without a line, as subject_type file', async () => {
    await call('POST', `${pullsPath}/1/comments`, { commit_id: HEAD, path: 'docs/prfaq.md', subject_type: 'file', body: 'about line 8' })
    const listed = await octokit().paginate(octokit().rest.pulls.listReviewComments, { ...repo, pull_number: 1, per_page: 100 })
    expect(listed.map(({ subject_type, line, position }) => ({ subject_type, line, position }))).toEqual([{ subject_type: 'file', line: null, position: null }])
    expect(fake.violations).toEqual([])
  })

  it('flags a suggestion where nobody can apply it: in a file-level or an issue comment', async () => {
    const suggestion = 'Try this:\n```suggestion\nnew text\n```'
    expect((await call('POST', `${pullsPath}/1/comments`, { commit_id: HEAD, path: 'docs/prfaq.md', line: 2, body: suggestion })).status).toBe(201)
    expect(fake.violations).toEqual([])
    await call('POST', `${pullsPath}/1/comments`, { commit_id: HEAD, path: 'docs/prfaq.md', subject_type: 'file', body: suggestion })
    await call('POST', `/repos/${OWNER}/${REPO}/issues/1/comments`, { body: suggestion })
    expect(fake.violations.map((v) => v.slice(0, v.indexOf(']') + 1))).toEqual(['[policy]', '[policy]'])
  })

  it('applies a suggestion as "Commit suggestion" does: the comment’s lines replaced by the block, a longer fence included', async () => {
    const single = await call('POST', `${pullsPath}/1/comments`, { commit_id: HEAD, path: 'docs/prfaq.md', line: 2, body: '```suggestion\nNEW LINE\nand one more\n```' })
    expect(fake.applySuggestion(single.json.id)).toBe('# Title\nNEW LINE\nand one more\nadded\ncontext\n')
    const span = await call('POST', `${pullsPath}/1/comments`, { commit_id: HEAD, path: 'docs/prfaq.md', start_line: 2, line: 3, body: 'x\n````suggestion\nwith ```code```\n```\n````\nafter' })
    expect(suggestionOf(fake.reviewComments.find((c) => c.id === span.json.id)!.body)).toBe('with ```code```\n```')
    expect(fake.applySuggestion(span.json.id)).toBe('# Title\nwith ```code```\n```\ncontext\n')
    expect(() => fake.applySuggestion(single.json.id + 999)).toThrow(/not a line comment/u)
  })

  it('updates and deletes review comments', async () => {
    const created = await call('POST', `${pullsPath}/1/comments`, { commit_id: HEAD, path: 'docs/prfaq.md', line: 2, body: 'x' })
    const updated = await octokit().rest.pulls.updateReviewComment({ ...repo, comment_id: created.json.id, body: 'y' })
    expect(updated.data.body).toBe('y')
    const deleted = await octokit().rest.pulls.deleteReviewComment({ ...repo, comment_id: created.json.id })
    expect(deleted.status).toBe(204)
    expect(fake.reviewComments).toEqual([])
  })
})

describe('issue comments (sticky summary)', () => {
  it('creates, lists and updates the bot comment', async () => {
    fake.issueComments.push({ id: 5, issue: 1, body: 'human', user: { login: 'octocat' } })
    const { data: created } = await octokit().rest.issues.createComment({ ...repo, issue_number: 1, body: 'summary <!-- prfaq-gate -->' })
    expect(created.id).toBeGreaterThan(5)
    const listed = await octokit().paginate(octokit().rest.issues.listComments, { ...repo, issue_number: 1, per_page: 100 })
    expect(listed.map((c) => c.user?.login)).toEqual(['octocat', 'github-actions[bot]'])
    await octokit().rest.issues.updateComment({ ...repo, comment_id: created.id, body: 'summary v2 <!-- prfaq-gate -->' })
    expect(fake.issueComments[1]!.body).toBe('summary v2 <!-- prfaq-gate -->')
    expect(fake.violations).toEqual([])
  })

  it('flags edits to comments of other users', async () => {
    fake.issueComments.push({ id: 5, issue: 1, body: 'human', user: { login: 'octocat' } })
    await octokit().rest.issues.updateComment({ ...repo, comment_id: 5, body: 'edited' })
    expect(fake.violations[0]).toMatch(/^\[policy\] issue comment 5 by octocat/)
  })

  it('rejects a body over 65,536 characters with 422', async () => {
    const error = await rejection(octokit().rest.issues.createComment({ ...repo, issue_number: 1, body: 'x'.repeat(65_537) }))
    expect(error.status).toBe(422)
    expect(error.response.data.errors[0]!.message).toBe('Body is too long (maximum is 65536 characters)')
    expect(fake.issueComments).toEqual([])
    expect(fake.violations[0]).toMatch(/^\[limit\]/)
  })

  it('counts characters, not UTF-16 units', async () => {
    const response = await call('POST', `/repos/${OWNER}/${REPO}/issues/1/comments`, { body: '😀'.repeat(65_536) })
    expect(response.status).toBe(201)
  })
})

describe('tokens', () => {
  it('gives a read-only token 403 on writes but lets it read', async () => {
    const reader = octokit(READ_ONLY)
    const { status } = await reader.rest.pulls.get({ ...repo, pull_number: 1 })
    expect(status).toBe(200)
    const writes = [
      reader.rest.issues.createComment({ ...repo, issue_number: 1, body: 'x' }),
      reader.rest.pulls.createReview(reviewRequest([])),
      reader.rest.checks.create({ ...repo, name: 'prfaq', head_sha: HEAD })
    ]
    for (const write of writes) {
      const error = await rejection(write)
      expect(error.status).toBe(403)
      expect(error.message).toContain('Resource not accessible by integration')
    }
    expect(fake.violations.filter((v) => v.startsWith('[read-only-token]'))).toHaveLength(3)
    expect(fake.issueComments).toEqual([])
  })

  it('answers 401 without credentials', async () => {
    const response = await call('GET', `${pullsPath}/1`, undefined, null)
    expect(response.status).toBe(401)
    expect(fake.violations[0]).toMatch(/^\[auth\]/)
  })
})

describe('faults and headers', () => {
  it('fails a matching request the given number of times', async () => {
    fake.addFault({ method: 'GET', path: /\/pulls\/1$/, status: 502, times: 1 })
    const first = await call('GET', `${pullsPath}/1`)
    const second = await call('GET', `${pullsPath}/1`)
    expect([first.status, second.status]).toEqual([502, 200])
    expect(fake.requests.map((r) => [r.status, r.faulted ?? false])).toEqual([
      [502, true],
      [200, false]
    ])
  })

  it('gives rate-limit faults the texts the throttling plugin recognises', async () => {
    const reset = String(Math.floor(Date.now() / 1000) + 1)
    fake.addFault({ path: /\/comments$/, status: 403, times: 1, headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': reset } })
    fake.addFault({ path: /\/reviews$/, status: 403, times: 1, headers: { 'retry-after': '1' } })
    const primary = await call('GET', `${pullsPath}/1/comments`)
    expect(primary.status).toBe(403)
    expect(primary.headers.get('x-ratelimit-remaining')).toBe('0')
    expect(primary.headers.get('x-ratelimit-reset')).toBe(reset)
    const secondary = await call('GET', `${pullsPath}/1/reviews`)
    expect(secondary.json.message).toMatch(/secondary rate limit/)
    expect(secondary.headers.get('retry-after')).toBe('1')
  })

  it('drives the retry and throttling plugins the way the Action configures them (platform §6)', async () => {
    const seen: string[] = []
    const client = getOctokit(
      TOKEN,
      {
        baseUrl,
        throttle: {
          retryAfterBaseValue: 10,
          onRateLimit: (_after: number, _options: unknown, _octokit: unknown, count: number) => {
            seen.push('primary')
            return count < 2
          },
          onSecondaryRateLimit: (_after: number, _options: unknown, _octokit: unknown, count: number) => {
            seen.push('secondary')
            return count < 2
          }
        },
        retry: { retryAfterBaseValue: 10, doNotRetry: [400, 401, 403, 404, 422] }
      },
      throttling,
      retry
    )
    fake.addFault({ method: 'GET', path: /\/pulls\/1$/, status: 502, times: 1 })
    fake.addFault({ method: 'GET', path: /\/pulls\/1\/files$/, status: 403, times: 1, headers: { 'retry-after': '1' } })
    fake.addFault({
      method: 'GET',
      path: /\/pulls\/1\/reviews$/,
      status: 403,
      times: 1,
      headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(Math.floor(Date.now() / 1000)) }
    })
    expect((await client.rest.pulls.get({ ...repo, pull_number: 1 })).status).toBe(200)
    expect((await client.rest.pulls.listFiles({ ...repo, pull_number: 1 })).status).toBe(200)
    expect((await client.rest.pulls.listReviews({ ...repo, pull_number: 1 })).status).toBe(200)
    expect(seen).toEqual(['secondary', 'primary'])
    expect(fake.requests.map((r) => r.status)).toEqual([502, 200, 403, 200, 403, 200])
  })

  it('sends GitHub-like headers and counts the rate limit', async () => {
    const first = await call('GET', `${pullsPath}/1`)
    expect(first.headers.get('content-type')).toBe('application/json; charset=utf-8')
    expect(first.headers.get('x-github-request-id')).toMatch(/^[0-9A-F:]+$/)
    expect(first.headers.get('x-ratelimit-limit')).toBe('1000')
    expect(first.headers.get('x-ratelimit-used')).toBe('1')
    expect(first.headers.get('x-ratelimit-remaining')).toBe('999')
    expect(first.headers.get('x-ratelimit-resource')).toBe('core')
    const { data } = await octokit().rest.rateLimit.get()
    expect(data.resources.core.used).toBe(1)
  })
})

describe('routes', () => {
  it('answers 404 and records a violation for a route GitHub does not have', async () => {
    const response = await call('GET', `/repos/${OWNER}/${REPO}/pulls/1/nonsense`)
    expect(response.status).toBe(404)
    expect(response.json).toMatchObject({ message: 'Not Found' })
    expect(fake.violations[0]).toMatch(/^\[route\] GET \/repos\/acme\/docs\/pulls\/1\/nonsense/)
    expect(fake.callCounts()).toEqual({ 'GET /repos/acme/docs/pulls/1/nonsense': 1 })
  })

  it('records real GitHub routes that the fake does not implement', async () => {
    const response = await call('GET', `/repos/${OWNER}/${REPO}/pulls/1/commits`)
    expect(response.status).toBe(404)
    expect(fake.violations[0]).toMatch(/^\[not-implemented\] GET \/repos\/\{owner\}\/\{repo\}\/pulls\/\{pull_number\}\/commits/)
  })

  it('records requests for another repository', async () => {
    const response = await call('GET', `/repos/other/repo/pulls/1`)
    expect(response.status).toBe(404)
    expect(fake.violations[0]).toMatch(/^\[repo\]/)
  })

  it('records unknown query parameters and body keys', async () => {
    await call('GET', `${pullsPath}/1/files?perpage=100`)
    await call('POST', `/repos/${OWNER}/${REPO}/issues/1/comments`, { body: 'x', comit_id: HEAD })
    expect(fake.violations.map((v) => v.slice(0, v.indexOf(']') + 1))).toEqual(['[query]', '[unknown-key]'])
  })
})

describe('contents', () => {
  it('returns raw bytes for the raw media type and base64 JSON otherwise', async () => {
    const { data: raw } = await octokit().rest.repos.getContent({ ...repo, path: 'docs/prfaq.md', ref: HEAD, mediaType: { format: 'raw' } })
    expect(raw).toBe(DOC)
    const viaPlusJson = await call('GET', `/repos/${OWNER}/${REPO}/contents/docs/prfaq.md?ref=${HEAD}`, undefined, TOKEN, 'application/vnd.github.raw+json')
    expect(viaPlusJson.text).toBe(DOC)
    expect(viaPlusJson.headers.get('content-type')).toBe('application/vnd.github.raw; charset=utf-8')
    const { data: json } = await octokit().rest.repos.getContent({ ...repo, path: 'docs/prfaq.md', ref: HEAD })
    expect(json).toMatchObject({ type: 'file', encoding: 'base64', size: Buffer.byteLength(DOC), path: 'docs/prfaq.md' })
    expect(Buffer.from((json as { content: string }).content, 'base64').toString('utf8')).toBe(DOC)
    // The blob SHA is git's: sha1("blob <size>\0<bytes>").
    expect((json as { sha: string }).sha).toMatch(/^[0-9a-f]{40}$/)
  })

  it('decodes percent-encoded paths as Octokit sends them', async () => {
    const { data } = await octokit().rest.repos.getContent({ ...repo, path: 'docs/Ünïcode name.md', ref: HEAD, mediaType: { format: 'raw' } })
    expect(data).toBe('ü')
    expect(fake.requests[0]!.route).toBe('/repos/{owner}/{repo}/contents/{path}')
  })

  it('refuses files over 1 MB with the default media type (403 too_large), serves them as object (no content) and raw', async () => {
    const refused = await call('GET', `/repos/${OWNER}/${REPO}/contents/docs/big.md?ref=${HEAD}`)
    expect(refused.status).toBe(403)
    expect(refused.json).toMatchObject({ errors: [{ resource: 'Blob', field: 'data', code: 'too_large' }] })
    const { data: json } = await octokit().rest.repos.getContent({ ...repo, path: 'docs/big.md', ref: HEAD, mediaType: { format: 'object' } })
    expect(json).toMatchObject({ content: '', encoding: 'none', size: 1024 * 1024 + 10 })
    const raw = await call('GET', `/repos/${OWNER}/${REPO}/contents/docs/big.md?ref=${HEAD}`, undefined, TOKEN, 'application/vnd.github.raw')
    expect(raw.text).toHaveLength(1024 * 1024 + 10)
  })

  it('answers 404 for missing files and refs, and lists directories', async () => {
    expect((await call('GET', `/repos/${OWNER}/${REPO}/contents/docs/missing.md?ref=${HEAD}`)).status).toBe(404)
    expect((await call('GET', `/repos/${OWNER}/${REPO}/contents/docs/prfaq.md?ref=${'d'.repeat(40)}`)).status).toBe(404)
    const dir = await call('GET', `/repos/${OWNER}/${REPO}/contents/docs?ref=${HEAD}`)
    expect(dir.json.map((e: { name: string }) => e.name)).toEqual(['big.md', 'diagram.png', 'prfaq.md', 'Ünïcode name.md'])
    const merged = await call('GET', `/repos/${OWNER}/${REPO}/contents/docs/prfaq.md?ref=${MERGE_HEAD}`, undefined, TOKEN, 'application/vnd.github.raw')
    expect(merged.text).toBe(DOC)
    expect(fake.violations).toEqual([])
  })
})

describe('compare', () => {
  it('lists the files between two commits (merge_group mode)', async () => {
    const { data } = await octokit().rest.repos.compareCommitsWithBasehead({ ...repo, basehead: `${BASE}...${MERGE_HEAD}` })
    expect(data.files?.map((f) => f.filename)).toEqual(['docs/prfaq.md'])
    expect(data.files?.[0]?.patch).toBe(PATCH)
    const missing = await call('GET', `/repos/${OWNER}/${REPO}/compare/${BASE}...${HEAD}`)
    expect(missing.status).toBe(404)
  })
})

describe('git trees (large merge groups)', () => {
  it('lists every blob of a commit with its SHA, recursively', async () => {
    const { data } = await octokit().rest.git.getTree({ ...repo, tree_sha: HEAD, recursive: 'true' })
    expect(data.truncated).toBe(false)
    const blobs = data.tree.filter((entry) => entry.type === 'blob')
    expect(blobs.map((entry) => entry.path)).toContain('docs/prfaq.md')
    expect(data.tree.find((entry) => entry.path === 'docs')?.type).toBe('tree')
    expect(blobs.find((entry) => entry.path === 'docs/prfaq.md')?.sha).toMatch(/^[0-9a-f]{40}$/)
    expect(fake.violations).toEqual([])
  })
})

describe('faults a test can play', () => {
  it('a write applied and then answered 502: the comment exists although the client saw an error', async () => {
    fake.addFault({ method: 'POST', path: /\/issues\/1\/comments$/, status: 502, times: 1, afterApplying: true })
    const res = await call('POST', `/repos/${OWNER}/${REPO}/issues/1/comments`, { body: 'hello' })
    expect(res.status).toBe(502)
    expect(fake.issueComments.map((c) => c.body)).toEqual(['hello'])
  })

  it('a hung request is never answered; a barrier holds requests until enough have arrived', async () => {
    fake.addFault({ method: 'GET', path: /\/pulls\/1$/, status: 0, hang: true, times: 1 })
    const hung = await fetch(`${baseUrl}/repos/${OWNER}/${REPO}/pulls/1`, { headers: { authorization: `token ${TOKEN}` }, signal: AbortSignal.timeout(300) }).catch((error: Error) => error.name)
    expect(hung).toBe('TimeoutError')
    const barrier = fake.addBarrier({ method: 'GET', path: /\/pulls\/[12]$/, count: 2, distinctPaths: true, timeoutMs: 5000 })
    const [one, two] = await Promise.all([call('GET', `/repos/${OWNER}/${REPO}/pulls/1`), call('GET', `/repos/${OWNER}/${REPO}/pulls/2`)])
    expect([one.status, two.status, barrier.releasedBy]).toEqual([200, 200, 'count'])
  })
})

describe('check runs', () => {
  const annotation = (i: number) => ({ path: 'docs/prfaq.md', start_line: 1, end_line: 1, annotation_level: 'warning' as const, message: `finding ${i}` })

  it('rejects 51 annotations in one request with 422', async () => {
    const error = await rejection(
      octokit().rest.checks.create({ ...repo, name: 'prfaq', head_sha: HEAD, output: { title: 't', summary: 's', annotations: Array.from({ length: 51 }, (_, i) => annotation(i)) } })
    )
    expect(error.status).toBe(422)
    expect(fake.checkRuns).toEqual([])
    expect(fake.violations).toHaveLength(1)
  })

  it('accepts 50 and appends further annotations on update', async () => {
    const { data } = await octokit().rest.checks.create({
      ...repo,
      name: 'prfaq',
      head_sha: HEAD,
      status: 'in_progress',
      output: { title: 't', summary: 's', annotations: Array.from({ length: 50 }, (_, i) => annotation(i)) }
    })
    await octokit().rest.checks.update({
      ...repo,
      check_run_id: data.id,
      conclusion: 'failure',
      output: { title: 't', summary: 's', annotations: Array.from({ length: 20 }, (_, i) => annotation(50 + i)) }
    })
    expect(fake.checkRuns[0]).toMatchObject({ status: 'completed', conclusion: 'failure' })
    expect(fake.checkRuns[0]!.annotations).toHaveLength(70)
    expect(fake.violations).toEqual([])
  })

  it('rejects a summary over 65,535 characters and an unknown head SHA', async () => {
    const long = await call('POST', `/repos/${OWNER}/${REPO}/check-runs`, { name: 'prfaq', head_sha: HEAD, output: { title: 't', summary: 'x'.repeat(65_536) } })
    expect(long.status).toBe(422)
    const unknown = await call('POST', `/repos/${OWNER}/${REPO}/check-runs`, { name: 'prfaq', head_sha: 'e'.repeat(40) })
    expect(unknown.status).toBe(422)
  })
})

describe('response shapes', () => {
  it('are checked against the description (sanity check of the checker)', () => {
    expect(openApiResponseErrors('POST', '/repos/{owner}/{repo}/issues/{issue_number}/comments', 201, { id: 'x' })).not.toEqual([])
  })

  it('match the OpenAPI response schemas', async () => {
    const review = await call('POST', `${pullsPath}/1/reviews`, { commit_id: HEAD, event: 'COMMENT', body: 'b', comments: [{ path: 'docs/prfaq.md', start_line: 1, line: 3, body: 'c' }] })
    const checked: Array<[string, string, number, unknown]> = [
      ['GET', '/repos/{owner}/{repo}/pulls/{pull_number}', 200, (await call('GET', `${pullsPath}/1`)).json],
      ['GET', '/repos/{owner}/{repo}/pulls/{pull_number}/files', 200, (await call('GET', `${pullsPath}/1/files`)).json],
      ['POST', '/repos/{owner}/{repo}/pulls/{pull_number}/reviews', 200, review.json],
      ['GET', '/repos/{owner}/{repo}/pulls/{pull_number}/reviews', 200, (await call('GET', `${pullsPath}/1/reviews`)).json],
      ['GET', '/repos/{owner}/{repo}/pulls/{pull_number}/comments', 200, (await call('GET', `${pullsPath}/1/comments`)).json],
      ['POST', '/repos/{owner}/{repo}/issues/{issue_number}/comments', 201, (await call('POST', `/repos/${OWNER}/${REPO}/issues/1/comments`, { body: 'x' })).json],
      ['POST', '/repos/{owner}/{repo}/check-runs', 201, (await call('POST', `/repos/${OWNER}/${REPO}/check-runs`, { name: 'prfaq', head_sha: HEAD })).json],
      ['GET', '/repos/{owner}/{repo}/contents/{path}', 200, (await call('GET', `/repos/${OWNER}/${REPO}/contents/docs/prfaq.md?ref=${HEAD}`)).json],
      ['GET', '/repos/{owner}/{repo}/compare/{basehead}', 200, (await call('GET', `/repos/${OWNER}/${REPO}/compare/${BASE}...${MERGE_HEAD}`)).json],
      ['GET', '/rate_limit', 200, (await call('GET', '/rate_limit')).json],
      ['POST', '/repos/{owner}/{repo}/pulls/{pull_number}/reviews', 422, (await call('POST', `${pullsPath}/1/reviews`, { commit_id: BASE, event: 'COMMENT', body: 'b' })).json]
    ]
    for (const [method, template, status, body] of checked) {
      expect({ route: `${method} ${template} ${status}`, errors: openApiResponseErrors(method, template, status, body) }).toEqual({
        route: `${method} ${template} ${status}`,
        errors: []
      })
    }
  })
})

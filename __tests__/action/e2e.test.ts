import { readFileSync } from 'node:fs'
import { afterAll, afterEach, describe, expect, it } from 'vitest'
import { MISSING_FINANCE, PASSING, PLACEHOLDER_PROBLEM } from '../fixtures/documents.js'
import { FakeGitHub, type FakePullRequest } from '../github/fake-github.js'
import { type ActionRun, addedPatch, oneLinePatch, pullPayload, runAction } from '../helpers/action.js'
import { tempTree } from '../helpers/process.js'

/**
 * The Action as GitHub runs it: dist/index.js in its own process, with the
 * runner's environment, against a GitHub REST API fake on 127.0.0.1 that
 * checks every request against GitHub's OpenAPI description and enforces
 * GitHub's rules (review lines inside the diff, commit_id = head SHA, body
 * limits). Each scenario also records how many API calls the run made.
 */

const HEAD = 'a'.repeat(40)
const HEAD_2 = 'b'.repeat(40)
const BASE = 'c'.repeat(40)
const DOC = 'docs/launch-prfaq.md'

/** A PR/FAQ that fails every mission rule: no problem, no finance, no technical, no Bezos answers. */
const FAILING_ALL = `# Launch PR/FAQ

## Press Release

Ledgerline is available today. “It gave us our evenings back,” said Ana Ruiz, a controller at Finch.

## FAQ

### Internal FAQ

**Q: Who is the customer?**

Controllers at mid-sized companies.
`

const callLog: Array<{ scenario: string; calls: number; writes: number; detail: Record<string, number> }> = []
let fake: FakeGitHub | undefined

afterEach(async () => {
  await fake?.stop()
  fake = undefined
})

afterAll(() => {
  const rows = callLog.map(({ scenario, calls, writes }) => `  ${scenario.padEnd(58)} ${String(calls).padStart(4)} calls, ${writes} writes`)
  // biome-ignore lint/suspicious/noConsole: the API calls each scenario costs, for whoever runs the suite
  console.log(`API calls per scenario:\n${rows.join('\n')}`)
})

function workflowRun(headSha: string) {
  return { action: 'completed', workflow_run: { event: 'pull_request', head_sha: headSha, head_repository: { full_name: 'acme/plans' }, pull_requests: [] } }
}

function pull(files: Record<string, string>, options: Partial<FakePullRequest> = {}): FakePullRequest {
  return {
    number: 7,
    headSha: HEAD,
    baseSha: BASE,
    files: Object.entries(files).map(([filename, content]) => ({ filename, status: 'added', patch: addedPatch(content) })),
    contents: files,
    ...options
  }
}

async function startFake(
  pulls: FakePullRequest[],
  options: { readOnlyTokens?: string[]; refs?: Record<string, Record<string, string>>; compare?: ConstructorParameters<typeof FakeGitHub>[0]['compare'] } = {}
): Promise<string> {
  fake = new FakeGitHub({ owner: 'acme', repo: 'plans', pulls, refs: { [BASE]: {}, ...options.refs }, ...options })
  return fake.start()
}

function record(scenario: string): void {
  const detail = fake!.callCounts()
  const writes = fake!.requests.filter((request) => request.method !== 'GET').length
  callLog.push({ scenario, calls: fake!.requests.length, writes, detail })
}

const writesTo = (pattern: RegExp) => fake!.requests.filter((request) => request.method !== 'GET' && pattern.test(request.path))
const summaryComments = () => fake!.issueComments.filter((comment) => comment.body.startsWith('<!-- prfaq-gate:summary'))
const explicitReviews = () => fake!.reviews.filter((review) => !review.implicit)

function expectNoViolations(ignore: RegExp = /^$/u): void {
  expect(fake!.violations.filter((violation) => !ignore.test(violation))).toEqual([])
}

async function runOnPull(apiUrl: string, inputs: Record<string, string> = {}, options: { token?: string; headSha?: string } = {}): Promise<ActionRun> {
  return runAction({ apiUrl, eventName: 'pull_request', payload: pullPayload(7, options.headSha ?? HEAD, BASE), inputs, ...(options.token ? { token: options.token } : {}) })
}

describe('prfaq-gate on pull requests (dist/index.js against a GitHub API fake)', () => {
  it('a clean PR passes: a summary comment that says so, no review', async () => {
    const apiUrl = await startFake([pull({ [DOC]: PASSING })])
    const run = await runOnPull(apiUrl)
    expect(run.stderr).toBe('')
    expect(run.code).toBe(0)
    expect(explicitReviews()).toEqual([])
    expect(summaryComments()).toHaveLength(1)
    expect(summaryComments()[0]!.body).toContain('✅ all checks pass')
    expect(run.outputs).toMatchObject({ 'files-checked': '1', errors: '0', warnings: '0' })
    expectNoViolations()
    record('clean PR')
  })

  it('a PR failing every mission rule: one review with inline comments, a scorecard, a failing step', async () => {
    const apiUrl = await startFake([pull({ [DOC]: FAILING_ALL })])
    const run = await runOnPull(apiUrl)
    expect(run.code).toBe(1)
    expect(run.stdout).toContain('::error::prfaq-gate: 6 errors, 0 warnings in 1 PR/FAQ file (fail-level: error).')
    // One review, COMMENT only, at the head SHA, with a comment per finding on lines of the diff.
    expect(explicitReviews()).toHaveLength(1)
    expect(explicitReviews()[0]).toMatchObject({ event: 'COMMENT', commit_id: HEAD })
    const inline = fake!.reviewComments
    expect(inline.map((comment) => comment.body.match(/`([a-z-]+)`/u)?.[1]).sort()).toEqual([
      'bezos-big-idea',
      'bezos-plan-to-succeed',
      'bezos-should-do',
      'faq-finance',
      'faq-technical-hurdles',
      'problem-section'
    ])
    // The finding is at the Internal FAQ heading (line 9); its comment sits on the FAQ's last line (13),
    // which its suggestion replaces with that line and a skeleton finance question.
    const finance = inline.find((comment) => comment.body.includes('faq-finance'))!
    expect(finance).toMatchObject({ path: DOC, line: 13, side: 'RIGHT' })
    expect(finance.body).toContain('```suggestion\nControllers at mid-sized companies.\n\n**Q: What is the price')
    expect(finance.body).toContain('**Why it matters:**')
    expect(finance.body).toContain('**How to fix:**')
    expect(finance.body).toContain('docs/rules/faq-finance.md')
    // The scorecard: every check failed, with links to the lines.
    const [summary] = summaryComments()
    expect(summary!.body).toContain('❌ 6 errors, 0 warnings in 1 PR/FAQ')
    expect(summary!.body).toMatch(/\| \[Problem section\]\([^)]*\) \| ❌ \[line 3\]\(https:\/\/github\.com\/acme\/plans\/blob\/a{40}\/docs\/launch-prfaq\.md\?plain=1#L3\)/u)
    // Annotations on the file, and the job summary lists every finding.
    expect(run.annotations.filter((line) => line.includes(`file=${DOC}`))).toHaveLength(6)
    expect(run.jobSummary).toContain('### Every finding')
    expect(JSON.parse(readFileSync(run.outputs.report!, 'utf8'))).toMatchObject({ version: 1, errorCount: 6, pullRequest: { number: 7, headSha: HEAD } })
    expectNoViolations()
    record('PR failing every mission rule')
  })

  it('a re-run on the same head posts nothing new and edits nothing', async () => {
    const apiUrl = await startFake([pull({ [DOC]: FAILING_ALL })])
    await runOnPull(apiUrl)
    const before = fake!.requests.length
    const comments = fake!.reviewComments.length
    const rerun = await runOnPull(apiUrl)
    expect(rerun.code).toBe(1)
    const writes = fake!.requests.slice(before).filter((request) => request.method !== 'GET')
    expect(writes).toEqual([])
    expect(fake!.reviewComments).toHaveLength(comments)
    expect(summaryComments()).toHaveLength(1)
    expectNoViolations()
    // Record the second run alone.
    fake!.requests.splice(0, before)
    record('re-run on the same head')
  })

  it('a push that fixes everything: old comments removed, summary says pass, exit 0', async () => {
    const apiUrl = await startFake([pull({ [DOC]: FAILING_ALL })])
    await runOnPull(apiUrl)
    expect(fake!.reviewComments.length).toBe(6)
    // Someone replies to the finance comment: that thread must stay.
    const finance = fake!.reviewComments.find((comment) => comment.body.includes('faq-finance'))!
    fake!.reviewComments.push({
      id: 99_001,
      pull: 7,
      path: DOC,
      line: finance.line!,
      side: 'RIGHT',
      body: 'We are working on pricing.',
      commit_id: HEAD,
      in_reply_to_id: finance.id,
      user: { login: 'octocat' }
    })
    const before = fake!.requests.length
    const fixed = fake!.pulls[0]!
    fixed.headSha = HEAD_2
    fixed.contents = { [DOC]: PASSING }
    fixed.files = [{ filename: DOC, status: 'added', patch: addedPatch(PASSING) }]
    const run = await runOnPull(apiUrl, {}, { headSha: HEAD_2 })
    expect(run.code).toBe(0)
    const remaining = fake!.reviewComments.filter((comment) => comment.user.login !== 'octocat')
    expect(remaining.map((comment) => comment.id)).toEqual([finance.id])
    expect(summaryComments()).toHaveLength(1)
    expect(summaryComments()[0]!.body).toContain('✅ all checks pass')
    expect(writesTo(/\/pulls\/comments\/\d+$/u).filter((request) => request.method === 'DELETE')).toHaveLength(5)
    expectNoViolations()
    fake!.requests.splice(0, before)
    record('push that fixes everything')
  })

  it('a PR that touches no PR/FAQ passes quickly and says so', async () => {
    const apiUrl = await startFake([pull({ 'src/app.ts': 'export {}\n', 'README.md': '# Readme\n' })])
    const run = await runOnPull(apiUrl)
    expect(run.code).toBe(0)
    expect(run.stdout).toContain('No PR/FAQ file changed: nothing to check.')
    expect(fake!.requests.filter((request) => request.method !== 'GET')).toEqual([])
    expectNoViolations()
    record('PR with no PR/FAQ')
  })

  it('a read-only token (fork PR): no crash, no pass; annotations, job summary and how to enable comments', async () => {
    const apiUrl = await startFake([pull({ [DOC]: MISSING_FINANCE })], { readOnlyTokens: ['fork-token'] })
    const run = await runOnPull(apiUrl, {}, { token: 'fork-token' })
    expect(run.code).toBe(1)
    expect(run.stdout).toMatch(/::warning::The token cannot write to this pull request .*workflow_run/u)
    expect(run.annotations.some((line) => line.startsWith('::error') && line.includes('faq-finance'))).toBe(true)
    expect(run.jobSummary).toContain('faq-finance')
    expect(run.stdout).not.toMatch(/\n\s+at /u)
    expectNoViolations(/^\[read-only-token\]/u)
    record('read-only token (403 on writes)')
  })

  it('a transient 502 is retried', async () => {
    const apiUrl = await startFake([pull({ [DOC]: MISSING_FINANCE })])
    fake!.addFault({ method: 'GET', path: /\/pulls\/7\/files$/u, status: 502, times: 1 })
    const run = await runOnPull(apiUrl)
    expect(run.code).toBe(1)
    expect(fake!.requests.filter((request) => /\/pulls\/7\/files$/u.test(request.path)).map((request) => request.status)).toEqual([502, 200])
    expect(summaryComments()).toHaveLength(1)
    record('transient 502')
  })

  it('a rate-limit answer is waited out and retried', async () => {
    const apiUrl = await startFake([pull({ [DOC]: MISSING_FINANCE })])
    fake!.addFault({
      method: 'GET',
      path: /\/pulls\/7\/files$/u,
      status: 403,
      times: 1,
      headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(Math.ceil(Date.now() / 1000) + 1) }
    })
    const run = await runOnPull(apiUrl)
    expect(run.code).toBe(1)
    expect(run.stdout).toMatch(/::warning::GitHub rate limit on GET \/repos\/acme\/plans\/pulls\/7\/files/u)
    expect(summaryComments()).toHaveLength(1)
    record('rate-limit answer')
  })

  it('a GitHub API failure that does not recover fails the step with a clear message', async () => {
    const apiUrl = await startFake([pull({ [DOC]: PASSING })])
    fake!.addFault({ method: 'GET', path: /\/pulls\/7\/files$/u, status: 500 })
    const run = await runOnPull(apiUrl)
    expect(run.code).toBe(1)
    expect(run.stdout).toContain('::error::prfaq-gate could not read the pull request from GitHub, so the check fails rather than pass unchecked.')
    // Which call failed, how, and what to do.
    expect(run.stdout).toContain('GET /repos/acme/plans/pulls/7/files failed (HTTP 500')
    expect(run.stdout).toContain('re-run the job')
    record('persistent 500')
  })

  it('a PR with 250+ changed files: every page is read', async () => {
    const files: Record<string, string> = {}
    for (let i = 0; i < 260; i++) files[`src/file${String(i).padStart(3, '0')}.ts`] = `export const n = ${i}\n`
    files['zz/late-prfaq.md'] = MISSING_FINANCE
    const apiUrl = await startFake([pull(files)])
    const run = await runOnPull(apiUrl)
    expect(run.code).toBe(1)
    expect(run.outputs['files-checked']).toBe('1')
    expect(fake!.requests.filter((request) => /\/pulls\/7\/files$/u.test(request.path))).toHaveLength(3)
    expectNoViolations()
    record('PR with 261 changed files')
  })

  it('a finding on a line outside the diff gets a file-level comment naming the line, not an inline one, and is in the summary', async () => {
    // Only line 5 (the problem statement) changed; the faq-finance finding is at line 15, its fix at line 31.
    const apiUrl = await startFake([pull({}, { files: [{ filename: DOC, status: 'modified', patch: oneLinePatch(MISSING_FINANCE, 5) }], contents: { [DOC]: MISSING_FINANCE } })])
    const run = await runOnPull(apiUrl)
    expect(run.code).toBe(1)
    expect(fake!.reviewComments.map(({ path, subject_type, line }) => ({ path, subject_type, line }))).toEqual([{ path: DOC, subject_type: 'file', line: undefined }])
    expect(fake!.reviewComments[0]!.body).toContain('?plain=1#L15)** of this file')
    expect(explicitReviews()).toEqual([])
    expect(summaryComments()[0]!.body).toContain('#L15): The FAQ has no question about money')
    expectNoViolations()
    record('finding outside the diff')
  })

  it('inline comments are capped per run; the rest are in the summary', async () => {
    const apiUrl = await startFake([pull({ [DOC]: FAILING_ALL })])
    const run = await runOnPull(apiUrl, { 'max-inline-comments': '2' })
    expect(run.code).toBe(1)
    expect(fake!.reviewComments).toHaveLength(2)
    expect(summaryComments()[0]!.body.match(/❌ \[line/gu)).toHaveLength(6)
    // The cap counts the comments already there: a re-run adds none.
    await runOnPull(apiUrl, { 'max-inline-comments': '2' })
    expect(fake!.reviewComments).toHaveLength(2)
    record('inline cap of 2')
  })

  it('merge_group: checks the group’s changes, posts nothing, gates the same way', async () => {
    const apiUrl = await startFake([], {
      refs: { [HEAD]: { [DOC]: PLACEHOLDER_PROBLEM } },
      compare: { [`${BASE}...${HEAD}`]: [{ filename: DOC, status: 'modified', patch: addedPatch(PLACEHOLDER_PROBLEM) }] }
    })
    const run = await runAction({
      apiUrl,
      eventName: 'merge_group',
      payload: { action: 'checks_requested', merge_group: { base_sha: BASE, head_sha: HEAD, head_ref: 'refs/heads/gh-readonly-queue/main/pr-7-abc', base_ref: 'refs/heads/main' } }
    })
    expect(run.code).toBe(1)
    expect(run.annotations.some((line) => line.includes('problem-section'))).toBe(true)
    expect(fake!.requests.filter((request) => request.method !== 'GET')).toEqual([])
    expectNoViolations()
    record('merge_group')
  })

  it('push: checks every PR/FAQ in the workspace, no API calls', async () => {
    const apiUrl = await startFake([])
    const workspace = tempTree({ 'docs/a-prfaq.md': PASSING, 'docs/b-prfaq.md': MISSING_FINANCE, 'README.md': '# hi\n' })
    const run = await runAction({ apiUrl, eventName: 'push', payload: { ref: 'refs/heads/main' }, workspace })
    expect(run.code).toBe(1)
    expect(run.outputs).toMatchObject({ 'files-checked': '2', errors: '1' })
    expect(fake!.requests).toEqual([])
    record('push (workspace)')
  })

  it('fork-safe pattern: the unprivileged run writes the report, the workflow_run job posts it', async () => {
    const apiUrl = await startFake([pull({ [DOC]: MISSING_FINANCE })], { readOnlyTokens: ['fork-token'] })
    const check = await runOnPull(apiUrl, { comment: 'none' }, { token: 'fork-token' })
    expect(check.code).toBe(1)
    expect(fake!.requests.filter((request) => request.method !== 'GET')).toEqual([])
    // The artifact travels to the privileged workflow_run job.
    const artifact = tempTree({ 'prfaq-gate-report.json': readFileSync(check.outputs.report!, 'utf8') })
    const publish = await runAction({ apiUrl, eventName: 'workflow_run', payload: workflowRun(HEAD), inputs: { 'from-report': 'prfaq-gate-report.json' }, workspace: artifact })
    expect(publish.code).toBe(0)
    expect(fake!.reviewComments.map((comment) => comment.line)).toEqual([15])
    expect(summaryComments()).toHaveLength(1)
    expectNoViolations()
    record('fork-safe: check, then workflow_run publish')
  })

  describe('a report from an untrusted run is checked against what GitHub says', () => {
    const report = (pullRequest: { number: number; headSha: string }, files: unknown[] = [{ path: DOC, findings: [] }]) =>
      tempTree({ 'r.json': JSON.stringify({ version: 1, repository: 'acme/plans', pullRequest, files }) })
    const publish = (apiUrl: string, workspace: string, headSha = HEAD) =>
      runAction({ apiUrl, eventName: 'workflow_run', payload: workflowRun(headSha), inputs: { 'from-report': 'r.json' }, workspace })
    const writes = () => fake!.requests.filter((request) => request.method !== 'GET')

    it('a malformed finding', async () => {
      const apiUrl = await startFake([pull({ [DOC]: MISSING_FINANCE })])
      const run = await publish(apiUrl, report({ number: 7, headSha: HEAD }, [{ path: DOC, findings: [{ ruleId: 'rm -rf', severity: 'error', line: 1, column: 1, endLine: 1, endColumn: 1 }] }]))
      expect(run.code).toBe(1)
      expect(run.stdout).toContain('malformed finding')
      expect(writes()).toEqual([])
    })

    it('a commit other than the one the workflow run built', async () => {
      const apiUrl = await startFake([pull({ [DOC]: MISSING_FINANCE })])
      const run = await publish(apiUrl, report({ number: 7, headSha: HEAD }), HEAD_2)
      expect(run.code).toBe(1)
      expect(run.stdout).toContain('but the workflow run that produced it built bbbbbbb; nothing was posted')
      expect(writes()).toEqual([])
    })

    it('another pull request’s number', async () => {
      const apiUrl = await startFake([pull({ [DOC]: MISSING_FINANCE }), pull({ [DOC]: PASSING }, { number: 8, headSha: HEAD_2 })])
      const run = await publish(apiUrl, report({ number: 8, headSha: HEAD }))
      expect(run.code).toBe(0)
      expect(run.stdout).toContain('the report for aaaaaaa is outdated and was not posted')
      expect(writes()).toEqual([])
    })

    it('a file the pull request does not change', async () => {
      const apiUrl = await startFake([pull({ [DOC]: MISSING_FINANCE })])
      const run = await publish(apiUrl, report({ number: 7, headSha: HEAD }, [{ path: 'docs/other-prfaq.md', findings: [] }]))
      expect(run.code).toBe(1)
      expect(run.stdout).toContain('which pull request #7 does not change')
      expect(writes()).toEqual([])
    })

    it('outside a workflow_run job', async () => {
      const apiUrl = await startFake([pull({ [DOC]: MISSING_FINANCE })])
      const run = await runAction({ apiUrl, eventName: 'push', payload: {}, inputs: { 'from-report': 'r.json' }, workspace: report({ number: 7, headSha: HEAD }) })
      expect(run.code).toBe(1)
      expect(run.stdout).toContain('posts a report in a workflow_run job')
    })
  })

  it('a comment by someone else that carries the marker is never edited', async () => {
    const apiUrl = await startFake([pull({ [DOC]: PASSING })])
    fake!.issueComments.push({ id: 99_002, issue: 7, body: 'Quoting the bot: <!-- prfaq-gate:summary --> old text', user: { login: 'octocat' } })
    await runOnPull(apiUrl)
    expect(fake!.issueComments.find((comment) => comment.id === 99_002)!.body).toBe('Quoting the bot: <!-- prfaq-gate:summary --> old text')
    expect(summaryComments().filter((comment) => comment.user.login === 'github-actions[bot]')).toHaveLength(1)
    expectNoViolations()
  })

  it('a file that cannot be read shows as not checked, not as passing', async () => {
    const apiUrl = await startFake([pull({ [DOC]: '' })])
    const run = await runOnPull(apiUrl)
    expect(run.code).toBe(1)
    const body = summaryComments()[0]!.body
    expect(body).toContain('➖ not checked')
    expect(body).not.toContain('✅ pass')
  })

  it('document text cannot mention people or inject HTML in comments', async () => {
    const hostile = PLACEHOLDER_PROBLEM.replace('### The Problem', '### The Problem @acme/security <img src=x onerror=alert(1)>')
    const apiUrl = await startFake([pull({ [DOC]: hostile })])
    await runOnPull(apiUrl)
    const bodies = [...fake!.reviewComments, ...fake!.issueComments].map((comment) => comment.body).join('\n')
    expect(bodies).toContain('The Problem')
    expect(bodies).not.toContain('@acme/security')
    expect(bodies).not.toContain('<img')
  })

  it('a bad input value fails the step naming the input', async () => {
    const apiUrl = await startFake([pull({ [DOC]: PASSING })])
    for (const [input, value] of [
      ['fail-level', 'sometimes'],
      ['comment', 'loud'],
      ['max-inline-comments', '-3']
    ] as const) {
      const run = await runOnPull(apiUrl, { [input]: value })
      expect(run.code).toBe(1)
      expect(run.stdout).toContain(`::error::Input "${input}": "${value}"`)
    }
    expect(fake!.requests).toEqual([])
  })

  it('the config comes from the base branch: a PR cannot switch off its own gate', async () => {
    const weakened = 'rules:\n  faq-finance: off\n'
    const apiUrl = await startFake([pull({ [DOC]: MISSING_FINANCE, '.github/prfaq-gate.yml': weakened })], { refs: { [BASE]: { '.github/prfaq-gate.yml': 'rules:\n  faq-finance: error\n' } } })
    const run = await runOnPull(apiUrl)
    expect(run.code).toBe(1)
    expect(run.outputs.errors).toBe('1')
    expect(summaryComments()[0]!.body).toContain('This pull request changes `.github/prfaq-gate.yml`')
    expect(summaryComments()[0]!.body).toContain('takes effect after merge')
    record('PR that edits the config')
  })

  it('team schemas come from the base branch too, and suppressions show in the summary with their reason', async () => {
    const config = 'vocabulary:\n  sections:\n    tenets: [Tenets]\nschemas:\n  - id: tenets-section\n    message: The PR/FAQ has no Tenets section.\n    file: tenets.json\n'
    const tenets = JSON.stringify({ properties: { sections: { contains: { properties: { role: { const: 'tenets' } }, required: ['role'] } } } })
    const doc = `<!-- prfaq-gate-disable faq-finance -- pricing is set in the finance review -->\n${MISSING_FINANCE}`
    const apiUrl = await startFake([pull({ [DOC]: doc, '.github/tenets.json': '{}' })], {
      refs: { [BASE]: { '.github/prfaq-gate.yml': config, '.github/tenets.json': tenets } }
    })
    const run = await runOnPull(apiUrl)
    expect(run.code).toBe(1)
    expect(run.outputs.errors).toBe('1')
    const body = summaryComments()[0]!.body
    expect(body).toContain('The PR/FAQ has no Tenets section.')
    expect(body).toContain('🔕 suppressed')
    expect(body).toContain('reason: pricing is set in the finance review')
    expect(JSON.parse(readFileSync(run.outputs.report!, 'utf8')).files[0].suppressed).toEqual([
      { ruleId: 'faq-finance', line: 16, message: expect.any(String), reason: 'pricing is set in the finance review' }
    ])
    expectNoViolations()
  })

  it('a config named in the workflow but missing on the base branch fails the step', async () => {
    const apiUrl = await startFake([pull({ [DOC]: PASSING })])
    const run = await runOnPull(apiUrl, { config: 'config/prfaq.yml' })
    expect(run.code).toBe(1)
    expect(run.stdout).toContain('::error::Bad prfaq-gate config: config/prfaq.yml: not found on the base branch')
  })

  it('a broken config on the base branch does not block the pull request that fixes it', async () => {
    const config = '.github/prfaq-gate.yml'
    const apiUrl = await startFake([pull({ [DOC]: MISSING_FINANCE, [config]: 'rules:\n  faq-finance: warning\n' })], {
      refs: { [BASE]: { [config]: 'rules:\n  faq-finance: sometimes\n' } }
    })
    const run = await runOnPull(apiUrl)
    expect(run.code).toBe(1) // checked with the defaults: faq-finance is still an error until the fix merges
    expect(run.outputs.errors).toBe('1')
    expect(summaryComments()[0]!.body).toContain('which is broken on the base branch')
  })

  it('a merge group of 300 or more files is judged against its base, through the API, never by the workspace', async () => {
    // The attack: a pull request that turns every rule off and touches 300 files, so that the
    // compare API's list is full. Neither its config nor the workspace may decide the verdict.
    const allOff = `rules:\n${['problem-section', 'faq-finance', 'faq-technical-hurdles', 'bezos-big-idea', 'bezos-should-do', 'bezos-plan-to-succeed'].map((id) => `  ${id}: off\n`).join('')}`
    const filler = Object.fromEntries(Array.from({ length: 300 }, (_, i) => [`src/f${i}.ts`, `export const n = ${i}\n`]))
    const base = { '.github/prfaq-gate.yml': 'rules:\n  faq-finance: error\n', 'src/keep.ts': 'x\n' }
    const head = { ...base, ...filler, '.github/prfaq-gate.yml': allOff, 'docs/a-prfaq.md': MISSING_FINANCE }
    const many = Object.keys(filler).map((filename) => ({ filename, status: 'added' as const, patch: '@@ -0,0 +1 @@\n+x' }))
    const apiUrl = await startFake([], { refs: { [BASE]: base, [HEAD]: head }, compare: { [`${BASE}...${HEAD}`]: many } })
    const workspace = tempTree({ '.github/prfaq-gate.yml': allOff, 'README.md': 'nothing here\n' })
    const run = await runAction({ apiUrl, eventName: 'merge_group', payload: { merge_group: { base_sha: BASE, head_sha: HEAD } }, workspace })
    expect(run.code).toBe(1)
    expect(run.outputs['files-checked']).toBe('1')
    expect(run.annotations.some((line) => line.includes('faq-finance') && line.includes('file=docs/a-prfaq.md'))).toBe(true)
    expect(fake!.requests.some((request) => request.path === `/repos/acme/plans/git/trees/${HEAD}`)).toBe(true)
    expect(fake!.requests.filter((request) => request.method !== 'GET')).toEqual([])
    expectNoViolations()
  })

  it('a pull request of 3,000 files (all GitHub lists) fails rather than pass unchecked', async () => {
    const files: Record<string, string> = {}
    for (let i = 0; i < 3000; i++) files[`src/f${i}.ts`] = 'x\n'
    const apiUrl = await startFake([pull(files)])
    const run = await runOnPull(apiUrl)
    expect(run.code).toBe(1)
    expect(run.stdout).toContain('GitHub lists only the first 3000')
  })

  it('a bad config on the base branch fails the step naming the file and line', async () => {
    const apiUrl = await startFake([pull({ [DOC]: PASSING })], { refs: { [BASE]: { '.github/prfaq-gate.yml': 'rules:\n  faq-finance: sometimes\n' } } })
    const run = await runOnPull(apiUrl)
    expect(run.code).toBe(1)
    expect(run.stdout).toContain('::error::Bad prfaq-gate config: .github/prfaq-gate.yml:2:16')
  })
})

// Keep the workflow files the README shows in step with the Action's inputs.
describe('action.yml and the documented workflows', () => {
  it('action.yml is valid metadata for a node24 action running dist/index.js', async () => {
    const { parse } = await import('yaml')
    const action = parse(readFileSync('action.yml', 'utf8')) as { runs: unknown; inputs: Record<string, { description?: string; default?: string }>; outputs: Record<string, unknown> }
    expect(action.runs).toEqual({ using: 'node24', main: 'dist/index.js' })
    for (const [name, input] of Object.entries(action.inputs)) expect(typeof input.description, name).toBe('string')
    expect(Object.keys(action.outputs).sort()).toEqual(['errors', 'files-checked', 'report', 'warnings'])
  })

  it('the documented pull-request workflows run one at a time per pull request', async () => {
    const { parse } = await import('yaml')
    for (const file of ['prfaq-gate.yml', 'prfaq-gate-fork-check.yml', 'prfaq-gate-fork-comment.yml']) {
      const workflow = parse(readFileSync(`docs/workflows/${file}`, 'utf8')) as { concurrency?: { group?: string; 'cancel-in-progress'?: boolean } }
      expect(workflow.concurrency?.group, file).toMatch(/\$\{\{ github\.event\.(pull_request\.number|workflow_run\.)/u)
      expect(workflow.concurrency?.['cancel-in-progress'], file).toBe(true)
    }
    const readme = readFileSync('README.md', 'utf8')
    // biome-ignore lint/suspicious/noTemplateCurlyInString: a GitHub Actions expression, not a JavaScript template
    expect(readme).toContain('group: prfaq-gate-${{ github.event.pull_request.number || github.ref }}')
  })

  it('use only inputs that action.yml declares', async () => {
    const { parse } = await import('yaml')
    const action = parse(readFileSync('action.yml', 'utf8')) as { inputs: Record<string, unknown> }
    for (const file of ['prfaq-gate.yml', 'prfaq-gate-fork-check.yml', 'prfaq-gate-fork-comment.yml']) {
      const workflow = parse(readFileSync(`docs/workflows/${file}`, 'utf8')) as { jobs: Record<string, { steps: Array<{ uses?: string; with?: Record<string, unknown> }> }> }
      const steps = Object.values(workflow.jobs).flatMap((job) => job.steps)
      const ours = steps.filter((step) => step.uses?.startsWith('prfaq-gate/prfaq-gate@'))
      expect(ours.length, file).toBeGreaterThan(0)
      for (const step of ours) for (const input of Object.keys(step.with ?? {})) expect(Object.keys(action.inputs), `${file}: ${input}`).toContain(input)
    }
  })
})

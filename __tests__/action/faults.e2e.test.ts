import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Ajv2020 } from 'ajv/dist/2020.js'
import { afterEach, describe, expect, it } from 'vitest'
import { MISSING_FINANCE, PASSING, PLACEHOLDER_PROBLEM } from '../fixtures/documents.js'
import { FakeGitHub, type FakePullRequest } from '../github/fake-github.js'
import { type ActionRun, addedPatch, pullPayload, runAction } from '../helpers/action.js'

/**
 * The Action under attack and faults, as GitHub runs it (dist/index.js in its
 * own process against the GitHub API fake): writes that GitHub applies and
 * still answers 5xx, two runs racing on one pull request, hung connections,
 * files over the contents API's 1 MB limit, other workflows' comments, more
 * findings than GitHub shows as annotations. Each test failed before the fix
 * it covers.
 */

const HEAD = 'a'.repeat(40)
const BASE = 'c'.repeat(40)
const DOC = 'docs/launch-prfaq.md'

/** Fails every mission rule: six findings, all on lines of the diff. */
const FAILING_ALL = `# Launch PR/FAQ

## Press Release

Ledgerline is available today. “It gave us our evenings back,” said Ana Ruiz, a controller at Finch.

## FAQ

### Internal FAQ

**Q: Who is the customer?**

Controllers at mid-sized companies.
`

let fake: FakeGitHub | undefined

afterEach(async () => {
  await fake?.stop()
  fake = undefined
})

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

async function startFake(files: Record<string, string>, refs: Record<string, Record<string, string>> = {}): Promise<string> {
  fake = new FakeGitHub({ owner: 'acme', repo: 'plans', pulls: [pull(files)], refs: { [BASE]: {}, ...refs } })
  return fake.start()
}

function runOnPull(apiUrl: string, inputs: Record<string, string> = {}, env: Record<string, string> = {}): Promise<ActionRun> {
  return runAction({ apiUrl, eventName: 'pull_request', payload: pullPayload(7, HEAD, BASE), inputs, env: { GITHUB_WORKFLOW: 'prfaq-gate', GITHUB_JOB: 'prfaq', ...env } })
}

const summaries = () => fake!.issueComments.filter((comment) => comment.body.startsWith('<!-- prfaq-gate:summary'))
const inlineComments = () => fake!.reviewComments.filter((comment) => comment.user.login === 'github-actions[bot]')
const rulesCommented = () =>
  inlineComments()
    .map((comment) => comment.body.match(/`([a-z-]+)`/u)?.[1])
    .sort()
const errorLines = (run: ActionRun) => run.stdout.split('\n').filter((line) => line.startsWith('::error'))

function expectNoViolations(): void {
  expect(fake!.violations).toEqual([])
}

describe('writes that GitHub applies and still answers 5xx', () => {
  it('a review POST answered 502 after it was applied is not sent again: one comment per finding', async () => {
    const apiUrl = await startFake({ [DOC]: FAILING_ALL })
    fake!.addFault({ method: 'POST', path: /\/pulls\/7\/reviews$/u, status: 502, times: 1, afterApplying: true })
    const run = await runOnPull(apiUrl)
    expect(run.code).toBe(1)
    expect(rulesCommented()).toEqual(['bezos-big-idea', 'bezos-plan-to-succeed', 'bezos-should-do', 'faq-finance', 'faq-technical-hurdles', 'problem-section'])
    expect(fake!.requests.filter((request) => request.method === 'POST' && /\/reviews$/u.test(request.path))).toHaveLength(1)
    expect(run.stdout).not.toContain('could not be updated')
    expectNoViolations()
  })

  it('a summary POST answered 502 after it was applied leaves one summary, not two', async () => {
    const apiUrl = await startFake({ [DOC]: MISSING_FINANCE })
    fake!.addFault({ method: 'POST', path: /\/issues\/7\/comments$/u, status: 502, times: 1, afterApplying: true })
    const run = await runOnPull(apiUrl)
    expect(run.code).toBe(1)
    expect(summaries()).toHaveLength(1)
    expect(summaries()[0]!.body).toContain('❌ 1 error')
    expectNoViolations()
  })

  it('a review POST that fails without being applied is sent once more, for the comments that are missing', async () => {
    const apiUrl = await startFake({ [DOC]: FAILING_ALL })
    fake!.addFault({ method: 'POST', path: /\/pulls\/7\/reviews$/u, status: 502, times: 1 })
    await runOnPull(apiUrl)
    expect(inlineComments()).toHaveLength(6)
    expect(fake!.requests.filter((request) => request.method === 'POST' && /\/reviews$/u.test(request.path)).map((request) => request.status)).toEqual([502, 200])
  })

  it('duplicates left by an older version, a race or a retried write converge to one after the next run', async () => {
    const apiUrl = await startFake({ [DOC]: FAILING_ALL })
    await runOnPull(apiUrl)
    // What a retried POST used to leave: a second copy of every inline comment and of the summary,
    // in the marker format of the version before comment keys.
    for (const comment of [...inlineComments()]) {
      const legacy = comment.body.replace(/^<!-- prfaq-gate:fp=([0-9a-f]{16}) key="[^"]*" -->/u, '<!-- prfaq-gate:fp=$1 -->')
      fake!.reviewComments.push({ ...comment, id: comment.id + 50_000, body: legacy })
    }
    fake!.issueComments.push({ id: 90_001, issue: 7, body: '<!-- prfaq-gate:summary -->\n## prfaq-gate: ❌ 1 error in 1 PR/FAQ', user: { login: 'github-actions[bot]' } })
    expect(inlineComments()).toHaveLength(12)
    expect(summaries()).toHaveLength(2)
    await runOnPull(apiUrl)
    expect(inlineComments()).toHaveLength(6)
    expect(summaries()).toHaveLength(1)
    expect(summaries()[0]!.body).toContain('❌ 6 errors')
    expectNoViolations()
  })
})

describe('two runs at once on one pull request', () => {
  it('racing runs (both list before either writes) converge to one summary and one comment per finding', async () => {
    const apiUrl = await startFake({ [DOC]: FAILING_ALL })
    // Hold each listing until both runs have made it: the worst interleaving, every time.
    fake!.addBarrier({ method: 'GET', path: /\/pulls\/7\/comments$/u, count: 2 })
    fake!.addBarrier({ method: 'GET', path: /\/issues\/7\/comments$/u, count: 2 })
    const [first, second] = await Promise.all([runOnPull(apiUrl), runOnPull(apiUrl)])
    expect([first.code, second.code]).toEqual([1, 1])
    expect(summaries()).toHaveLength(1)
    expect(rulesCommented()).toEqual(['bezos-big-idea', 'bezos-plan-to-succeed', 'bezos-should-do', 'faq-finance', 'faq-technical-hurdles', 'problem-section'])
    // And the next run finds nothing to do.
    const before = fake!.requests.length
    await runOnPull(apiUrl)
    expect(fake!.requests.slice(before).filter((request) => request.method !== 'GET')).toEqual([])
    expectNoViolations()
  })

  it('a run whose pull request moved on while it checked leaves the comments to the newer run', async () => {
    const apiUrl = await startFake({ [DOC]: FAILING_ALL }, { [HEAD]: { [DOC]: FAILING_ALL } })
    fake!.pulls[0]!.headSha = 'b'.repeat(40)
    const run = await runOnPull(apiUrl)
    expect(run.code).toBe(1)
    expect(run.stdout).toContain('moved on to bbbbbbb')
    expect(fake!.requests.filter((request) => request.method !== 'GET')).toEqual([])
  })
})

describe('hung connections and the deadline', () => {
  it('a request that never answers is abandoned after request-timeout-seconds and retried', async () => {
    const apiUrl = await startFake({ [DOC]: MISSING_FINANCE })
    fake!.addFault({ method: 'GET', path: /\/pulls\/7\/files$/u, status: 0, hang: true, times: 1 })
    const run = await runOnPull(apiUrl, { 'request-timeout-seconds': '2' })
    expect(run.code).toBe(1)
    expect(run.outputs.errors).toBe('1')
    expect(summaries()).toHaveLength(1)
  })

  it('a connection that hangs on every attempt ends at the deadline, naming the call it waited for', async () => {
    const apiUrl = await startFake({ [DOC]: PASSING })
    fake!.addFault({ method: 'GET', path: /\/pulls\/7\/files$/u, status: 0, hang: true })
    const run = await runOnPull(apiUrl, { 'request-timeout-seconds': '3', 'timeout-seconds': '10' })
    expect(run.code).toBe(1)
    expect(run.stdout).toMatch(/::error::prfaq-gate stopped after 10 s .*still waiting for GET \/repos\/acme\/plans\/pulls\/7\/files.*fails rather than pass unchecked/u)
  })

  it('a write that hangs does not hold the verdict: the summary, the job summary and the outputs are there', async () => {
    const apiUrl = await startFake({ [DOC]: FAILING_ALL })
    fake!.addFault({ method: 'POST', path: /\/pulls\/7\/reviews$/u, status: 0, hang: true })
    const run = await runOnPull(apiUrl, { 'request-timeout-seconds': '2' })
    expect(run.code).toBe(1)
    expect(run.stdout).toMatch(/::warning::The review comments could not be updated: POST \/repos\/acme\/plans\/pulls\/7\/reviews failed: no answer within 2 s: .*re-run the job/u)
    expect(summaries()).toHaveLength(1)
    expect(run.outputs).toMatchObject({ 'files-checked': '1', errors: '6' })
    expect(run.jobSummary).toContain('### Comments not updated')
  })
})

describe('a failed review write does not stop the other reporters', () => {
  it('after the retries run out: the summary comment, job summary, outputs and the gate’s verdict are all there', async () => {
    const apiUrl = await startFake({ [DOC]: FAILING_ALL })
    fake!.addFault({ method: 'POST', path: /\/pulls\/7\/reviews$/u, status: 500 })
    const run = await runOnPull(apiUrl)
    expect(run.code).toBe(1)
    expect(errorLines(run)[0]).toContain('prfaq-gate: 6 errors, 0 warnings in 1 PR/FAQ file')
    expect(run.stdout).toContain('::warning::The review comments could not be updated: POST /repos/acme/plans/pulls/7/reviews failed (HTTP 500')
    expect(run.stdout).not.toContain('could not read')
    expect(summaries()).toHaveLength(1)
    expect(run.outputs.report).toMatch(/prfaq-gate-report\.json$/u)
    expect(run.jobSummary).toContain('### Every finding')
    expect(run.jobSummary).toContain('POST /repos/acme/plans/pulls/7/reviews')
  })

  it('a passing document stays passing when the comments cannot be written', async () => {
    const apiUrl = await startFake({ [DOC]: PASSING })
    fake!.addFault({ method: 'POST', path: /\/issues\/7\/comments$/u, status: 503 })
    const run = await runOnPull(apiUrl)
    expect(run.code).toBe(0)
    expect(run.stdout).toContain('::warning::The summary comment could not be updated: POST /repos/acme/plans/issues/7/comments')
  })
})

describe('files over the contents API’s 1 MB limit', () => {
  const big = (head: string) => `${head}\n\n${'Padding paragraph for a very long appendix.\n\n'.repeat(36_000)}`

  it('a PR/FAQ over the limit gets file-too-large; a large Markdown file that is not a PR/FAQ is ignored', async () => {
    const apiUrl = await startFake({
      [DOC]: big(PASSING),
      'docs/notes.md': big('# Meeting notes'),
      'docs/plan.md': big('---\ntype: prfaq\n---\n# A plan')
    })
    const run = await runOnPull(apiUrl)
    expect(run.code).toBe(1)
    expect(run.outputs['files-checked']).toBe('2')
    const tooLarge = run.annotations.filter((line) => line.includes('file-too-large'))
    expect(tooLarge.map((line) => line.match(/file=([^,]+)/u)?.[1]).sort()).toEqual(['docs/launch-prfaq.md', 'docs/plan.md'])
    expect(run.stdout).not.toContain('could not read')
    // Only the first bytes of the unnamed Markdown files were downloaded to see their front matter.
    expect(fake!.requests.filter((request) => /\/contents\//u.test(request.path) && /raw/u.test(request.headers.accept ?? ''))).toHaveLength(2)
    expectNoViolations()
  })

  it('with a larger maxFileBytes in the config, a 1.6 MB PR/FAQ is read raw and checked', async () => {
    const apiUrl = await startFake({ [DOC]: big(MISSING_FINANCE) }, { [BASE]: { '.github/prfaq-gate.yml': 'maxFileBytes: 2097152\n' } })
    const run = await runOnPull(apiUrl)
    expect(run.code).toBe(1)
    expect(run.annotations.filter((line) => line.includes('faq-finance'))).toHaveLength(1)
    expect(run.annotations.filter((line) => line.includes('file-too-large'))).toEqual([])
  })
})

describe('comments of other workflows and other prfaq-gate jobs', () => {
  it('a github-actions[bot] comment that quotes the marker is never touched', async () => {
    const apiUrl = await startFake({ [DOC]: MISSING_FINANCE })
    // Another workflow echoes the pull request's body, which quotes an old summary (both marker formats).
    const echo = 'PR body, echoed by another workflow:\n\n<!-- prfaq-gate:summary -->\n<!-- prfaq-gate:summary key="prfaq-gate/prfaq" -->\n## prfaq-gate: ✅ all checks pass'
    fake!.issueComments.push({ id: 90_002, issue: 7, body: echo, user: { login: 'github-actions[bot]' } })
    await runOnPull(apiUrl)
    expect(fake!.issueComments.find((comment) => comment.id === 90_002)!.body).toBe(echo)
    expect(summaries()).toHaveLength(1)
    expectNoViolations()
  })

  it('two prfaq-gate jobs (two folders, two keys) keep a summary and comments each', async () => {
    const apiUrl = await startFake({ 'docs/a/launch-prfaq.md': MISSING_FINANCE, 'docs/b/other-prfaq.md': FAILING_ALL })
    await runOnPull(apiUrl, { paths: 'docs/a/**' }, { GITHUB_JOB: 'docs-a' })
    await runOnPull(apiUrl, { paths: 'docs/b/**' }, { GITHUB_JOB: 'docs-b' })
    // A re-run of the first job must neither edit nor delete the second job's comments.
    await runOnPull(apiUrl, { paths: 'docs/a/**' }, { GITHUB_JOB: 'docs-a' })
    expect(summaries()).toHaveLength(2)
    expect(
      summaries()
        .map((comment) => comment.body.split('\n', 1)[0])
        .sort()
    ).toEqual(['<!-- prfaq-gate:summary key="prfaq-gate/docs-a" -->', '<!-- prfaq-gate:summary key="prfaq-gate/docs-b" -->'])
    expect(inlineComments().filter((comment) => comment.path === 'docs/b/other-prfaq.md')).toHaveLength(6)
    expect(inlineComments().filter((comment) => comment.path === 'docs/a/launch-prfaq.md')).toHaveLength(1)
    expectNoViolations()
  })
})

describe('a PR/FAQ split over several files', () => {
  const PRESS = '---\ntype: PRFAQ Section\n---\n\n# Conductor\n\n## Press Release\n\n### The Problem\n\nAgent pipelines are glue code nobody can audit.\n'
  const FAQ = (finance: string) =>
    `---\ntype: PRFAQ Section\n---\n\n# Internal FAQ\n\n## What does it cost, and how do we make money?\n\n${finance}\n\n## What is the hardest technical problem?\n\nA type checker for tool contracts at 200 ms per file.\n\n## How big is the opportunity?\n\n4 million developers; 1% is $23M a year.\n\n## Why should we build this now?\n\nAgent frameworks just stabilised.\n\n## What is our plan to succeed?\n\nBeta in Q1 with 10 teams, launch in Q3.\n`

  async function startSplit(faq: string): Promise<string> {
    const contents = { 'plans/conductor/press-release.md': PRESS, 'plans/conductor/internal-faq.md': faq }
    // Only the press release changes; the FAQ part is read at the head to judge the document whole.
    fake = new FakeGitHub({
      owner: 'acme',
      repo: 'plans',
      pulls: [{ number: 7, headSha: HEAD, baseSha: BASE, files: [{ filename: 'plans/conductor/press-release.md', status: 'modified', patch: addedPatch(PRESS) }], contents }],
      refs: { [BASE]: {} }
    })
    return fake.start()
  }

  it('a change to one part is judged with the others: the unchanged FAQ answers for it', async () => {
    const run = await runOnPull(await startSplit(FAQ('$49 per seat per month; 80% gross margin.')))
    expect(run.code).toBe(0)
    expect(run.outputs['files-checked']).toBe('2')
    expectNoViolations()
  })

  it('a finding about the whole document lands in the part that should change', async () => {
    const run = await runOnPull(await startSplit(FAQ('TBD')))
    expect(run.code).toBe(1)
    expect(run.annotations.filter((line) => line.includes('faq-finance')).map((line) => line.match(/file=([^,]+)/u)?.[1])).toEqual(['plans/conductor/internal-faq.md'])
    expect(summaries()[0]!.body).toContain('internal-faq.md')
  })
})

describe('what reaches GitHub', () => {
  it('bidirectional controls and zero-width characters are shown escaped in every comment', async () => {
    // The heading is quoted in the finding about its placeholder answer.
    const hostile = PLACEHOLDER_PROBLEM.replace('### The Problem', '### The Problem \u202Etxet neddih\u200B')
    const apiUrl = await startFake({ [DOC]: hostile })
    await runOnPull(apiUrl)
    const bodies = [...fake!.reviewComments, ...fake!.issueComments].map((comment) => comment.body).join('\n')
    expect(bodies).toContain('&lt;U+202E&gt;')
    expect(bodies).not.toMatch(/[\u202A-\u202E\u2066-\u2069\u200B]/u)
  })

  it('a document with lone CRs gets its comments on the lines GitHub numbers (a lone CR ends no line)', async () => {
    // Renderers see a title, a blank line and a heading; git and GitHub see one line.
    const doc = MISSING_FINANCE.replace('# Ledgerline PR/FAQ\n\n', '# Ledgerline PR/FAQ\r\r')
    const gitLine = doc.split('\n').indexOf('### Internal FAQ') + 1
    expect(gitLine).toBe(13)
    // The comment sits on the line its suggestion replaces, the FAQ's last line: numbered as git numbers it too.
    const fixLine = doc.split('\n').findIndex((line) => line.startsWith('A beta with 20 customers')) + 1
    expect(fixLine).toBe(29)
    const apiUrl = await startFake({ [DOC]: doc })
    const run = await runOnPull(apiUrl)
    expect(inlineComments().map((comment) => [comment.path, comment.line])).toEqual([[DOC, fixLine]])
    expect(inlineComments()[0]!.body).toContain('```suggestion\nA beta with 20 customers')
    expect(run.annotations.find((line) => line.includes('faq-finance'))).toContain(`line=${gitLine},`)
    expectNoViolations()
  })

  it('more errors than GitHub shows: the gate’s reason is the first of at most ten error annotations', async () => {
    const files = Object.fromEntries(Array.from({ length: 12 }, (_, i) => [`docs/team-${i}-prfaq.md`, MISSING_FINANCE]))
    const apiUrl = await startFake(files)
    const run = await runOnPull(apiUrl, { comment: 'none' })
    expect(run.code).toBe(1)
    const errors = errorLines(run)
    expect(errors.length).toBeLessThanOrEqual(10)
    expect(errors[0]).toBe('::error::prfaq-gate: 12 errors, 0 warnings in 12 PR/FAQ files (fail-level: error).')
    for (let i = 0; i < 12; i++) expect(run.jobSummary).toContain(`docs/team-${i}-prfaq.md`)
  })

  it('writes the JSON report (matching its schema) and, when asked, SARIF for code scanning', async () => {
    const apiUrl = await startFake({ [DOC]: MISSING_FINANCE })
    const workspace = mkdtempSync(join(tmpdir(), 'prfaq-gate-workspace-'))
    const run = await runAction({ apiUrl, eventName: 'pull_request', payload: pullPayload(7, HEAD, BASE), inputs: { 'sarif-file': 'out/prfaq-gate.sarif' }, workspace })
    expect(run.code).toBe(1)
    const report = JSON.parse(readFileSync(run.outputs.report!, 'utf8')) as unknown
    const validate = new Ajv2020({ strict: true, validateFormats: false }).compile(JSON.parse(readFileSync('schema/report.schema.json', 'utf8')) as object)
    expect(validate(report), JSON.stringify(validate.errors)).toBe(true)
    const sarif = JSON.parse(readFileSync(join(workspace, 'out/prfaq-gate.sarif'), 'utf8'))
    expect(sarif.runs[0].results.map((result: { ruleId: string }) => result.ruleId)).toEqual(['faq-finance'])
  })

  it('file contents are fetched in parallel, a few at a time', async () => {
    const files = Object.fromEntries(Array.from({ length: 4 }, (_, i) => [`docs/team-${i}-prfaq.md`, PASSING]))
    const apiUrl = await startFake(files)
    // Released only when three different files are being fetched at once.
    const barrier = fake!.addBarrier({ method: 'GET', path: /\/contents\/docs(?:\/|%2F)/u, count: 3, distinctPaths: true, timeoutMs: 8000 })
    const run = await runOnPull(apiUrl)
    expect(run.code).toBe(0)
    expect(barrier.releasedBy).toBe('count')
  })
})

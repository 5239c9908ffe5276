import { afterEach, describe, expect, it } from 'vitest'
import { MISSING_FINANCE, PASSING } from '../fixtures/documents.js'
import { FakeGitHub, type FakePullRequest, type FakeReviewComment, suggestionOf } from '../github/fake-github.js'
import { type ActionRun, addedPatch, oneLinePatch, pullPayload, runAction } from '../helpers/action.js'

/**
 * Review comments as a good reviewer writes them, from the built bundle
 * (dist/index.js in its own process) against the GitHub API fake:
 * suggestions the author applies in one click, applied here as GitHub
 * applies them and pushed back, and file-level comments for findings on
 * lines outside the diff.
 */

const HEAD = 'a'.repeat(40)
const HEAD_2 = 'b'.repeat(40)
const BASE = 'c'.repeat(40)
const DOC = 'docs/launch-prfaq.md'

/** PASSING with its problem stated in an unlabelled paragraph (line 5): a problem-section notice with a label to add. */
const UNLABELLED_PROBLEM = PASSING.replace(
  '### The Problem\n\nFinance teams spend ten working days every month reconciling statements by hand.',
  'Finance teams at mid-sized companies cannot close their books on time: they spend ten working days every month reconciling statements by hand, and mistakes slip through.'
)

/** Fails every mission rule (six findings); the FAQ has one question, so the skeleton questions are bold `Q:` lines. */
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

function pull(files: Record<string, string>, patches: Record<string, string> = {}): FakePullRequest {
  return {
    number: 7,
    headSha: HEAD,
    baseSha: BASE,
    files: Object.entries(files).map(([filename, content]) => ({ filename, status: 'modified', patch: patches[filename] ?? addedPatch(content) })),
    contents: files
  }
}

async function startFake(files: Record<string, string>, patches: Record<string, string> = {}): Promise<string> {
  fake = new FakeGitHub({ owner: 'acme', repo: 'plans', pulls: [pull(files, patches)], refs: { [BASE]: {} } })
  return fake.start()
}

function runOnPull(apiUrl: string, inputs: Record<string, string> = {}, headSha = HEAD): Promise<ActionRun> {
  return runAction({ apiUrl, eventName: 'pull_request', payload: pullPayload(7, headSha, BASE), inputs, env: { GITHUB_WORKFLOW: 'prfaq-gate', GITHUB_JOB: 'prfaq' } })
}

/** A push: the pull request's head moves on to `content` (the whole file in the diff unless a patch is given). */
function push(content: string, patch = addedPatch(content)): void {
  const head = fake!.pulls[0]!
  head.headSha = HEAD_2
  head.contents = { [DOC]: content }
  head.files = [{ filename: DOC, status: 'modified', patch }]
}

const ours = () => fake!.reviewComments.filter((comment) => comment.user.login === 'github-actions[bot]')
const ruleOf = (comment: FakeReviewComment) => comment.body.match(/`([a-z-]+)`\]\(/u)?.[1]
const commentFor = (ruleId: string) => ours().find((comment) => ruleOf(comment) === ruleId)
const writes = (from = 0) => fake!.requests.slice(from).filter((request) => request.method !== 'GET')

function expectNoViolations(): void {
  expect(fake!.violations).toEqual([])
}

describe('suggested changes', () => {
  it('an unlabelled problem paragraph: a one-click suggestion adds the label; applied and pushed, the notice and its comment are gone', async () => {
    const apiUrl = await startFake({ [DOC]: UNLABELLED_PROBLEM })
    const first = await runOnPull(apiUrl)
    expect(first.code).toBe(0)
    const comment = commentFor('problem-section')!
    expect(comment).toMatchObject({ path: DOC, line: 5, side: 'RIGHT', subject_type: 'line' })
    expect(comment.start_line).toBeUndefined()
    expect(comment.body).toContain('**Suggested change:** Labels this paragraph as the customer’s problem')
    expect(suggestionOf(comment.body)).toBe(`### The Problem\n\n${UNLABELLED_PROBLEM.split('\n')[4]}`)

    // The author clicks "Commit suggestion": GitHub replaces line 5 and pushes a commit.
    const applied = fake!.applySuggestion(comment.id)
    expect(applied.split('\n').slice(4, 7)).toEqual(['### The Problem', '', UNLABELLED_PROBLEM.split('\n')[4]])
    push(applied)
    const second = await runOnPull(apiUrl, {}, HEAD_2)
    expect(second.code).toBe(0)
    expect(second.annotations.filter((line) => line.includes('problem-section'))).toEqual([])
    expect(ours()).toEqual([])
    expectNoViolations()
  })

  it('a missing finance question: the suggestion, on the FAQ’s last line, adds the question with a prompt; applied, the check still fails, now at that question', async () => {
    const apiUrl = await startFake({ [DOC]: MISSING_FINANCE })
    const first = await runOnPull(apiUrl)
    expect(first.code).toBe(1)
    // The finding is at the Internal FAQ heading (line 15); the comment sits on the line the suggestion replaces.
    const comment = commentFor('faq-finance')!
    expect(comment).toMatchObject({ path: DOC, line: 31, side: 'RIGHT' })
    expect(suggestionOf(comment.body)).toBe(
      'A beta with 20 customers in Q1, general availability in Q3, six engineers.\n\n**Q: What is the price, what does it cost us, and what margin do we make?**\n\n<!-- Answer with numbers: the price customers pay, our cost to serve them, the margin, and the assumptions behind them. -->'
    )

    push(fake!.applySuggestion(comment.id))
    const second = await runOnPull(apiUrl, {}, HEAD_2)
    expect(second.code).toBe(1)
    expect(second.outputs.errors).toBe('1')
    expect(second.stdout).toContain('The finance question “What is the price, what does it cost us, and what margin do we make?” has no real answer: the answer is empty.')
    const now = commentFor('faq-finance')!
    expect(now.line).toBe(33)
    expect(suggestionOf(now.body)).toBeUndefined()
    expect(ours()).toHaveLength(1)
    expectNoViolations()
  })

  it('a replacement holding ``` gets a longer fence, so the suggestion applies as written', async () => {
    const lastAnswer = 'A beta with 20 customers in Q1, general availability in Q3, six engineers.'
    const fenced = MISSING_FINANCE.replace(lastAnswer, 'A beta in Q1 that exports ```csv``` files, general availability in Q3, six engineers.')
    const apiUrl = await startFake({ [DOC]: fenced })
    await runOnPull(apiUrl)
    const comment = commentFor('faq-finance')!
    expect(comment.body).toMatch(/^````suggestion$/mu)
    expect(suggestionOf(comment.body)!.split('\n')[0]).toBe('A beta in Q1 that exports ```csv``` files, general availability in Q3, six engineers.')
    const applied = fake!.applySuggestion(comment.id)
    expect(applied.split('\n')[30]).toBe('A beta in Q1 that exports ```csv``` files, general availability in Q3, six engineers.')
    expect(applied).toContain('**Q: What is the price, what does it cost us, and what margin do we make?**')
    expectNoViolations()
  })

  it('when the fix’s lines are outside the diff, no suggestion (GitHub would refuse it): the comment shows the proposed text', async () => {
    // Only the Internal FAQ heading (line 15) changed: the finding is in the diff, line 31 is not.
    const apiUrl = await startFake({ [DOC]: MISSING_FINANCE }, { [DOC]: oneLinePatch(MISSING_FINANCE, 15) })
    await runOnPull(apiUrl)
    const comment = commentFor('faq-finance')!
    expect(comment).toMatchObject({ line: 15, subject_type: 'line' })
    expect(suggestionOf(comment.body)).toBeUndefined()
    expect(comment.body).toContain('**Proposed change (to line 31, by hand):** Adds the finance question')
    expect(comment.body).toContain('```markdown\nA beta with 20 customers in Q1, general availability in Q3, six engineers.\n\n**Q: What is the price')
    expectNoViolations()
  })
})

describe('comments on lines outside the diff', () => {
  it('become a file-level comment that names and links the line (and stay in the summary); a re-run writes nothing', async () => {
    // Only line 5 changed; the faq-finance finding is at line 15.
    const apiUrl = await startFake({ [DOC]: MISSING_FINANCE }, { [DOC]: oneLinePatch(MISSING_FINANCE, 5) })
    const run = await runOnPull(apiUrl)
    expect(run.code).toBe(1)
    expect(run.stdout).toContain('Review comments: 1 posted, 0 already there')
    const [comment] = ours()
    expect(ours()).toHaveLength(1)
    expect(comment).toMatchObject({ path: DOC, subject_type: 'file', commit_id: HEAD })
    expect(comment!.line).toBeUndefined()
    expect(comment!.body.split('\n', 1)[0]).toBe(`<!-- prfaq-gate:fp=${comment!.body.slice(19, 35)} key="prfaq-gate/prfaq" line=15 -->`)
    expect(comment!.body).toContain(`📍 **[Line 15](https://github.com/acme/plans/blob/${HEAD}/docs/launch-prfaq.md?plain=1#L15)** of this file`)
    expect(comment!.body).toContain('The FAQ has no question about money')
    // The fix shown to copy by hand: a file-level comment cannot carry a suggestion.
    expect(suggestionOf(comment!.body)).toBeUndefined()
    expect(comment!.body).toContain('**Proposed change (to line 31, by hand):**')
    expect(fake!.requests.filter((request) => request.method === 'POST' && /\/pulls\/7\/comments$/u.test(request.path)).map((request) => request.body)).toEqual([
      { commit_id: HEAD, path: DOC, subject_type: 'file', body: comment!.body }
    ])
    expect(fake!.issueComments[0]!.body).toContain('#L15): The FAQ has no question about money')

    const before = fake!.requests.length
    await runOnPull(apiUrl)
    expect(writes(before)).toEqual([])
    expectNoViolations()
  })

  it('a file-level comment is deleted once its finding is fixed, unless someone replied to it', async () => {
    const apiUrl = await startFake({ [DOC]: FAILING_ALL }, { [DOC]: oneLinePatch(FAILING_ALL, 1) })
    await runOnPull(apiUrl)
    expect(ours().filter((comment) => comment.subject_type === 'file')).toHaveLength(6)
    const finance = commentFor('faq-finance')!
    fake!.reviewComments.push({ ...finance, id: 99_001, body: 'Pricing is with the finance team.', in_reply_to_id: finance.id, user: { login: 'octocat' } })
    push(PASSING, oneLinePatch(PASSING, 1))
    const run = await runOnPull(apiUrl, {}, HEAD_2)
    expect(run.code).toBe(0)
    expect(ours().map((comment) => comment.id)).toEqual([finance.id])
    expectNoViolations()
  })

  it('share the per-run cap with inline comments; a re-run adds none', async () => {
    // Only the press release heading (line 3, the problem-section finding) is in the diff; the five others are outside it.
    const apiUrl = await startFake({ [DOC]: FAILING_ALL }, { [DOC]: oneLinePatch(FAILING_ALL, 3) })
    await runOnPull(apiUrl, { 'max-inline-comments': '3' })
    expect(ours()).toHaveLength(3)
    expect(
      ours()
        .map((comment) => comment.subject_type)
        .sort()
    ).toEqual(['file', 'file', 'line'])
    const before = fake!.requests.length
    await runOnPull(apiUrl, { 'max-inline-comments': '3' })
    expect(writes(before)).toEqual([])
    expect(ours()).toHaveLength(3)
    expectNoViolations()
  })

  it('a file-level POST that GitHub applied but answered 502 is not sent again', async () => {
    const apiUrl = await startFake({ [DOC]: MISSING_FINANCE }, { [DOC]: oneLinePatch(MISSING_FINANCE, 5) })
    fake!.addFault({ method: 'POST', path: /\/pulls\/7\/comments$/u, status: 502, times: 1, afterApplying: true })
    const run = await runOnPull(apiUrl)
    expect(run.code).toBe(1)
    expect(ours()).toHaveLength(1)
    expect(fake!.requests.filter((request) => request.method === 'POST' && /\/pulls\/7\/comments$/u.test(request.path)).map((request) => request.status)).toEqual([502])
    expect(run.stdout).not.toContain('could not be updated')
    expectNoViolations()
  })

  it('a file-level POST that failed without being applied is sent once more', async () => {
    const apiUrl = await startFake({ [DOC]: MISSING_FINANCE }, { [DOC]: oneLinePatch(MISSING_FINANCE, 5) })
    fake!.addFault({ method: 'POST', path: /\/pulls\/7\/comments$/u, status: 502, times: 1 })
    await runOnPull(apiUrl)
    expect(ours()).toHaveLength(1)
    expect(fake!.requests.filter((request) => request.method === 'POST' && /\/pulls\/7\/comments$/u.test(request.path)).map((request) => request.status)).toEqual([502, 201])
    expectNoViolations()
  })

  it('two runs racing converge to one file-level comment per finding', async () => {
    const apiUrl = await startFake({ [DOC]: FAILING_ALL }, { [DOC]: oneLinePatch(FAILING_ALL, 1) })
    fake!.addBarrier({ method: 'GET', path: /\/pulls\/7\/comments$/u, count: 2 })
    await Promise.all([runOnPull(apiUrl), runOnPull(apiUrl)])
    expect(ours().map(ruleOf).sort()).toEqual(['bezos-big-idea', 'bezos-plan-to-succeed', 'bezos-should-do', 'faq-finance', 'faq-technical-hurdles', 'problem-section'])
    const before = fake!.requests.length
    await runOnPull(apiUrl)
    expect(writes(before)).toEqual([])
    expectNoViolations()
  })

  it('only on files the pull request changes: a finding in an unchanged part of a split PR/FAQ stays in the summary', async () => {
    const press =
      '---\ntype: PRFAQ Section\n---\n\n# Conductor\n\n## Press Release\n\n### The Problem\n\nAgent pipelines are glue code nobody can audit. “Now we can see what our agents did,” said Priya Nair, a platform lead at Brightwave.\n'
    const faq =
      '---\ntype: PRFAQ Section\n---\n\n# Internal FAQ\n\n## What does it cost, and how do we make money?\n\nTBD\n\n## What is the hardest technical problem?\n\nA type checker for tool contracts at 200 ms per file.\n\n## How big is the opportunity?\n\n4 million developers; 1% is $23M a year.\n\n## Why should we build this now?\n\nAgent frameworks just stabilised.\n\n## What is our plan to succeed?\n\nBeta in Q1 with 10 teams, launch in Q3.\n'
    const pressPath = 'plans/conductor/press-release.md'
    fake = new FakeGitHub({
      owner: 'acme',
      repo: 'plans',
      pulls: [
        {
          number: 7,
          headSha: HEAD,
          baseSha: BASE,
          files: [{ filename: pressPath, status: 'modified', patch: oneLinePatch(press, 11) }],
          contents: { [pressPath]: press, 'plans/conductor/internal-faq.md': faq }
        }
      ],
      refs: { [BASE]: {} }
    })
    const run = await runOnPull(await fake.start())
    expect(run.code).toBe(1)
    expect(run.annotations.some((line) => line.includes('faq-finance') && line.includes('file=plans/conductor/internal-faq.md'))).toBe(true)
    expect(ours()).toEqual([])
    expect(fake!.issueComments[0]!.body).toContain('internal-faq.md')
    expectNoViolations()
  })
})

import { afterEach, describe, expect, it } from 'vitest'
import { PASSING } from '../fixtures/documents.js'
import { FakeGitHub } from '../github/fake-github.js'
import { type ActionRun, addedPatch, pullPayload, runAction } from '../helpers/action.js'

/**
 * Progress since the last push, from the built bundle against the GitHub
 * API fake: the summary comment remembers what the last check found in its
 * own hidden data, and the next push's summary (and job summary) says what
 * was fixed, what is new and what is still open, per document.
 */

const HEAD = 'a'.repeat(40)
const HEAD_2 = 'b'.repeat(40)
const HEAD_3 = 'd'.repeat(40)
const BASE = 'c'.repeat(40)
const DOC = 'docs/launch-prfaq.md'

const PROBLEM = '### The Problem\n\nFinance teams spend ten working days every month reconciling statements by hand.\n\n'
const FINANCE = '**Q: What does it cost, and how do we make money?**\n\n$400 per month per company, at an 85% gross margin; we break even at 900 customers.\n\n'
const TECHNICAL = '**Q: What is the hardest technical problem?**\n\nMatching bank lines without references, at 50,000 lines an hour at month end.\n\n'
/** Five errors: no problem, no finance, no technical question, "should we" and the plan left TBD. */
const FIVE_ERRORS = PASSING.replace(PROBLEM, '')
  .replace(FINANCE, '')
  .replace(TECHNICAL, '')
  .replace('We already run the bank feeds and the ledger these teams use.', 'TBD')
  .replace('A beta with 20 customers in Q1, general availability in Q3, six engineers.', 'TBD')
/** The push that fixes two (problem, finance) and breaks one (the big idea's answer becomes TODO): three still open, four errors. */
const FIXING_PUSH = FIVE_ERRORS.replace('## Press Release\n\n', `## Press Release\n\n${PROBLEM}`)
  .replace('### Internal FAQ\n\n', `### Internal FAQ\n\n${FINANCE}`)
  .replace('200,000 mid-sized companies in our markets; $48M a year at 5% adoption.', 'TODO')

let fake: FakeGitHub | undefined

afterEach(async () => {
  await fake?.stop()
  fake = undefined
})

async function startFake(content: string): Promise<string> {
  fake = new FakeGitHub({
    owner: 'acme',
    repo: 'plans',
    pulls: [{ number: 7, headSha: HEAD, baseSha: BASE, files: [{ filename: DOC, status: 'modified', patch: addedPatch(content) }], contents: { [DOC]: content } }],
    refs: { [BASE]: {} }
  })
  return fake.start()
}

function push(headSha: string, content: string): void {
  Object.assign(fake!.pulls[0]!, { headSha, contents: { [DOC]: content }, files: [{ filename: DOC, status: 'modified', patch: addedPatch(content) }] })
}

function runOnPull(apiUrl: string, headSha: string, inputs: Record<string, string> = {}): Promise<ActionRun> {
  return runAction({ apiUrl, eventName: 'pull_request', payload: pullPayload(7, headSha, BASE), inputs, env: { GITHUB_WORKFLOW: 'prfaq-gate', GITHUB_JOB: 'prfaq' } })
}

const summary = () => {
  const ours = fake!.issueComments.filter((comment) => comment.body.startsWith('<!-- prfaq-gate:summary'))
  expect(ours).toHaveLength(1)
  return ours[0]!.body
}
const hiddenLine = () => summary().split('\n')[1]!
const writes = (from: number) => fake!.requests.slice(from).filter((request) => request.method !== 'GET')

const HEADLINE = '**Since aaaaaaa:** 2 fixed, 1 new, 3 still open.'
const PER_DOCUMENT = '**Since aaaaaaa:** ✅ fixed `faq-finance`, `problem-section` · 🆕 new `bezos-big-idea` · 3 still open.'

describe('progress since the last push', () => {
  it('the first run has no progress section; the push that fixes two and breaks one says so, in the summary and the job summary', async () => {
    const apiUrl = await startFake(FIVE_ERRORS)
    const first = await runOnPull(apiUrl, HEAD)
    expect(first.outputs.errors).toBe('5')
    expect(summary()).not.toContain('Since')
    expect(first.jobSummary).not.toContain('Since')
    expect(hiddenLine()).toMatch(/^<!-- prfaq-gate:state v1 [A-Za-z0-9+/]+={0,2} -->$/u)

    push(HEAD_2, FIXING_PUSH)
    const second = await runOnPull(apiUrl, HEAD_2)
    expect(second.outputs.errors).toBe('4')
    const body = summary()
    expect(body).toContain(`## prfaq-gate: ❌ 4 errors, 0 warnings in 1 PR/FAQ\n\n${HEADLINE}\n`)
    expect(body).toContain(`### docs/launch-prfaq.md\n\n${PER_DOCUMENT}\n`)
    // The job summary says the same, once (it is rewritten, not appended to).
    expect(second.jobSummary.split(HEADLINE)).toHaveLength(2)
    expect(second.jobSummary).toContain(PER_DOCUMENT)
    expect(second.jobSummary).toContain('### Every finding')
    expect(fake!.violations).toEqual([])
  })

  it('a re-run of the same commit writes nothing: the same body, still measured from the earlier commit', async () => {
    const apiUrl = await startFake(FIVE_ERRORS)
    await runOnPull(apiUrl, HEAD)
    push(HEAD_2, FIXING_PUSH)
    await runOnPull(apiUrl, HEAD_2)
    const body = summary()
    const before = fake!.requests.length
    const rerun = await runOnPull(apiUrl, HEAD_2)
    expect(writes(before)).toEqual([])
    expect(summary()).toBe(body)
    expect(rerun.jobSummary).toContain(HEADLINE)

    // The next push is measured from the commit before it.
    push(HEAD_3, FIXING_PUSH.replace('TODO', '200,000 mid-sized companies in our markets; $48M a year at 5% adoption.'))
    await runOnPull(apiUrl, HEAD_3)
    expect(summary()).toContain('**Since bbbbbbb:** 1 fixed, 0 new, 3 still open.')
    expect(summary()).toContain('**Since bbbbbbb:** ✅ fixed `bezos-big-idea` · 3 still open.')
    expect(fake!.violations).toEqual([])
  })

  // Progress lives in the summary comment: the review comments' writes (a second apart) would only slow these down.
  const SUMMARY_ONLY = { comment: 'summary' }

  it('a push that changes nothing says so per document', async () => {
    const apiUrl = await startFake(FIVE_ERRORS)
    await runOnPull(apiUrl, HEAD, SUMMARY_ONLY)
    push(HEAD_2, `${FIVE_ERRORS}\nAn unrelated last line.\n`)
    await runOnPull(apiUrl, HEAD_2, SUMMARY_ONLY)
    expect(summary()).toContain('**Since aaaaaaa:** 0 fixed, 0 new, 5 still open.')
    expect(summary()).toContain('**Since aaaaaaa:** nothing fixed, nothing new · 5 still open.')
  })

  const tampered: Array<[string, (line: string) => string]> = [
    ['not base64', () => '<!-- prfaq-gate:state v1 %%%not*base64%%% -->'],
    ['base64 of something that is not JSON', () => `<!-- prfaq-gate:state v1 ${Buffer.from('{"v":1,"c":').toString('base64')} -->`],
    [
      'a rule id that would inject HTML',
      () => `<!-- prfaq-gate:state v1 ${Buffer.from(JSON.stringify({ v: 1, c: HEAD, f: { [DOC]: ['<img src=x onerror=alert(1)>:0123456789abcdef'] } })).toString('base64')} -->`
    ],
    ['a commit that is not a SHA', () => `<!-- prfaq-gate:state v1 ${Buffer.from(JSON.stringify({ v: 1, c: 'main', f: { [DOC]: [] } })).toString('base64')} -->`],
    ['findings that are not a list', () => `<!-- prfaq-gate:state v1 ${Buffer.from(JSON.stringify({ v: 1, c: HEAD, f: { [DOC]: 7 } })).toString('base64')} -->`],
    ['an unknown version', () => `<!-- prfaq-gate:state v1 ${Buffer.from(JSON.stringify({ v: 2, c: HEAD, f: {} })).toString('base64')} -->`],
    ['a value longer than the bound', () => `<!-- prfaq-gate:state v1 ${'A'.repeat(20_000)} -->`],
    ['a truncated value', (line) => line.slice(0, 60)]
  ]

  it.each(tampered)('a tampered or corrupted state (%s) is treated as absent: no crash, no progress, a sound state written', async (_, tamper) => {
    const apiUrl = await startFake(FIVE_ERRORS)
    await runOnPull(apiUrl, HEAD, SUMMARY_ONLY)
    const comment = fake!.issueComments.find((candidate) => candidate.body.startsWith('<!-- prfaq-gate:summary'))!
    const lines = comment.body.split('\n')
    lines[1] = tamper(lines[1]!)
    comment.body = lines.join('\n')
    push(HEAD_2, FIXING_PUSH)
    const run = await runOnPull(apiUrl, HEAD_2, SUMMARY_ONLY)
    expect(run.code).toBe(1)
    expect(run.stdout).not.toMatch(/prfaq-gate failed|could not be updated|\n\s+at /u)
    expect(summary()).not.toContain('Since')
    expect(summary()).not.toContain('<img')
    expect(hiddenLine()).toMatch(/^<!-- prfaq-gate:state v1 [A-Za-z0-9+/]+={0,2} -->$/u)
    // And from that sound state, the next push has its progress again.
    push(HEAD_3, FIVE_ERRORS)
    await runOnPull(apiUrl, HEAD_3, SUMMARY_ONLY)
    expect(summary()).toContain('**Since bbbbbbb:** 1 fixed, 2 new, 3 still open.')
    expect(fake!.violations).toEqual([])
  })

  it('a summary written by a version without the hidden data gains it, without a progress section', async () => {
    const apiUrl = await startFake(FIXING_PUSH)
    fake!.issueComments.push({
      id: 90_001,
      issue: 7,
      body: '<!-- prfaq-gate:summary key="prfaq-gate/prfaq" -->\n## prfaq-gate: ❌ 5 errors, 0 warnings in 1 PR/FAQ',
      user: { login: 'github-actions[bot]' }
    })
    await runOnPull(apiUrl, HEAD, SUMMARY_ONLY)
    expect(summary()).not.toContain('Since')
    expect(hiddenLine()).toMatch(/^<!-- prfaq-gate:state v1 /u)
  })
})

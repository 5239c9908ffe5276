import { afterEach, describe, expect, it } from 'vitest'
import { MISSING_FINANCE } from '../fixtures/documents.js'
import { FakeGitHub } from '../github/fake-github.js'
import { type ActionRun, addedPatch, pullPayload, runAction } from '../helpers/action.js'

/**
 * Messages in the reader's language, from the built bundle (dist/index.js)
 * against the GitHub API fake: a Japanese PR/FAQ gets Japanese comments and
 * a Japanese summary without any setting; the `language` input and the
 * config's `language:` choose one; and because a finding's identity does not
 * depend on its language, switching language never posts a comment twice.
 */

const HEAD = 'a'.repeat(40)
const BASE = 'c'.repeat(40)
const DOC = 'docs/dotfiles-prfaq.md'

/** A Japanese PR/FAQ with a problem and a technical answer, and nothing about money or Bezos's questions. */
const JAPANESE = `# ドットファイル同期 PR/FAQ

## プレスリリース

### 課題

開発者は新しいマシンを用意するたびに、設定ファイルを手で写すのに半日を使っています。「新しいノートPCでもすぐ仕事に戻れました」と、株式会社ミドリの開発者、佐藤花子さんは言います。

## よくある質問

### 社内FAQ

**Q: 最も難しい技術的な課題は何ですか？**

TBD
`

let fake: FakeGitHub | undefined

afterEach(async () => {
  await fake?.stop()
  fake = undefined
})

async function startFake(content: string, baseFiles: Record<string, string> = {}): Promise<string> {
  fake = new FakeGitHub({
    owner: 'acme',
    repo: 'plans',
    pulls: [{ number: 7, headSha: HEAD, baseSha: BASE, files: [{ filename: DOC, status: 'added', patch: addedPatch(content) }], contents: { [DOC]: content } }],
    refs: { [BASE]: baseFiles }
  })
  return fake.start()
}

function runOnPull(apiUrl: string, inputs: Record<string, string> = {}): Promise<ActionRun> {
  return runAction({ apiUrl, eventName: 'pull_request', payload: pullPayload(7, HEAD, BASE), inputs, env: { GITHUB_WORKFLOW: 'prfaq-gate', GITHUB_JOB: 'prfaq' } })
}

const summary = () => fake!.issueComments.find((comment) => comment.body.includes('prfaq-gate'))!.body
const ours = () => fake!.reviewComments.filter((comment) => comment.user.login === 'github-actions[bot]')

describe('messages in the reader’s language', () => {
  it('a Japanese PR/FAQ gets Japanese comments, summary and job summary, with no setting', async () => {
    const run = await runOnPull(await startFake(JAPANESE))
    expect(run.code).toBe(1)
    const technical = ours().find((comment) => comment.body.includes('faq-technical-hurdles'))!
    expect(technical.body).toContain('技術に関する質問「最も難しい技術的な課題は何ですか？」に実質的な回答がありません。回答が「TBD」だけです。')
    expect(technical.body).toContain('**なぜ重要か：**')
    expect(technical.body).toContain('**直し方：**')
    expect(fake!.reviews[0]!.body).toMatch(/^prfaq-gate がこの変更の行で\d+件の問題を見つけました。/u)
    expect(summary()).toContain('## prfaq-gate：❌ エラー5件、警告1件（PR/FAQ 1件）')
    expect(summary()).toContain('| [FAQが財務に答えている]')
    expect(run.jobSummary).toContain('### すべての指摘')
    // The rule ids, links and the gate's own annotation stay as they are: they are identifiers, not prose.
    expect(run.annotations.some((line) => line.includes('title=prfaq-gate (faq-finance)'))).toBe(true)
  })

  it('the language input wins, and switching it posts no comment twice', async () => {
    const apiUrl = await startFake(JAPANESE)
    await runOnPull(apiUrl)
    const comments = ours().length
    expect(comments).toBeGreaterThan(0)
    const run = await runOnPull(apiUrl, { language: 'en' })
    expect(run.code).toBe(1)
    // Same findings, same identity: the comments stand; the summary is rewritten in English.
    expect(ours()).toHaveLength(comments)
    expect(summary()).toContain('## prfaq-gate: ❌ 5 errors, 1 warning in 1 PR/FAQ')
    expect(run.jobSummary).toContain('The technical question “最も難しい技術的な課題は何ですか？” has no real answer')
  })

  it('the base branch’s config chooses German for an English document', async () => {
    const run = await runOnPull(await startFake(MISSING_FINANCE, { '.github/prfaq-gate.yml': 'language: de\n' }))
    expect(run.code).toBe(1)
    expect(summary()).toContain('## prfaq-gate: ❌ 1 Fehler, 0 Warnungen in 1 PR/FAQ')
    const finance = ours().find((comment) => comment.body.includes('faq-finance'))!
    expect(finance.body).toContain('Die FAQ hat keine Frage zu Geld')
    expect(finance.body).toContain('**Warum es wichtig ist:**')
    // The suggested question is written in the document's configured language, and the FAQ now asks it.
    expect(finance.body).toContain('Was ist der Preis, was kostet es uns, und welche Marge erzielen wir?')
  })

  it('with no PR/FAQ to detect a language from, the base config’s language still speaks for the run', async () => {
    fake = new FakeGitHub({
      owner: 'acme',
      repo: 'plans',
      pulls: [{ number: 7, headSha: HEAD, baseSha: BASE, files: [{ filename: 'README.md', status: 'modified', patch: addedPatch('Hello\n') }], contents: { 'README.md': 'Hello\n' } }],
      refs: { [BASE]: { '.github/prfaq-gate.yml': 'language: de\n' } }
    })
    const run = await runOnPull(await fake.start())
    expect(run.code).toBe(0)
    expect(run.jobSummary).toContain('In diesem Pull-Request wurde kein PR/FAQ geändert')
  })

  it('a bad language input fails the step with a message naming it', async () => {
    const run = await runOnPull(await startFake(JAPANESE), { language: 'fr' })
    expect(run.code).toBe(1)
    expect(run.stdout).toContain('Input "language": "fr" is not one of auto, en, ja, de')
    expect(fake!.issueComments).toEqual([])
  })
})

import { describe, expect, it } from 'vitest'
import { anchorInDiff, commentableLines, spanInDiff } from '../../src/action/github/diff.js'
import { commentKey, findingMarker, isOwnSummary, ownFinding, summaryMarker } from '../../src/action/github/markers.js'
import { list } from '../../src/action/inputs.js'
import { type Finding, fingerprint } from '../../src/findings/finding.js'
import { decide } from '../../src/gate.js'
import { showInvisible } from '../../src/reporters/invisible.js'
import { escapeMarkdown, fileCommentBody, MAX_BODY, reviewCommentBody, summaryMarkdown, truncate } from '../../src/reporters/markdown.js'

const PATCH = ['@@ -1,3 +1,4 @@', ' # Title', '-old line', '+new line', '+another', ' context', '@@ -20,2 +21,3 @@', ' a', '+b', ' c', '\\ No newline at end of file'].join('\n')

const finding = (overrides: Partial<Finding> = {}): Finding => ({
  ruleId: 'faq-finance',
  severity: 'error',
  message: 'The FAQ has no question about money.',
  help: 'Add one.',
  file: 'docs/a-prfaq.md',
  line: 2,
  column: 1,
  endLine: 2,
  endColumn: 10,
  url: 'https://example.com/faq-finance.md',
  ...overrides
})

describe('commentable lines of a patch', () => {
  it('are the RIGHT-side added and context lines, per hunk', () => {
    const { hunkOf } = commentableLines(PATCH)
    expect([...hunkOf.entries()]).toEqual([
      [1, 0],
      [2, 0],
      [3, 0],
      [4, 0],
      [21, 1],
      [22, 1],
      [23, 1]
    ])
  })

  it('anchor a finding inside the diff, a span only within one hunk', () => {
    const lines = commentableLines(PATCH)
    expect(anchorInDiff(lines, 2, 2)).toEqual({ line: 2 })
    expect(anchorInDiff(lines, 2, 4)).toEqual({ line: 4, startLine: 2 })
    expect(anchorInDiff(lines, 3, 22)).toEqual({ line: 3 })
    expect(anchorInDiff(lines, 10, 10)).toBeUndefined()
    expect(anchorInDiff(commentableLines(undefined), 1, 1)).toBeUndefined()
  })

  it('take a suggestion only on exactly its lines, all in one hunk', () => {
    const lines = commentableLines(PATCH)
    expect(spanInDiff(lines, 3, 3)).toEqual({ line: 3 })
    expect(spanInDiff(lines, 2, 4)).toEqual({ line: 4, startLine: 2 })
    // Unlike a finding's anchor, a suggestion cannot shrink to its first line: it would replace fewer lines than it means.
    expect(spanInDiff(lines, 3, 22)).toBeUndefined()
    expect(spanInDiff(lines, 4, 5)).toBeUndefined()
    expect(spanInDiff(lines, 10, 10)).toBeUndefined()
  })
})

describe('Markdown for GitHub', () => {
  it('escapes document text so it cannot mention people or inject HTML', () => {
    const escaped = escapeMarkdown('@octocat <img src=x onerror=alert(1)> [link](http://x) **bold** | cell')
    expect(escaped).not.toMatch(/@octocat/u)
    expect(escaped).not.toContain('<img')
    expect(escaped).toContain('&lt;img')
    expect(escaped).toContain('\\[link\\]')
    expect(escaped).toContain('\\|')
  })

  it('shows bidirectional controls and zero-width characters instead of obeying them', () => {
    // "Trojan Source": U+202E reverses what follows; U+200B hides inside a word; U+2066 isolates.
    const escaped = escapeMarkdown('cost\u202E$0 per seat\u202C, zero\u200Bwidth, \u2066isolate\u2069, soft\u00ADhyphen, bell\u0007')
    expect(escaped).toBe('cost<U+202E>$0 per seat<U+202C>, zero<U+200B>width, <U+2066>isolate<U+2069>, soft<U+00AD>hyphen, bell<U+0007>'.replace(/</gu, '&lt;').replace(/>/gu, '&gt;'))
    expect(escaped).not.toMatch(/[\u202A-\u202E\u2066-\u2069\u200B-\u200F\u00AD]/u)
    // An emoji written with a zero-width joiner stays an emoji; the mention guard's own U+200B is added after.
    expect(showInvisible('👩\u200D💻 ok')).toBe('👩\u200D💻 ok')
    expect(escapeMarkdown('@team')).toBe('@\u200bteam')
  })

  it('a review comment says what, why, how and links the docs', () => {
    const body = reviewCommentBody(finding())
    expect(body).toContain('The FAQ has no question about money.')
    expect(body).toContain('**Why it matters:**')
    expect(body).toContain('**How to fix:** Add one.')
    expect(body).toContain('(https://example.com/faq-finance.md)')
  })

  describe('a fix in a review comment', () => {
    const fix = { kind: 'insert' as const, line: 2, endLine: 3, replacement: 'one\ntwo', description: 'Adds a question.' }

    it('is a suggestion block when the comment is on its lines', () => {
      const body = reviewCommentBody(finding({ fix }), 'suggestion')
      expect(body).toContain('**Suggested change:** Adds a question.\n\n```suggestion\none\ntwo\n```')
    })

    it('uses a fence longer than any run of backticks in the replacement', () => {
      const body = reviewCommentBody(finding({ fix: { ...fix, replacement: 'code:\n```\nx\n```\nand ````` five' } }), 'suggestion')
      expect(body).toContain('``````suggestion\ncode:\n```\nx\n```\nand ````` five\n``````')
    })

    it('is the proposed text, to copy by hand, elsewhere', () => {
      const body = reviewCommentBody(finding({ fix }), 'proposal')
      expect(body).not.toContain('```suggestion')
      expect(body).toContain('**Proposed change (to lines 2–3, by hand):** Adds a question.\n\n```markdown\none\ntwo\n```')
    })

    it('is never offered for one click when it holds invisible characters: shown escaped instead', () => {
      const body = reviewCommentBody(finding({ fix: { ...fix, replacement: 'cost\u202E0$' } }), 'suggestion')
      expect(body).not.toContain('```suggestion')
      expect(body).toContain('cost<U+202E>0$')
      expect(body).not.toMatch(/\u202E/u)
    })
  })

  it('a file-level comment says which lines it is about, with a link', () => {
    const url = (file: string, line: number) => `https://example.com/${file}#L${line}`
    expect(fileCommentBody(finding({ line: 7, endLine: 7 }), url)).toMatch(/^📍 \*\*\[Line 7\]\(https:\/\/example\.com\/docs\/a-prfaq\.md#L7\)\*\* of this file/u)
    expect(fileCommentBody(finding({ line: 7, endLine: 9 }), url)).toContain('[Lines 7–9](https://example.com/docs/a-prfaq.md#L7-L9)')
    expect(fileCommentBody(finding({ fix: { kind: 'insert', line: 7, endLine: 7, replacement: 'x', description: 'd' } }), url)).not.toContain('```suggestion')
  })

  it('a fingerprint survives a line shift but not a different message', () => {
    expect(fingerprint(finding({ line: 40, endLine: 40 }))).toBe(fingerprint(finding()))
    expect(fingerprint(finding({ message: 'Other.' }))).not.toBe(fingerprint(finding()))
  })

  it('the summary says what changed since the earlier commit, per document, one entry per finding', () => {
    const progress = {
      since: 'b'.repeat(40),
      fixed: 2,
      added: 0,
      suppressed: 1,
      open: 1,
      documents: [{ file: 'a-prfaq.md', fixed: ['faq-finance', 'faq-finance'], added: [], suppressed: ['bezos-big-idea'], open: 1, firstChecked: false }]
    }
    const body = summaryMarkdown([{ file: 'a-prfaq.md', findings: [finding({ file: 'a-prfaq.md' })] }], { lineUrl: () => 'https://example.com', notes: [], progress })
    expect(body).toContain('\n\n**Since bbbbbbb:** 2 fixed, 0 new, 1 still open, 1 suppressed.\n')
    expect(body).toContain('### a-prfaq.md\n\n**Since bbbbbbb:** ✅ fixed `faq-finance` ×2 · 🔕 suppressed `bezos-big-idea` · 1 still open.\n')
    // No document, no progress: "no PR/FAQ changed" says it all.
    expect(summaryMarkdown([], { lineUrl: () => '', notes: [], progress: { ...progress, documents: [] } })).not.toContain('Since')
  })

  it('the summary stays under GitHub’s body limit and says where the rest is', () => {
    const many = Array.from({ length: 3000 }, (_, i) => finding({ ruleId: 'file-empty', line: i + 1, message: `Finding ${i} ${'x'.repeat(40)}` }))
    const body = truncate(summaryMarkdown([{ file: 'a-prfaq.md', findings: many }], { lineUrl: () => 'https://example.com', notes: [] }), 'en', 'see-job-summary')
    expect(body.length).toBeLessThanOrEqual(MAX_BODY)
    expect(body).toContain('… truncated. The rest is in the job summary of this workflow run.')
  })
})

describe('comment markers', () => {
  it('a comment is this job’s only when its body starts with the job’s marker', () => {
    const key = commentKey('docs / prfaq')
    expect(isOwnSummary(`${summaryMarker(key)}\n## prfaq-gate: ✅`, key)).toBe(true)
    expect(isOwnSummary(`${summaryMarker(commentKey('other / job'))}\n## prfaq-gate: ✅`, key)).toBe(false)
    // Quoted by someone (or echoed by another bot) is not ours.
    expect(isOwnSummary(`> ${summaryMarker(key)}\n> ## prfaq-gate`, key)).toBe(false)
    expect(isOwnSummary(`Echo of the PR body:\n${summaryMarker(key)}`, key)).toBe(false)
    // A summary written before keys existed is adopted, so that it converges too.
    expect(isOwnSummary('<!-- prfaq-gate:summary -->\n## prfaq-gate: ❌ 1 error', key)).toBe(true)
  })

  it('review comments carry their fingerprint and the job’s key', () => {
    const key = commentKey('prfaq-gate/prfaq')
    const print = fingerprint(finding())
    expect(ownFinding(`${findingMarker(print, key)}\nbody`, key)).toEqual({ fingerprint: print })
    expect(ownFinding(`${findingMarker(print, commentKey('other'))}\nbody`, key)).toBeUndefined()
    expect(ownFinding(`quote: ${findingMarker(print, key)}`, key)).toBeUndefined()
    expect(ownFinding(`<!-- prfaq-gate:fp=${print} -->\nolder version`, key)).toEqual({ fingerprint: print })
    // A file-level comment names its line, which GitHub does not list for it.
    expect(ownFinding(`${findingMarker(print, key, 15)}\nbody`, key)).toEqual({ fingerprint: print, line: 15 })
    expect(ownFinding(`${findingMarker(print, commentKey('other'), 15)}\nbody`, key)).toBeUndefined()
  })

  it('a key cannot end the HTML comment or break out of its quotes', () => {
    const key = commentKey('a"b --> <script> !x\ny')
    expect(key).not.toMatch(/["<>!\n]/u)
    expect(summaryMarker(key).indexOf('-->')).toBe(summaryMarker(key).length - 3)
  })
})

describe('the gate', () => {
  const reports = [{ file: 'a', findings: [finding(), finding({ severity: 'warning' })] }]
  it('fails on errors at fail-level error, on warnings at warning, never at never', () => {
    expect(decide(reports, 'error')).toMatchObject({ failed: true, errors: 1, warnings: 1 })
    expect(decide([{ file: 'a', findings: [finding({ severity: 'warning' })] }], 'error').failed).toBe(false)
    expect(decide([{ file: 'a', findings: [finding({ severity: 'warning' })] }], 'warning').failed).toBe(true)
    expect(decide(reports, 'never').failed).toBe(false)
    expect(decide([], 'error')).toMatchObject({ failed: false, summary: 'No PR/FAQ file to check: passing.' })
  })
})

describe('inputs', () => {
  it('lists split on newlines and commas, without blanks and comments', () => {
    expect(list('docs/**/*.md, prfaq/*.md\n# a comment\n\n  other/*.md ')).toEqual(['docs/**/*.md', 'prfaq/*.md', 'other/*.md'])
    expect(list('docs/**/*.{md,markdown}, plans/*.md')).toEqual(['docs/**/*.{md,markdown}', 'plans/*.md'])
  })
})

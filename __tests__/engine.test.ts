import { describe, expect, it } from 'vitest'
import { defaultSettings } from '../src/config/defaults.js'
import { lintBytes } from '../src/engine/lint.js'
import { lint } from './helpers/engine.js'

const settings = defaultSettings()
const bytes = (text: string) => new TextEncoder().encode(text)

const COMPLETE = `# Ledgerline

## Press Release

### The Problem

Finance teams spend ten days every month reconciling statements by hand.

## FAQ

### Internal FAQ

**Q: What does it cost?**

$400 per month per company, at an 85% gross margin.

**Q: What is the hardest technical problem?**

Matching bank lines without references, at 50,000 lines an hour.

**Q: How big is the opportunity?**

200,000 companies; $48M a year at 5% adoption.

**Q: Why should we be the ones to build this?**

We already own the bank feeds and the ledger.

**Q: What is our plan to succeed?**

Beta in Q1 with 20 customers, GA in Q3, six engineers.
`

describe('bad input gives a finding naming the problem, never a crash', () => {
  it('an empty file', () => {
    const { findings } = lintBytes(bytes('  \n\n'), 'empty.md', settings)
    expect(findings.map((f) => [f.ruleId, f.severity, f.line, f.column])).toEqual([['file-empty', 'error', 1, 1]])
  })

  it('a binary file', () => {
    const { findings } = lintBytes(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00]), 'logo.md', settings)
    expect(findings).toHaveLength(1)
    // The PNG signature's own line breaks put its first NUL byte on line 3.
    expect(findings[0]).toMatchObject({ ruleId: 'file-not-text', file: 'logo.md', line: 3, column: 1 })
    expect(findings[0]!.message).toContain('binary')
  })

  it('Latin-1 text, with the line of the first bad byte', () => {
    const latin1 = new Uint8Array([...bytes('# Caf'), 0xe9, ...bytes('\n\nok\n')])
    const { findings } = lintBytes(latin1, 'cafe.md', settings)
    expect(findings[0]).toMatchObject({ ruleId: 'file-not-text', line: 1, column: 6 })
    expect(findings[0]!.message).toMatch(/not valid UTF-8: byte 0xE9 at line 1, column 6/u)
  })

  it('UTF-16 with a byte-order mark', () => {
    const { findings } = lintBytes(new Uint8Array([0xff, 0xfe, 0x23, 0x00]), 'utf16.md', settings)
    expect(findings[0]!.message).toContain('UTF-16')
  })

  it('a file over the size cap', () => {
    const { findings, model } = lintBytes(bytes('x'.repeat(2048)), 'big.md', { ...settings, maxFileBytes: 1024 })
    expect(model).toBeUndefined()
    expect(findings[0]).toMatchObject({ ruleId: 'file-too-large' })
    expect(findings[0]!.message).toContain('2 KB, over the 1 KB limit')
  })

  it('invalid front matter, at the line of the YAML error, and the document is still checked', () => {
    const { findings } = lint(`---\ntitle: Ledgerline\nstatus: [draft\n---\n\n${COMPLETE}`)
    const frontMatter = findings.filter((f) => f.ruleId === 'front-matter-invalid')
    expect(frontMatter).toHaveLength(1)
    expect(frontMatter[0]).toMatchObject({ line: 3, column: 15 })
    expect(findings.filter((f) => f.ruleId !== 'front-matter-invalid')).toEqual([])
  })

  it('block quotes nested ten thousand deep', () => {
    const { findings } = lint(`${'>'.repeat(10_000)} deep\n`)
    expect(findings.map((f) => f.ruleId)).toEqual(['document-too-complex'])
    expect(findings[0]!.message).toContain('10000 levels')
  })

  it('lists nested three hundred deep', () => {
    const text = Array.from({ length: 300 }, (_, i) => `${'  '.repeat(i)}- item ${i}`).join('\n')
    expect(lint(text).findings.map((f) => f.ruleId)).toEqual(['document-too-complex'])
  })

  it('a very long line', () => {
    const { findings } = lint(`# Title\n\n${'word '.repeat(200_000)}\n`)
    expect(findings.every((f) => f.line >= 1)).toBe(true)
  })
})

describe('positions are right whatever the encoding details', () => {
  const expectedLines = (text: string) => lint(text).findings.map((f) => [f.ruleId, f.line, f.column, f.endColumn])
  const missingFinance = COMPLETE.replace('**Q: What does it cost?**\n\n$400 per month per company, at an 85% gross margin.\n\n', '')

  it('LF', () => {
    expect(expectedLines(missingFinance)).toEqual([['faq-finance', 11, 1, 17]])
  })

  it('CRLF gives the same lines and columns', () => {
    expect(expectedLines(missingFinance.replace(/\n/g, '\r\n'))).toEqual([['faq-finance', 11, 1, 17]])
  })

  it('a byte-order mark is not a column', () => {
    const { findings } = lintBytes(new Uint8Array([0xef, 0xbb, 0xbf, ...bytes(missingFinance)]), 'bom.md', settings)
    expect(findings.map((f) => [f.ruleId, f.line, f.column])).toEqual([['faq-finance', 11, 1]])
  })

  it('a complete document has no findings', () => {
    expect(lint(COMPLETE).findings).toEqual([])
  })
})

describe('findings carry everything reporters need', () => {
  it('rule id, severity, message, help, file, 1-based range and docs URL', () => {
    const [finding] = lint(COMPLETE.replace(/### The Problem\n\n.*\n/u, '### The Problem\n\nTBD\n')).findings
    expect(finding).toEqual({
      ruleId: 'problem-section',
      severity: 'error',
      message: 'The problem section “The Problem” has no real content: the section is only “TBD”.',
      help: expect.stringContaining('customer'),
      file: 'doc.md',
      line: 5,
      column: 1,
      endLine: 5,
      endColumn: 16,
      url: 'https://github.com/prfaq-gate/prfaq-gate/blob/main/docs/rules/problem-section.md'
    })
  })

  it('a rule set to off reports nothing; a rule set to warning reports a warning', () => {
    const text = COMPLETE.replace(/\*\*Q: What does it cost\?\*\*\n\n.*\n/u, '')
    const off = lint(text, { rules: { ...settings.rules, 'faq-finance': 'off' } })
    expect(off.findings).toEqual([])
    const warning = lint(text, { rules: { ...settings.rules, 'faq-finance': 'warning' } })
    expect(warning.findings.map((f) => f.severity)).toEqual(['warning'])
  })
})

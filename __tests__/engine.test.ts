import { describe, expect, it } from 'vitest'
import { defaultSettings } from '../src/config/defaults.js'
import { lintBytes } from '../src/engine/lint.js'
import { fingerprint } from '../src/findings/finding.js'
import { lint } from './helpers/engine.js'

const settings = defaultSettings()
const bytes = (text: string) => new TextEncoder().encode(text)

const COMPLETE = `# Ledgerline

## Press Release

### The Problem

Finance teams spend ten days every month reconciling statements by hand. "We lose two weeks a month to it," said Ana Ruiz, a controller at Finch.

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

  it('says why a file was not read in the language asked for', () => {
    const latin1 = new Uint8Array([...bytes('# Caf'), 0xe9, ...bytes('\n\nok\n')])
    const message = (input: Uint8Array, language: 'ja' | 'de', maxFileBytes = settings.maxFileBytes) => lintBytes(input, 'f.md', { ...settings, language, maxFileBytes }).findings[0]!
    expect(message(latin1, 'ja').message).toBe('ファイルが正しいUTF-8ではありません：1行目6列目にバイト0xE9があります（Latin-1かWindows-1252かもしれません）。')
    expect(message(new Uint8Array([0x23, 0x00]), 'de').message).toBe('Die Datei sieht binär aus: Sie enthält ein NUL-Byte in Zeile 1, Spalte 2.')
    expect(message(new Uint8Array([0xff, 0xfe, 0x23, 0x00]), 'ja').message).toContain('UTF-16')
    expect(message(new Uint8Array([0xff, 0xfe, 0x23, 0x00]), 'ja').message).not.toMatch(/\bthe\b/u)
    expect(message(bytes('x'.repeat(2048)), 'de', 1024).message).toBe('Die Datei ist 2 KB groß, über der Grenze von 1 KB für ein PR/FAQ; sie wurde nicht geprüft.')
    expect(message(bytes('x'.repeat(1025)), 'ja', 1024).message).toBe('ファイルは1025バイトあり、1つのPR/FAQの上限1024バイトを超えているため、チェックしませんでした。')
    // The English words stay what they were, and so does the identity of the finding.
    const english = lintBytes(latin1, 'f.md', { ...settings, language: 'en' }).findings[0]!
    expect(english.message).toBe('The file is not valid UTF-8: byte 0xE9 at line 1, column 6 (perhaps Latin-1 or Windows-1252).')
    expect(message(latin1, 'ja').fingerprint).toBe(fingerprint(english))
    expect(lintBytes(bytes('x'.repeat(1025)), 'f.md', { ...settings, maxFileBytes: 1024 }).findings[0]!.message).toBe(
      'The file is 1025 bytes, over the 1024-byte limit for one PR/FAQ; it was not checked.'
    )
  })

  it('says front matter that is not a mapping in the document’s language', () => {
    const { findings } = lint(`---\n- a\n- b\n---\n\n${COMPLETE}`, { language: 'de' })
    expect(findings.find((f) => f.ruleId === 'front-matter-invalid')!.message).toBe('Der Front-Matter-Block ist kein gültiges YAML: Er muss aus Zeilen `Schlüssel: Wert` bestehen.')
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

/**
 * git and GitHub end a line at "\n" only: a lone "\r" is a character of its
 * line there, though micromark (like GitHub's renderer) reads it as a line
 * break. Review comments and annotations go by git's lines, so every position
 * does too: 1-based lines counted by "\n", 1-based columns in UTF-16 code
 * units (an emoji is two), `endColumn` just after the last character.
 */
describe('positions are numbered as git and GitHub number lines', () => {
  /** COMPLETE without its problem section: one problem-section finding, at the "## Press Release" heading. */
  const NO_PROBLEM = COMPLETE.replace(/### The Problem\n\n.*\n\n/u, '')
  const problemAt = (text: string) =>
    lint(text)
      .findings.filter((f) => f.ruleId === 'problem-section')
      .map((f) => [f.ruleId, f.line, f.column, f.endLine, f.endColumn])
  /** NO_PROBLEM with a two-line note before the press release, the note's lines ended by `ending`. */
  const withNote = (ending: string) => NO_PROBLEM.replace('# Ledgerline\n\n', `# Ledgerline\n\nDrafted by the ledger team.${ending}Reviewed in March.\n\n`)

  it('the heading after a note, whatever ends its lines: "\\n" and "\\r\\n" end one, a lone "\\r" does not', () => {
    expect(problemAt(withNote('\n'))).toEqual([['problem-section', 6, 1, 6, 17]])
    expect(problemAt(withNote('\r\n'))).toEqual([['problem-section', 6, 1, 6, 17]])
    // git shows "Drafted by the ledger team.\rReviewed in March." as line 3: the heading is on line 5.
    expect(problemAt(withNote('\r'))).toEqual([['problem-section', 5, 1, 5, 17]])
  })

  it('a document with only lone "\\r" line endings is one line to git', () => {
    // "# Ledgerline\r\r" is 14 code units: the heading starts at column 15 of line 1.
    expect(problemAt(NO_PROBLEM.replace(/\n/gu, '\r'))).toEqual([['problem-section', 1, 15, 1, 31]])
  })

  it('mixed line endings, with an emoji before the finding on its line', () => {
    const text = NO_PROBLEM.replace('# Ledgerline\n\n## Press Release\n', '# Ledgerline\r\nDrafted 😀 by the team.\r## Press Release\n\r\n')
    // Line 2 is "Drafted 😀 by the team.\r## Press Release": 23 code units (the emoji is 2) and the "\r" before the heading.
    expect(problemAt(text)).toEqual([['problem-section', 2, 25, 2, 41]])
  })

  it('a byte-order mark changes no line, and columns on line 1 are counted without it', () => {
    const text = NO_PROBLEM.replace(/\n/gu, '\r')
    const { findings } = lintBytes(new Uint8Array([0xef, 0xbb, 0xbf, ...bytes(text)]), 'bom.md', settings)
    expect(findings.map((f) => [f.ruleId, f.line, f.column, f.endLine, f.endColumn])).toEqual([['problem-section', 1, 15, 1, 31]])
  })

  it('the model the CLI prints (`prfaq-gate model`) uses the same lines', () => {
    const { model } = lint(withNote('\r'))
    expect(model!.pressRelease!.label.position).toMatchObject({ start: { line: 5, column: 1 }, end: { line: 5, column: 17 } })
  })

  it('an inline comment after an emoji and a lone "\\r" (suppression-invalid)', () => {
    const { findings } = lint(`${COMPLETE}\nNotes 😀.\r<!-- prfaq-gate-disable faq-finance -->\n`)
    // COMPLETE has 31 lines, then a blank one; "Notes 😀.\r" is 10 code units, so the comment starts at column 11 of line 33.
    expect(findings.map((f) => [f.ruleId, f.line, f.column, f.endLine, f.endColumn])).toEqual([['suppression-invalid', 33, 11, 33, 50]])
  })

  it('the end of the first line: before "\\r\\n", after a lone "\\r" (file-empty)', () => {
    expect(lint('  \r\n\r\n').findings.map((f) => [f.ruleId, f.line, f.column, f.endLine, f.endColumn])).toEqual([['file-empty', 1, 1, 1, 3]])
    expect(lint('  \r \r\n').findings.map((f) => [f.ruleId, f.line, f.column, f.endLine, f.endColumn])).toEqual([['file-empty', 1, 1, 1, 5]])
  })

  it('a document that ends without a line ending, or with a lone "\\r"', () => {
    const atPressRelease = (text: string) =>
      lint(text)
        .findings.filter((f) => f.ruleId === 'problem-section')
        .map((f) => [f.line, f.column, f.endLine, f.endColumn])
    expect(atPressRelease('# Ledgerline\n\n## Press Release')).toEqual([[3, 1, 3, 17]])
    expect(atPressRelease('# Ledgerline\r\n\r\n## Press Release\r')).toEqual([[3, 1, 3, 17]])
    expect(atPressRelease('# Ledgerline\r\r## Press Release\r')).toEqual([[1, 15, 1, 31]])
  })
})

describe('front-matter-invalid points at the YAML error, inside its line', () => {
  const frontMatterAt = (text: string) =>
    lint(text)
      .findings.filter((f) => f.ruleId === 'front-matter-invalid')
      .map((f) => [f.line, f.column, f.endLine, f.endColumn])

  it('LF and CRLF: just after "status: [draft" on line 3', () => {
    expect(frontMatterAt(`---\ntitle: Ledgerline\nstatus: [draft\n---\n\n${COMPLETE}`)).toEqual([[3, 15, 3, 15]])
    expect(frontMatterAt(`---\ntitle: Ledgerline\nstatus: [draft\n---\n\n${COMPLETE}`.replace(/\n/gu, '\r\n'))).toEqual([[3, 15, 3, 15]])
  })

  it('lone "\\r": the whole block is line 1, and the column is where the YAML library stops', () => {
    // YAML does not take the lone "\r" for a line break either: it stops at "Ledgerline", offset 11 of line 1.
    const text = `---\rtitle: Ledgerline\rstatus: [draft\r---\r\r${COMPLETE}`
    expect(frontMatterAt(text)).toEqual([[1, 12, 1, 12]])
  })

  it('mixed line endings, with an emoji before the error on its line', () => {
    // Line 1 is "---\rtitle: Ledgerline"; line 2 is "status: [draft 😀" (17 code units, the emoji is 2), where the YAML error is at the end.
    const text = `---\rtitle: Ledgerline\nstatus: [draft 😀\r\n---\n\n${COMPLETE}`
    expect(frontMatterAt(text)).toEqual([[2, 18, 2, 18]])
  })
})

describe('file-not-text points at the byte, in the same lines and columns', () => {
  const notTextAt = (data: Uint8Array) =>
    lintBytes(data, 'doc.md', settings).findings.map((f) => [f.ruleId, f.line, f.column, f.endLine, f.endColumn, f.message.replace(/^.*(at line \d+, column \d+).*$/u, '$1')])

  it('a NUL byte after an emoji: the emoji is two columns', () => {
    // "# 😀 Launch" is 11 UTF-16 code units.
    expect(notTextAt(new Uint8Array([...bytes('# 😀 Launch'), 0x00]))).toEqual([['file-not-text', 1, 12, 1, 12, 'at line 1, column 12']])
  })

  it('a Latin-1 byte after an emoji', () => {
    expect(notTextAt(new Uint8Array([...bytes('# 😀 Caf'), 0xe9, ...bytes('\n')]))).toEqual([['file-not-text', 1, 9, 1, 9, 'at line 1, column 9']])
  })

  it('after lone "\\r"s, which end no line, and a CRLF, which does', () => {
    expect(notTextAt(new Uint8Array([...bytes('# Launch\r\rNotes\r'), 0x00]))).toEqual([['file-not-text', 1, 17, 1, 17, 'at line 1, column 17']])
    // Line 2 is "\rNotes 😀\r": 10 code units before the bad byte.
    expect(notTextAt(new Uint8Array([...bytes('# Launch\r\n\rNotes 😀\r'), 0xe9]))).toEqual([['file-not-text', 2, 11, 2, 11, 'at line 2, column 11']])
  })

  it('after a byte-order mark, which is not a column', () => {
    expect(notTextAt(new Uint8Array([0xef, 0xbb, 0xbf, ...bytes('ab'), 0x00]))).toEqual([['file-not-text', 1, 3, 1, 3, 'at line 1, column 3']])
  })
})

describe('findings carry everything reporters need', () => {
  it('rule id, severity, message, help, file, 1-based range and docs URL', () => {
    const [finding] = lint(COMPLETE.replace(/### The Problem\n\n.*\n/u, '### The Problem\n\nTBD\n')).findings.filter((f) => f.ruleId === 'problem-section')
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

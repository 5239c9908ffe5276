import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { defaultSettings } from '../src/config/defaults.js'
import { lintBytes } from '../src/engine/lint.js'
import type { Finding } from '../src/findings/finding.js'

const settings = defaultSettings()

// Pieces of Markdown that open structure, so random documents exercise the recogniser, not just text.
const TOKENS = [
  '# ', '## ', '### ', '#### ', '**', '*', '_', '- ', '* ', '1. ', '> ', '>', '`', '```\n', '~~~\n', '\n', '\r\n', '\r', '\n\n',
  ' ', '  ', '\t', 'Q: ', 'A: ', '?', '？', ':', '：', '|', '| Question | Answer |\n|---|---|\n', '---\n', '===\n',
  '[', ']', '(', ')', '<', '>', '<!-- ', ' -->', '{#faq}', 'FAQ', 'Internal FAQ', 'Press Release', 'The Problem',
  'Problem.', 'What does it cost', 'technical risk', 'How big is the opportunity', 'Why should we', 'plan to succeed',
  'Bezos criteria', 'TBD', 'N/A', '[Describe]', '課題', 'Kosten', 'é', '😀', '\u0000', '\uFEFF', '\\', '&amp;', 'x', 'word '
]

const markdown = fc.array(fc.constantFrom(...TOKENS), { maxLength: 300 }).map((parts) => parts.join(''))

const SEED_DOCUMENT = `---
title: Seed
type: prfaq
---

# Seed PR/FAQ

## Press Release

**The problem.** Teams lose a day a week to manual reconciliation.

### The Solution

It matches everything automatically.

## FAQ

### Internal FAQ

**Q: What does it cost?**

A: $400 a month.

- Q: What is the hardest technical problem?
  - A: Matching without references.

| Question | Answer |
|---|---|
| How big is the opportunity? | $48M a year |

## Bezos criteria

**Is it a big idea?** Yes.
**Should we do it?** Yes.
**Is there a plan?** TBD.
`

/** A mutation: cut, duplicate or insert a token at a random place in the seed. */
const mutated = fc
  .array(fc.tuple(fc.nat(), fc.nat({ max: 40 }), fc.constantFrom(...TOKENS), fc.constantFrom('cut', 'insert', 'duplicate')), { maxLength: 12 })
  .map((edits) =>
    edits.reduce((text, [at, length, token, kind]) => {
      const start = at % (text.length + 1)
      if (kind === 'cut') return text.slice(0, start) + text.slice(start + length)
      if (kind === 'duplicate') return text.slice(0, start) + text.slice(start, start + length) + text.slice(start)
      return text.slice(0, start) + token + text.slice(start)
    }, SEED_DOCUMENT)
  )

function expectInside(finding: Finding, text: string): void {
  const lines = text.replace(/^\uFEFF/u, '').split(/\r?\n|\r/u)
  const lineLength = (line: number) => lines[line - 1]?.length ?? 0
  expect(finding.line).toBeGreaterThanOrEqual(1)
  expect(finding.line).toBeLessThanOrEqual(Math.max(1, lines.length))
  expect(finding.endLine).toBeGreaterThanOrEqual(finding.line)
  expect(finding.endLine).toBeLessThanOrEqual(Math.max(1, lines.length))
  expect(finding.column).toBeGreaterThanOrEqual(1)
  expect(finding.column).toBeLessThanOrEqual(lineLength(finding.line) + 1)
  expect(finding.endColumn).toBeLessThanOrEqual(lineLength(finding.endLine) + 1)
  if (finding.endLine === finding.line) expect(finding.endColumn).toBeGreaterThanOrEqual(finding.column)
  expect(finding.message.length).toBeGreaterThan(0)
  expect(finding.help.length).toBeGreaterThan(0)
}

function check(text: string): void {
  const result = lintBytes(new TextEncoder().encode(text), 'random.md', settings)
  for (const finding of result.findings) {
    // Undecodable input is reported at a byte position of the raw file; the rest inside the text.
    if (finding.ruleId !== 'file-not-text') expectInside(finding, text)
  }
}

describe('the engine on arbitrary input (fast-check)', () => {
  it('never throws, and every finding lies inside the document (random Markdown)', () => {
    fc.assert(fc.property(markdown, check), { numRuns: 400 })
  })

  it('never throws, and every finding lies inside the document (mutated PR/FAQ)', () => {
    fc.assert(fc.property(mutated, check), { numRuns: 400 })
  })

  it('never throws on arbitrary Unicode strings', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 400 }), check), { numRuns: 300 })
  })
})

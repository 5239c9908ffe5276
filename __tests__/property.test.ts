import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { defaultSettings } from '../src/config/defaults.js'
import { lintBytes } from '../src/engine/lint.js'
import type { Finding } from '../src/findings/finding.js'
import { DEFAULT_VOCABULARY } from '../src/vocabulary/default.js'
import { KeywordList, keywordPattern } from '../src/vocabulary/match.js'
import { escapeRegExp, hasCjk } from '../src/vocabulary/normalize.js'

const settings = defaultSettings()

// Pieces of Markdown that open structure, so random documents exercise the recogniser, not just text.
const TOKENS = [
  '# ',
  '## ',
  '### ',
  '#### ',
  '**',
  '*',
  '_',
  '- ',
  '* ',
  '1. ',
  '> ',
  '>',
  '`',
  '```\n',
  '~~~\n',
  '\n',
  '\r\n',
  '\r',
  '\n\n',
  ' ',
  '  ',
  '\t',
  'Q: ',
  'A: ',
  '?',
  '？',
  ':',
  '：',
  '|',
  '| Question | Answer |\n|---|---|\n',
  '---\n',
  '===\n',
  '[',
  ']',
  '(',
  ')',
  '<',
  '>',
  '<!-- ',
  ' -->',
  '{#faq}',
  'FAQ',
  'Internal FAQ',
  'Press Release',
  'The Problem',
  'Problem.',
  'What does it cost',
  'technical risk',
  'How big is the opportunity',
  'Why should we',
  'plan to succeed',
  'Bezos criteria',
  'TBD',
  'N/A',
  '[Describe]',
  '課題',
  'Kosten',
  'é',
  '😀',
  '\u0000',
  '\uFEFF',
  '\\',
  '&amp;',
  'x',
  'word '
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
const mutated = fc.array(fc.tuple(fc.nat(), fc.nat({ max: 40 }), fc.constantFrom(...TOKENS), fc.constantFrom('cut', 'insert', 'duplicate')), { maxLength: 12 }).map((edits) =>
  edits.reduce((text, [at, length, token, kind]) => {
    const start = at % (text.length + 1)
    if (kind === 'cut') return text.slice(0, start) + text.slice(start + length)
    if (kind === 'duplicate') return text.slice(0, start) + text.slice(start, start + length) + text.slice(start)
    return text.slice(0, start) + token + text.slice(start)
  }, SEED_DOCUMENT)
)

/** The text the engine reads: without the byte-order mark (TextDecoder drops one, decodeDocument a doubled one too). */
function withoutByteOrderMark(text: string): string {
  return text.replace(/^\uFEFF{1,2}/u, '')
}

/** A document's lines as git and GitHub number them: split at "\n" only, without the "\r" of a CRLF (a lone "\r" stays). */
function gitLines(text: string): string[] {
  return withoutByteOrderMark(text).split(/\r?\n/u)
}

function expectInside(finding: Finding, text: string): void {
  const lines = gitLines(text)
  const lineLength = (line: number) => lines[line - 1]?.length ?? 0
  expect(finding.line).toBeGreaterThanOrEqual(1)
  expect(finding.line).toBeLessThanOrEqual(lines.length)
  expect(finding.endLine).toBeGreaterThanOrEqual(finding.line)
  expect(finding.endLine).toBeLessThanOrEqual(lines.length)
  expect(finding.column).toBeGreaterThanOrEqual(1)
  expect(finding.column).toBeLessThanOrEqual(lineLength(finding.line) + 1)
  expect(finding.endColumn).toBeGreaterThanOrEqual(1)
  expect(finding.endColumn).toBeLessThanOrEqual(lineLength(finding.endLine) + 1)
  if (finding.endLine === finding.line) expect(finding.endColumn).toBeGreaterThanOrEqual(finding.column)
  expect(finding.message.length).toBeGreaterThan(0)
  expect(finding.help.length).toBeGreaterThan(0)
}

/** Every point of the model is the git line and UTF-16 column of its own offset (counted here without LineIndex). */
function expectModelPointsMatchOffsets(model: unknown, text: string): void {
  const body = withoutByteOrderMark(text)
  const stack: unknown[] = [model]
  while (stack.length > 0) {
    const node = stack.pop()
    if (node === null || typeof node !== 'object') continue
    const point = node as { line?: unknown; column?: unknown; offset?: unknown }
    if (typeof point.line === 'number' && typeof point.offset === 'number') {
      const before = body.slice(0, point.offset)
      const lineStart = before.lastIndexOf('\n') + 1
      expect({ line: point.line, column: point.column }).toEqual({ line: before.split('\n').length, column: point.offset - lineStart + 1 })
      continue
    }
    stack.push(...Object.values(node))
  }
}

function check(text: string): void {
  const result = lintBytes(new TextEncoder().encode(text), 'random.md', settings)
  for (const finding of result.findings) expectInside(finding, text)
  if (result.model) expectModelPointsMatchOffsets(result.model, text)
}

const SEED_LINES = SEED_DOCUMENT.split('\n').length

/** The seed PR/FAQ with each line ended at random by "\n", "\r\n" or a lone "\r", and emoji here and there. */
const mixedEndings = fc
  .tuple(
    fc.array(fc.constantFrom('\n', '\r\n', '\r'), { minLength: SEED_LINES, maxLength: SEED_LINES }),
    fc.array(fc.tuple(fc.nat(), fc.constantFrom('😀', '𝔉', '課題', 'é')), { maxLength: 6 }),
    fc.boolean()
  )
  .map(([endings, insertions, brokenFrontMatter]) => {
    const seed = brokenFrontMatter ? SEED_DOCUMENT.replace('type: prfaq', 'type: [prfaq') : SEED_DOCUMENT
    const text = insertions.reduce((doc, [at, piece]) => {
      let start = at % (doc.length + 1)
      // Never between the two halves (UTF-16 surrogates) of an emoji inserted before.
      const code = doc.charCodeAt(start)
      if (code >= 0xdc00 && code <= 0xdfff) start--
      return doc.slice(0, start) + piece + doc.slice(start)
    }, seed)
    return text
      .split('\n')
      .map((line, index) => line + (index < endings.length - 1 ? endings[index] : ''))
      .join('')
  })

describe('the engine on arbitrary input (fast-check)', () => {
  it('never throws, and every finding lies inside the document (random Markdown)', () => {
    fc.assert(fc.property(markdown, check), { numRuns: 400 })
  })

  it('never throws, and every finding lies inside the document (mutated PR/FAQ)', () => {
    fc.assert(fc.property(mutated, check), { numRuns: 400 })
  })

  it('never throws, and every finding lies inside the document (mixed line endings)', () => {
    fc.assert(fc.property(mixedEndings, check), { numRuns: 400 })
  })

  it('never throws on arbitrary Unicode strings', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 400 }), check), { numRuns: 300 })
  })
})

/** keywordPattern() as it was written first: the word-start lookbehind repeated before every keyword. */
function onePerKeyword(keywords: string[]): RegExp {
  const alternatives = keywords.map((keyword) => {
    const text = keyword.normalize('NFKC').toLowerCase().trim()
    const body = escapeRegExp(text).replace(/\s+/gu, '\\s+')
    if (hasCjk(text)) return body
    const short = text.replace(/[^\p{L}\p{N}]/gu, '').length <= 3
    return `(?<![\\p{L}\\p{N}])${body}${short ? '(?![\\p{L}\\p{N}])' : ''}`
  })
  return new RegExp(alternatives.join('|'), 'u')
}

/** Every keyword list of the default vocabulary. */
function keywordLists(value: unknown): string[][] {
  if (Array.isArray(value)) return value.every((item) => typeof item === 'string') ? [value as string[]] : []
  return value && typeof value === 'object' ? Object.values(value).flatMap(keywordLists) : []
}

describe('keyword patterns (fast-check)', () => {
  const lists = keywordLists(DEFAULT_VOCABULARY).filter((list) => list.length > 0)
  const keywords = [...new Set(lists.flat())].map((keyword) => keyword.normalize('NFKC').toLowerCase())
  const glue = ['', ' ', '  ', '\n', '-', '.', ',', 's', 'x', 'é', '9', '_', '的', 'の', "'", '&', '𝐀', '\ud835', '\udc00', 'api連携']
  const text = fc.array(fc.oneof(fc.constantFrom(...keywords), fc.constantFrom(...glue)), { maxLength: 40 }).map((parts) => parts.join(''))

  it('find what one word-start lookbehind per keyword finds, where it finds it', () => {
    expect(lists.length).toBeGreaterThan(20)
    const pairs = lists.map((list) => [new RegExp(keywordPattern(list).source, 'gu'), new RegExp(onePerKeyword(list).source, 'gu')] as const)
    const all = (pattern: RegExp, input: string) => [...input.matchAll(pattern)].map((match) => `${match.index}:${match[0]}`)
    fc.assert(
      fc.property(text, (input) => pairs.every(([shared, repeated]) => JSON.stringify(all(shared, input)) === JSON.stringify(all(repeated, input)))),
      { numRuns: 300 }
    )
  })

  it('KeywordList.first() finds every match of the whole pattern, at the same place, and no other', () => {
    const pairs = lists.map((list) => [new KeywordList('list', list), new RegExp(keywordPattern(list).source, 'gu')] as const)
    const scanned = (list: KeywordList, input: string) => {
      const found: string[] = []
      for (let match = list.first(input, 0); match; match = list.first(input, match.index + match[0].length)) found.push(`${match.index}:${match[0]}`)
      return found
    }
    const all = (pattern: RegExp, input: string) => [...input.matchAll(pattern)].map((match) => `${match.index}:${match[0]}`)
    fc.assert(
      fc.property(text, (input) => pairs.every(([list, pattern]) => JSON.stringify(scanned(list, input)) === JSON.stringify(all(pattern, input)))),
      { numRuns: 500 }
    )
  })

  it('KeywordList.first() respects a letter before a match, and lets a CJK keyword start after one', () => {
    const list = new KeywordList('mixed', ['cost', 'コスト', 'api連携'])
    expect(list.first('the cost', 0)?.[0]).toBe('cost')
    expect(list.first('lowcost', 0)).toBeUndefined()
    expect(list.first('𝐀cost', 0)).toBeUndefined()
    expect(list.first('低コスト', 0)?.[0]).toBe('コスト')
    expect(list.first('xapi連携', 0)?.index).toBe(1)
  })
})

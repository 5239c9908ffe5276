import fc from 'fast-check'
import type { Nodes } from 'mdast'
import { describe, expect, it } from 'vitest'
import { defaultSettings } from '../src/config/defaults.js'
import { lintBytes } from '../src/engine/lint.js'
import type { Finding } from '../src/findings/finding.js'
import { findFigures } from '../src/model/recognise/figures.js'
import { TextCache, textOf } from '../src/model/text.js'
import { parseMarkdown } from '../src/parse/markdown.js'
import { DEFAULT_VOCABULARY } from '../src/vocabulary/default.js'
import { KeywordTrie, keywordPattern } from '../src/vocabulary/keyword-trie.js'
import { AliasMatcher, KeywordMatcher } from '../src/vocabulary/match.js'
import { escapeRegExp, hasCjk, type NormalizedLabel, normalizeLabel, words } from '../src/vocabulary/normalize.js'

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
  // Every kind of white space \s matches (a space in a keyword matches any run of it), and characters around a word.
  const glue = ['', ' ', '  ', '\n', '\t', '\u00a0', '\u3000', '\u2028', ' \r\n ', '-', '.', ',', 's', 'x', 'é', '9', '_', '的', 'の', "'", '&', '𝐀', '\ud835', '\udc00', 'api連携']
  // Keywords cut short follow a keyword's path through the trie and leave it before its end.
  const prefixes = keywords.filter((keyword) => keyword.length > 2).map((keyword) => keyword.slice(0, -1))
  // Keywords of several words, with other white space between them.
  const spaced = fc
    .tuple(fc.constantFrom(...keywords.filter((keyword) => keyword.includes(' '))), fc.constantFrom('\t', '\n', '  ', '\u00a0', '\u2003', '\u3000', '\ufeff', '\u200b'))
    .map(([keyword, space]) => keyword.replaceAll(' ', space))
  const text = fc.array(fc.oneof(fc.constantFrom(...keywords), fc.constantFrom(...prefixes), spaced, fc.constantFrom(...glue)), { maxLength: 40 }).map((parts) => parts.join(''))

  it('find what one word-start lookbehind per keyword finds, where it finds it', () => {
    expect(lists.length).toBeGreaterThan(20)
    const pairs = lists.map((list) => [new RegExp(keywordPattern(list).source, 'gu'), new RegExp(onePerKeyword(list).source, 'gu')] as const)
    const all = (pattern: RegExp, input: string) => [...input.matchAll(pattern)].map((match) => `${match.index}:${match[0]}`)
    fc.assert(
      fc.property(text, (input) => pairs.every(([shared, repeated]) => JSON.stringify(all(shared, input)) === JSON.stringify(all(repeated, input)))),
      { numRuns: 300 }
    )
  })

  it("the keyword trie finds, for every list at once, every match of the list's pattern, at the same place, and no other", () => {
    const trie = new KeywordTrie(lists)
    const patterns = lists.map((list) => new RegExp(keywordPattern(list).source, 'gu'))
    const scanned = (input: string) => trie.scan(input).map((matches) => matches.map((match) => `${match.index}:${match.text}`))
    const all = (input: string) => patterns.map((pattern) => [...input.matchAll(pattern)].map((match) => `${match.index}:${match[0]}`))
    fc.assert(
      fc.property(text, (input) => JSON.stringify(scanned(input)) === JSON.stringify(all(input))),
      { numRuns: 500 }
    )
  })

  it('a matcher asked about every list at once finds what it finds asked about each list in turn', () => {
    const asked = new KeywordMatcher(DEFAULT_VOCABULARY.answerTopics)
    const eachInTurn = new KeywordMatcher(DEFAULT_VOCABULARY.answerTopics)
    const names = Object.keys(DEFAULT_VOCABULARY.answerTopics)
    fc.assert(
      fc.property(text, (input) => {
        const byList = asked.findAllByList(input)
        return names.every((name) => JSON.stringify(byList[name] ?? []) === JSON.stringify(eachInTurn.findAll(name, input)))
      }),
      { numRuns: 300 }
    )
  })

  it('the keyword trie agrees with the patterns on blank keywords and on keywords that end inside a surrogate pair', () => {
    // Found by an adversarial review: a keyword of white space only, and one ending in half of an emoji.
    const cases: Array<[string[][], string]> = [
      [[[' ', 'cost']], '- cost, x'],
      [[['\u3000', 'cost']], 'costs, cost'],
      [[['\ud83d']], '🚀 \ud83d'],
      [[['a\ud83d', 'a🚀']], 'a🚀'],
      [[['x\ud83d']], 'x🚀 x\ud83d']
    ]
    for (const [lists, input] of cases) {
      const scanned = new KeywordTrie(lists).scan(input).map((matches) => matches.map((match) => `${match.index}:${match.text}`))
      const expected = lists.map((list) => [...input.matchAll(new RegExp(keywordPattern(list).source, 'gu'))].map((match) => `${match.index}:${match[0]}`))
      expect(scanned, JSON.stringify(lists)).toEqual(expected)
    }
  })

  it("the keyword trie respects a letter before a match, lets a CJK keyword start after one, and keeps each list's order", () => {
    const [mixed, other] = new KeywordTrie([
      ['cost', 'コスト', 'api連携'],
      ['costs', 'co']
    ]).scan('the cost, lowcost, 𝐀cost, 低コスト, xapi連携, costs')
    expect(mixed!.map((match) => `${match.index}:${match.text}`)).toEqual(['4:cost', '28:コスト', '34:api連携', '41:cost'])
    // "co" is short: it must end a word, so "cost" is no match of it; "costs" is the list's first keyword.
    expect(other!.map((match) => `${match.index}:${match.text}`)).toEqual(['41:costs'])
  })
})

/** The figure patterns as first written out, before shared starts were factored for a cheaper compile. */
function writtenOutFigures(full: string): { money: string[]; percent: string[]; scale: string[] } {
  const NUMBER = "\\d(?:[\\d,.' \\u00a0\\u202f]{0,12}\\d)?"
  const MAGNITUDE = '(?:\\s?(?:millionen|milliarden|millions|million|billions|billion|thousand|tausend|mio\\.?|mrd\\.?|bn|mm|k|m|b|万|億|亿|千|만|억|천|тыс\\.?|млрд|млн))?'
  const SIGN = '[$€£¥₹₩₽₺₴₦₱₫฿₪]'
  const CODE = '(?:USD|EUR|GBP|JPY|CNY|RMB|INR|KRW|RUB|CHF|CAD|AUD|NZD|SEK|NOK|DKK|PLN|CZK|HUF|BRL|MXN|ZAR|TRY|SGD|HKD)'
  const WORD =
    '(?:dollars?|euros?|pounds?|yen|yuan|won|rupees?|rubles?|roubles?|francs?|euro|dollar|zł|złoty|zlotys?|kr|kronor|kroner|kronen|pesos?|reais|rand|lira|円|元|원|ドル|ユーロ|美元|欧元|달러|유로|руб(?:\\.|лей|ля|ль)?|долл(?:\\.|аров)?|евро)(?![\\p{Script=Latin}\\p{Script=Cyrillic}])'
  const money = [
    `${SIGN}\\s?${NUMBER}${MAGNITUDE}`,
    `${NUMBER}${MAGNITUDE}\\s?${SIGN}`,
    `\\b${CODE}\\s?${NUMBER}${MAGNITUDE}`,
    `${NUMBER}${MAGNITUDE}\\s?${CODE}\\b`,
    `${NUMBER}${MAGNITUDE}\\s?${WORD}`
  ]
  const percent = `${NUMBER}\\s?(?:%|％|percent\\b|per cent\\b|prozent\\b|pour cent\\b|por ciento\\b|процент)`
  const scale = `${NUMBER}${MAGNITUDE}\\s?(?:ms\\b|milliseconds?\\b|µs\\b|seconds?\\b|sec\\b|minutes?\\b|kb\\b|mb\\b|gb\\b|tb\\b|pb\\b|qps\\b|rps\\b|tps\\b|req(?:uests)?\\s?(?:/|per)\\s?s(?:ec(?:ond)?)?\\b|requests\\b|events\\b|users\\b|concurrent\\b|nodes\\b|servers\\b|rows\\b|records\\b|lines\\b|transactions\\b|messages\\b|calls\\b|writes\\b|reads\\b|queries\\b|connections\\b|sessions\\b|ミリ秒|秒|毫秒|件|명|건)`
  const text = full.slice(0, 2000)
  const found = (source: string) => [...new Set([...text.matchAll(new RegExp(source, 'giu'))].map((match) => match[0].trim()))].slice(0, 5)
  if (!/\p{N}/u.test(text)) return { money: [], percent: [], scale: [] }
  return {
    money: [...new Set(money.flatMap(found))].slice(0, 5),
    percent: found(percent),
    scale: [...found(scale), ...found('\\bp(?:50|90|95|99|999)\\b')].slice(0, 5)
  }
}

describe('figures (fast-check)', () => {
  // Currency codes in any case, with a long s or a Kelvin sign where the i flag reads s or k.
  const prefixes = ['', '', '$', '€', '€ ', 'USD', 'usd ', 'Eur ', 'uſd', 'SE\u212a ', 'x', 'é']
  const numbers = ['3', '12', '3 000', '1,2', '50,000', '99.9', '1234567890123456', '０', '2026-12-04']
  const spaces = ['', '', ' ', '\u00a0', '\n']
  const magnitudes = ['', '', 'million', 'millionen', 'milliarden', 'millions', 'billion', 'billions', 'k', 'mio.', 'mio', 'Mrd.', 'bn', 'mm', 'm', 'b', '万', '億', 'тыс.', 'млрд', 'млн', 'МЛН']
  const suffixes = [
    ...['', '', '$', '€', 'USD', 'eur', 'uſd', 'ſek', 'noᴋ', 'dk\u212a', 'dollars', 'Euro', 'euros', 'yen', 'kr', 'kronor', 'руб.', 'рублей', 'долл.', 'евро', '円', '元', '%', '％'],
    ...['percent', 'per cent', 'Prozent', 'процентов', 'ms', 'MS', 'milliseconds', 'µs', 'seconds', 'sec', 'req/s', 'requests per second', 'rps', 'users', 'rows', '秒', 'ミリ秒', '건']
  ]
  // Prose longer than the window findFigures reads around the digits, before and after them.
  const prose = 'then the team shipped it, and every reader of the launch note read on without a figure in sight. '
  const glue = ['', ' ', 'p99', 'P50', 'p999', 'a', 'x', 'ſ', 'K', '-', '.', ',', '/', '\n', 'e', 's', prose]
  const figure = fc
    .tuple(fc.constantFrom(...prefixes), fc.constantFrom(...numbers), fc.constantFrom(...spaces), fc.constantFrom(...magnitudes), fc.constantFrom(...spaces), fc.constantFrom(...suffixes))
    .map((pieces) => pieces.join(''))
  const text = fc.array(fc.oneof(figure, fc.constantFrom(...glue)), { maxLength: 12 }).map((chosen) => chosen.join(''))

  it('the factored patterns find what the patterns written out find', () => {
    fc.assert(
      fc.property(text, (input) => JSON.stringify(findFigures(input)) === JSON.stringify(writtenOutFigures(input))),
      { numRuns: 1000 }
    )
  })
})

/** textOf as first written: one pass over the node with a stack, nothing kept. */
function textOfWithoutCache(node: Nodes): string {
  const blocks = new Set(['paragraph', 'heading', 'list', 'listItem', 'blockquote', 'code', 'table', 'tableRow', 'footnoteDefinition'])
  const containers = new Set(['root', 'list', 'listItem', 'blockquote', 'table', 'footnoteDefinition'])
  let out = ''
  const stack: Array<Nodes | string> = [node]
  while (stack.length > 0) {
    const current = stack.pop()!
    if (typeof current === 'string') {
      out += current
      continue
    }
    if (current.type === 'text' || current.type === 'inlineCode') out += current.value
    else if (current.type === 'code') out += `${current.value}\n`
    else if (current.type === 'html') out += current.value.trimStart().startsWith('<!--') ? '' : current.value
    else if (current.type === 'break') out += '\n'
    else if (current.type === 'image' || current.type === 'imageReference') out += current.alt ?? ''
    else if (['yaml', 'definition', 'footnoteReference', 'thematicBreak'].includes(current.type) || !('children' in current)) continue
    else {
      const separator = current.type === 'tableRow' ? ' | ' : containers.has(current.type) ? '\n' : ''
      const children = current.children as Nodes[]
      if (blocks.has(current.type)) stack.push('\n')
      for (let i = children.length - 1; i >= 0; i--) {
        stack.push(children[i]!)
        if (i > 0 && separator) stack.push(separator)
      }
    }
  }
  return out.replace(/\n{3,}/g, '\n\n').trim()
}

function allNodes(tree: Nodes): Nodes[] {
  const nodes: Nodes[] = []
  const stack = [tree]
  while (stack.length > 0) {
    const node = stack.pop()!
    nodes.push(node)
    if ('children' in node) stack.push(...(node.children as Nodes[]))
  }
  return nodes
}

describe('block texts (fast-check)', () => {
  // Tables, quotes, nested lists, comments, images and breaks around the pieces above.
  const blocks = fc.array(fc.constantFrom(...TOKENS, '| a | b |\n|---|---|\n| c | d |\n', '<!-- note -->', '![alt](x.png)', 'line  \nbreak', '   - nested\n', '\n\n\n\n'), { maxLength: 200 })

  it('textOf with a cache reads every node as textOf without one, whichever node is read first', () => {
    fc.assert(
      fc.property(blocks, fc.boolean(), (parts, parentsFirst) => {
        const nodes = allNodes(parseMarkdown(parts.join('')))
        const texts = new TextCache()
        const order = parentsFirst ? nodes : [...nodes].reverse()
        return order.every((node) => textOf(node, texts) === textOfWithoutCache(node) && textOf(node) === textOfWithoutCache(node))
      }),
      { numRuns: 500 }
    )
  })
})

/**
 * AliasMatcher's scores written plainly: every alias tried against every
 * label word, in the order the matcher tries them (by the length of their
 * first word, then as listed), with none of its shortcuts.
 */
function plainAliasScores(lists: Record<string, string[]>, label: NormalizedLabel, exact: boolean, wholeWords = false): Array<{ name: string; score: number }> {
  const aliases = Object.entries(lists).flatMap(([name, texts]) => texts.map((text) => ({ name, key: normalizeLabel(text).key })))
  const cjk = aliases.filter((alias) => hasCjk(alias.key)).map((alias) => ({ name: alias.name, text: alias.key.replace(/\s+/gu, '') }))
  const plain = aliases
    .filter((alias) => !hasCjk(alias.key) && words(alias.key).length > 0)
    .map((alias) => ({ name: alias.name, words: words(alias.key) }))
    .sort((a, b) => a.words[0]!.length - b.words[0]!.length)
  const articles = new Set(['the', 'a', 'an', 'our', 'your', 'das', 'die', 'der', 'le', 'la', 'les', 'el', 'los'])
  const wordMatches = (alias: string, word: string) => (wholeWords ? word === alias || word === `${alias}s` || word === `${alias}es` : word.startsWith(alias))
  const span = (aliasWords: string[], labelWords: string[]) => {
    let next = 0
    let start = -1
    for (let i = 0; i < labelWords.length; i++) {
      if (!wordMatches(aliasWords[next]!, labelWords[i]!)) continue
      if (next === 0) start = i
      if (++next === aliasWords.length) return { start, end: i + 1 }
    }
    return undefined
  }
  const matches: Array<{ name: string; score: number }> = []
  const [whole = ''] = label.candidates
  for (const candidate of label.candidates) {
    const labelWords = words(candidate)
    if (exact && labelWords.length > 0 && articles.has(labelWords[0]!)) labelWords.shift()
    const offset = Math.max(0, whole.indexOf(candidate))
    for (const word of [...new Set(exact ? labelWords.slice(0, 1) : labelWords)]) {
      for (const alias of plain) {
        if (!word.startsWith(alias.words[0]!)) continue
        const found = exact ? (alias.words.join(' ') === labelWords.join(' ') ? { start: 0, end: labelWords.length } : undefined) : span(alias.words, labelWords)
        const prominent = found && (found.start <= 2 || (found.end === labelWords.length && labelWords.length <= 6))
        if (found && (exact || wholeWords || prominent)) matches.push({ name: alias.name, score: alias.words.length * 10_000 + offset + found.end })
      }
    }
    const compact = candidate.replace(/\s+/gu, '')
    for (const alias of cjk) {
      const at = exact ? (compact === alias.text ? 0 : -1) : compact.indexOf(alias.text)
      if (at >= 0) matches.push({ name: alias.name, score: Math.ceil(alias.text.length / 2) * 10_000 + offset + at })
    }
  }
  return matches
}

describe('section names (fast-check)', () => {
  const lists = DEFAULT_VOCABULARY.sections
  const aliasWords = [...new Set(Object.values(lists).flatMap((texts) => texts.flatMap((text) => text.split(/\s+/u))))]
  const glue = ['the', 'our', 'a', 'and', 'of', ':', ' — ', '(today)', '2.', 'x', 'problems', 'faqs', 'prfaq', 'Teil 2', '的', 'について', '고객']
  const label = fc.array(fc.oneof(fc.constantFrom(...aliasWords), fc.constantFrom(...glue)), { minLength: 1, maxLength: 9 }).map((parts) => parts.join(' '))

  it('the matcher names what every alias tried against every word names', () => {
    const matcher = new AliasMatcher(lists)
    const wholeWordMatcher = new AliasMatcher(lists, true)
    const bestOf = (scores: Array<{ name: string; score: number }>) => scores.reduce<{ name?: string; score: number }>((best, match) => (match.score > best.score ? match : best), { score: 0 }).name
    fc.assert(
      fc.property(label, (text) => {
        const normalized = normalizeLabel(text)
        return (
          matcher.best(normalized) === bestOf(plainAliasScores(lists, normalized, false)) &&
          matcher.best(normalized, true) === bestOf(plainAliasScores(lists, normalized, true)) &&
          JSON.stringify(matcher.all(normalized)) === JSON.stringify([...new Set(plainAliasScores(lists, normalized, false).map((match) => match.name))]) &&
          JSON.stringify(wholeWordMatcher.all(normalized)) === JSON.stringify([...new Set(plainAliasScores(lists, normalized, false, true).map((match) => match.name))])
        )
      }),
      { numRuns: 1000 }
    )
  })
})

import type { Nodes, Root } from 'mdast'
import { allMatches } from '../../text/matches.js'
import { type LineIndex, positionOf } from '../../text/positions.js'
import type { CompiledVocabulary } from '../../vocabulary/match.js'
import { trimEndOf, words } from '../../vocabulary/normalize.js'
import { type TextCache, textOf } from '../text.js'
import type { Placeholder, Position } from '../types.js'

/**
 * Template text left in a document: slots the template left for the writer
 * (`[Product name]`, `<Company>`, `{{launch date}}`), filler ("Lorem ipsum",
 * `XX%`, `$XX`), "TBD" where nothing may be pending (the headline, a quote,
 * the dateline) and instructions copied with the template ("Describe the
 * customer's problem in two sentences."). Code, links and HTML comments are
 * never template text: they are meant as written, or not shown.
 */

// A slot cannot contain its own opening bracket: each scan stops at the next one (linear on any run).
const SQUARE = /\[([^[\]\n]{1,60})\]/gu
const DOUBLE_BRACES = /\{\{([^{}\n]{1,60})\}\}/gu
const SINGLE_BRACES = /(?<!\{)\{([^{}\n]{1,40})\}(?!\})/gu
const ANGLE = /<([^<>\n]{1,60})>/gu
const LOREM = /lorem ipsum/giu
// "XX%", "$XX", "XX,XXX", "20XX", "Q? 20XX": filler for a figure not yet known.
const FILLER = /(?<![\p{L}\p{N}])(?:[$€£¥]\s?)?(?:20|19)?X{2,}(?:[.,:]X{2,})*(?:\s?%)?(?![\p{L}\p{N}])/gu
const TBD = /(?<![\p{L}\p{N}])(?:TBD|TBA|TBC|TODO|FIXME|XXX)(?![\p{L}\p{N}])/gu
const ALL_CAPS = /^[\p{Lu}\p{N} _/&-]+$/u
const ELLIPSIS = /^[\s.…]*$/u
const REFERENCE = /^(?:\d+|[a-z]|sic|citation needed|emphasis added|\^.*|x| )$/iu
/** Tag names a document writes as HTML (and autolinks, comments): never a slot. */
const HTML_TAG =
  /^\/?(?:a|abbr|address|article|aside|audio|b|bdi|bdo|big|blockquote|body|br|button|caption|center|cite|code|col|colgroup|dd|del|details|dfn|div|dl|dt|em|embed|figcaption|figure|font|footer|form|h[1-6]|head|header|hr|html|i|iframe|img|input|ins|kbd|label|li|link|main|mark|meta|nav|noscript|object|ol|option|p|param|picture|pre|q|rp|rt|ruby|s|samp|script|section|select|small|source|span|strike|strong|style|sub|summary|sup|svg|table|tbody|td|template|textarea|tfoot|th|thead|time|title|tr|track|tt|u|ul|var|video|wbr)(?:[\s/]|$)/iu
const MAX_PLACEHOLDERS = 200
/** No match: each pattern needs a character a text without it cannot match, so most texts skip the search. */
const NONE: RegExpExecArray[] = []

interface Scan {
  source: LineIndex
  vocabulary: CompiledVocabulary
  /** Positions where "TBD" is template text too: the headline, quotes, the dateline. */
  strict: Array<{ where: Placeholder['where']; position: Position }>
  found: Placeholder[]
  texts: TextCache | undefined
}

export function findPlaceholders(tree: Root, lines: LineIndex, vocabulary: CompiledVocabulary, strict: Scan['strict'], texts?: TextCache): Placeholder[] {
  const scan: Scan = { source: lines, vocabulary, strict, found: [], texts }
  visit(tree, scan)
  return withoutDuplicates(scan.found.sort((a, b) => a.position.start.offset - b.position.start.offset))
}

/** "[Explain the pricing model.]" alone in its paragraph is both a slot and an instruction: one finding, the one that says more. */
function withoutDuplicates(found: Placeholder[]): Placeholder[] {
  const instructions = new Set(found.filter((p) => p.kind === 'instruction').map((p) => `${p.position.start.offset}:${p.text}`))
  return found.filter((p) => p.kind === 'instruction' || !instructions.has(`${p.position.start.offset}:${p.text}`))
}

function visit(node: Nodes, scan: Scan): void {
  if (scan.found.length >= MAX_PLACEHOLDERS) return
  switch (node.type) {
    case 'code':
    case 'inlineCode':
    case 'definition':
    case 'yaml':
    case 'link':
    case 'linkReference':
    case 'image':
    case 'imageReference':
      return
    case 'text':
      scanText(node.value, positionOf(node), scan)
      return
    case 'html':
      if (!node.value.trimStart().startsWith('<!--')) scanHtml(node.value, positionOf(node), scan)
      return
    case 'paragraph':
      findInstruction(node, scan)
      break
  }
  if ('children' in node) for (const child of node.children as Nodes[]) visit(child, scan)
}

function scanText(text: string, at: Position, scan: Scan): void {
  // A bracket alone in its text ("[Call to action]" as a paragraph) stands where the writer's text should be, whatever it names.
  const alone = (match: RegExpMatchArray) => text.trim() === match[0]
  for (const match of text.includes('[') ? allMatches(SQUARE, text) : NONE) {
    if (!inButtonRow(text, match) && isSlot(match[1]!, scan.vocabulary, alone(match))) add(scan, 'bracket', match[0], at)
  }
  for (const match of text.includes('{{') ? allMatches(DOUBLE_BRACES, text) : NONE) add(scan, 'braces', match[0], at)
  for (const match of text.includes('{') ? allMatches(SINGLE_BRACES, text) : NONE) if (isSlot(match[1]!, scan.vocabulary)) add(scan, 'braces', match[0], at)
  for (const match of allMatches(LOREM, text)) add(scan, 'lorem', match[0], at)
  for (const match of text.includes('XX') ? allMatches(FILLER, text) : NONE) add(scan, 'xx', match[0], at)
  for (const match of allMatches(TBD, text)) {
    const placeholder = locate(scan, match[0], at)
    if (placeholder.where !== 'text') scan.found.push({ ...placeholder, kind: 'tbd' })
  }
}

/** "[World Cup] [Premier League title] [All]": three or more brackets in a row are buttons or options drawn in text, not slots. */
const BUTTON_ROW = /(?:\[[^[\]\n]{1,60}\][ \t]*){3,}/gu

function inButtonRow(text: string, match: RegExpMatchArray): boolean {
  const start = match.index!
  for (const row of allMatches(BUTTON_ROW, text)) if (row.index! <= start && start < row.index! + row[0].length) return true
  return false
}

/** `<Company>`, `<Product name>`: parsed as HTML, but no HTML element has such a name. */
function scanHtml(html: string, at: Position, scan: Scan): void {
  for (const match of html.includes('<') ? allMatches(ANGLE, html) : NONE) {
    const inside = match[1]!.trim()
    if (HTML_TAG.test(inside) || inside.includes('=') || /^[a-z]+:/iu.test(inside) || inside.startsWith('!')) continue
    if (/^[\p{Lu}]/u.test(inside) || isSlot(inside, scan.vocabulary)) add(scan, 'angle', match[0], at)
  }
}

/** A bracket holds a slot when it names what to write ("Product name", "insert date") or shouts it ("CUSTOMER"). */
function isSlot(inside: string, vocabulary: CompiledVocabulary, alone = false): boolean {
  const trimmed = inside.trim()
  if (ELLIPSIS.test(trimmed) || REFERENCE.test(trimmed) || words(trimmed).length > 8) return false
  if (/^[\p{L}]/u.test(trimmed) === false && !/^[$€£]/u.test(trimmed)) return false
  return alone || (ALL_CAPS.test(trimmed) && /\p{L}{2}/u.test(trimmed)) || vocabulary.writing.cues.has('slotWords', trimmed)
}

/** A paragraph that instructs the writer: a template verb and its object first, a template's phrase, or a Japanese-style request at its end. */
function findInstruction(node: Nodes, scan: Scan): void {
  const text = textOf(node, scan.texts)
  if (text.length > 400) return
  const lower = text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/^[\s*_(["“]+/u, '')
  const { templateVerbs, templateEnds, cues } = scan.vocabulary.writing
  // `startsWith(start)` and a space after it, as `startsWith(\`${start} \`)` without building that string for every verb.
  const verb = templateVerbs.find((start) => lower.startsWith(start) && lower.charCodeAt(start.length) === 0x20 && OBJECTS.has(words(lower.slice(start.length))[0] ?? ''))
  const phrase = verb ?? cues.find('templatePhrases', lower) ?? endingWith(trimEndOf(lower, '。.)'), templateEnds)
  if (phrase === undefined) return
  const position = positionOf(node)
  const placeholder = locate(scan, text.split('\n')[0]!, position)
  scan.found.push({ ...placeholder, kind: 'instruction' })
}

function endingWith(text: string, ends: string[]): string | undefined {
  return ends.find((end) => text.endsWith(end))
}

const OBJECTS = new Set([
  'the',
  'your',
  'a',
  'an',
  'what',
  'how',
  'why',
  'who',
  'when',
  'where',
  'which',
  'here',
  'this',
  'any',
  'each',
  'our',
  'in',
  'all',
  'one',
  'two',
  'three',
  'key',
  'briefly',
  'up',
  'den',
  'die',
  'das',
  'ihr',
  'ihre',
  'hier',
  'kurz',
  'wie',
  'was',
  'warum'
])

function add(scan: Scan, kind: Placeholder['kind'], text: string, at: Position): void {
  if (scan.found.length >= MAX_PLACEHOLDERS) return
  scan.found.push({ ...locate(scan, text, at), kind })
}

/** Where the text is in the source (escapes and entities can shift it within its node), and whether its line holds nothing else. */
function locate(scan: Scan, text: string, at: Position): Omit<Placeholder, 'kind'> {
  const found = scan.source.find(text, at.start.offset, at.end.offset)
  const start = found === -1 ? at.start.offset : found
  const position: Position = { start: scan.source.pointAt(start), end: scan.source.pointAt(found === -1 ? at.end.offset : start + text.length) }
  const line = scan.source.lineText(position.start.line) ?? ''
  const rest = found === -1 ? line : line.replace(text, '')
  const where = scan.strict.find((area) => within(position, area.position))?.where ?? 'text'
  return { text, where, position, wholeLine: position.start.line === position.end.line && !/[\p{L}\p{N}]/u.test(rest) }
}

function within(inner: Position, outer: Position): boolean {
  return outer.start.offset <= inner.start.offset && inner.end.offset <= outer.end.offset && inner.file === outer.file
}

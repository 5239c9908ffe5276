import { labelEnd, setextUnderline } from 'micromark-core-commonmark'
import { gfmFootnote } from 'micromark-extension-gfm-footnote'
import type { Chunk, Code, Construct, Event, Extension, ParseContext, Point, Token, TokenizeContext } from 'micromark-util-types'
import { countedAttention } from './counted-attention.js'
import { countedStrikethrough } from './counted-strikethrough.js'
import { scanCosts } from './scan-cost.js'
import { budgetActive, refuse, spend, UNIT_COSTS } from './work.js'

/**
 * micromark extensions that count the parser's super-linear work against the
 * active budget (src/parse/work.ts), at the places where it happens:
 *
 * - the attention and strikethrough resolvers (counted copies, see
 *   counted-attention.ts), where closing markers walk back for openers;
 * - `]`, which walks back for a footnote call and compares its label with
 *   every definition, and `[^`, which compares with every footnote;
 * - setext underlines, each of which copies the whole document's flow
 *   events;
 * - lazy continuation lines (a line of a list item's or quote's paragraph
 *   without its marker or indent), after each of which micromark walks back
 *   over the paragraph's flow events to see whether it is still open;
 * - each inline content's text, read in full before micromark tokenizes it
 *   (its writes are held back until the last one arrives), so that
 *   forward-scanning attempts (scan-cost.ts) and the merging of adjacent
 *   text (below) are charged before they run.
 *
 * Wrapped core constructs are registered under their own names with the
 * originals disabled, so nothing global is changed: other parsers in the
 * process (the benchmark's floor) keep plain micromark.
 */

const LONG_WALK = 32

/** A `]` walks back over the events until it meets the start of a label or link (micromark-extension-gfm-footnote). */
const FOOTNOTE_WALK_STOPS = new Set(['labelImage', 'gfmFootnoteCall', 'labelLink', 'label', 'image', 'link'])

type Context = TokenizeContext & { [CONTENT]?: InlineContent; _labelStarts?: Token[]; parser: ParseContext & { gfmFootnotes?: string[] } }

/** The inline content a text tokenizer is reading, for counters that report where a run starts. */
interface InlineContent {
  text: string
  /** The document offset just after the content. */
  endOffset: number
  /** Maps an index in `text` to an offset in the document. */
  offset(index: number): number
  runStart?: number
  longWalks: number
}

const CONTENT = Symbol('prfaq-gate inline content')

function wrapTokenize(construct: Construct, before: (context: Context) => void): Construct {
  const tokenize = construct.tokenize
  return {
    ...construct,
    tokenize(this: TokenizeContext, effects, ok, nok) {
      before(this as Context)
      return tokenize.call(this, effects, ok, nok)
    }
  }
}

/** `]`: its label (from the label start to here) is normalised and looked up among the definitions, twice for a full reference. */
const countedLabelEnd = wrapTokenize({ ...labelEnd, name: 'countedLabelEnd' }, (context) => {
  const starts = context._labelStarts
  let top = starts?.length ?? 0
  while (top > 0 && starts![top - 1]!._balanced) top--
  const start = top > 0 ? starts![top - 1] : undefined
  if (!start || start._inactive) return
  const label = context.now().offset - start.end.offset
  const units = label * UNIT_COSTS.normalizedCharacter + 2 * context.parser.defined.length * UNIT_COSTS.comparedString
  if (spend(units, 'link-labels')) refuse('link-labels', starts?.length ?? 0, start.start.offset)
})

const countedSetextUnderline: Construct = {
  ...setextUnderline,
  name: 'countedSetextUnderline',
  resolveTo(events, context) {
    spendFlowEdit(events, 'setext-headings', 'setextHeading')
    return setextUnderline.resolveTo!(events, context)
  }
}

/** A setext heading re-edits (copies and pushes back) all of the document's flow events so far. */
function spendFlowEdit(events: Event[], cause: 'setext-headings', type: string): void {
  if (!spend(events.length * UNIT_COSTS.editedFlowEvent, cause)) return
  // Those before this one (already resolved), and this one.
  const count = events.filter(([kind, token]) => kind === 'enter' && token.type === type).length + 1
  const first = events.find(([, token]) => token.type === type) ?? events.findLast(([, token]) => token.type === 'content' || token.type === 'paragraph')
  refuse(cause, count, first?.[1].start.offset ?? 0)
}

/** GFM footnotes with the walk and look-ups of `]`, `[^` and definitions counted. */
export function countedFootnotes(): Extension {
  const extension = gfmFootnote()
  const text = extension.text as Record<number, Construct>
  const document = extension.document as Record<number, Construct>
  text[93] = wrapTokenize(text[93]!, (context) => {
    const events = context.events
    let index = events.length
    while (index--) if (FOOTNOTE_WALK_STOPS.has(events[index]![1].type)) break
    const steps = events.length - index
    const content = context[CONTENT]
    if (content && steps > LONG_WALK) {
      content.longWalks++
      content.runStart ??= context.now().offset
    }
    const footnotes = context.parser.gfmFootnotes?.length ?? 0
    if (spend(steps * UNIT_COSTS.walkStep + footnotes * UNIT_COSTS.comparedString, 'brackets')) refuse('brackets', content?.longWalks ?? 1, content?.runStart ?? context.now().offset)
  })
  text[91] = wrapTokenize(text[91]!, (context) => {
    const footnotes = context.parser.gfmFootnotes?.length ?? 0
    if (spend(footnotes * UNIT_COSTS.comparedString, 'footnote-calls')) refuse('footnote-calls', countOf(context[CONTENT]?.text ?? '', '[^'), context.now().offset)
  })
  // Each definition is compared with all before it.
  document[91] = wrapTokenize(document[91]!, (context) => {
    const footnotes = context.parser.gfmFootnotes?.length ?? 0
    if (!spend(footnotes * UNIT_COSTS.comparedString, 'footnote-definitions')) return
    const first = context.events.find(([kind, token]) => kind === 'enter' && token.type === 'gfmFootnoteDefinition')
    refuse('footnote-definitions', footnotes, first?.[1].start.offset ?? context.now().offset)
  })
  return extension
}

function countOf(text: string, needle: string): number {
  let count = 0
  for (let i = text.indexOf(needle); i !== -1; i = text.indexOf(needle, i + needle.length)) count++
  return count
}

/**
 * Tried at the start of every flow line before anything else, it never
 * matches: it only hands each text tokenizer of this parse to holdWrites,
 * the first time it sees the parser (the text tokenizers are created later,
 * once the block structure is known).
 */
const textHook: Construct = {
  name: 'prfaqGateTextHook',
  tokenize(this: TokenizeContext, _effects, _ok, nok) {
    const parser = this.parser as ParseContext & { [HOOKED]?: true }
    if (!parser[HOOKED]) {
      parser[HOOKED] = true
      const create = parser.text
      parser.text = (from) => holdWrites(create(from), from?.offset ?? 0)
    }
    if (budgetActive()) countLazyWalks(this)
    return nok
  }
}
const HOOKED = Symbol('prfaq-gate text hook')

/** Per flow tokenizer: the open flow token a lazy line's walk stops at (cached, so that finding it costs the gate nothing per line), the lazy lines that walked to it, and the start of the line being written. */
interface LazyWalk {
  index: number
  lines: number
  /** The start of the line about to be written, from writeToChild's defineSkip. */
  lineStart: Point | undefined
}
const LAZY = Symbol('prfaq-gate lazy walks')
type FlowTokenizer = TokenizeContext & { [LAZY]?: LazyWalk }

/**
 * micromark's document tokenizer writes each line to the flow tokenizer and,
 * when the line was lazy, walks back over the flow's events to the token
 * still open at the line's start (initialize/document.js, writeToChild): a
 * paragraph continued lazily for n lines costs n²/2 steps. The flow
 * tokenizer's writes are wrapped (once, from its first line's hook) to
 * charge that walk after each lazy line.
 */
function countLazyWalks(flow: FlowTokenizer): void {
  if (flow[LAZY]) return
  const walk: LazyWalk = { index: -1, lines: 0, lineStart: undefined }
  flow[LAZY] = walk
  // writeToChild names each line's start with defineSkip just before writing
  // it: keeping that point costs nothing per line, where flow.now() would
  // allocate one for every line of every document.
  const { defineSkip, write } = flow
  flow.defineSkip = (point) => {
    walk.lineStart = point
    defineSkip(point)
  }
  flow.write = (slice) => {
    const start = walk.lineStart
    walk.lineStart = undefined
    const events = write(slice)
    if (start && flow.parser.lazy[start.line]) chargeLazyWalk(flow.events, start.offset, walk)
    return events
  }
}

function chargeLazyWalk(events: Event[], lineStart: number, walk: LazyWalk): void {
  const cached = events[walk.index]
  if (cached?.[0] !== 'enter' || cached[1].end) {
    walk.index = openTokenIndex(events, lineStart)
    walk.lines = 0
  }
  walk.lines++
  const steps = events.length - walk.index
  if (spend(steps * UNIT_COSTS.walkStep, 'lazy-lines')) refuse('lazy-lines', walk.lines, events[walk.index]?.[1].start.offset ?? lineStart)
}

/** The walk micromark makes: back to the first event whose token starts before the line and is still open or ends after its start. */
function openTokenIndex(events: Event[], lineStart: number): number {
  let index = events.length
  while (index--) {
    const token = events[index]![1]
    if (token.start.offset < lineStart && (!token.end || token.end.offset > lineStart)) break
  }
  spend((events.length - index) * UNIT_COSTS.walkStep, 'lazy-lines')
  return index
}

interface HeldWrite {
  slice: Chunk[]
  skip: Point | undefined
  tasklist: boolean | undefined
}

/**
 * Holds a text tokenizer's writes (one per line of the content) until the
 * last, so that the whole content is known; charges its forward scans; then
 * replays the writes exactly as micromark's subtokenizer made them (with the
 * line skips and the task-list flag of each), charges the merging of
 * adjacent text, and only then lets the tokenizer finish and resolve.
 */
function holdWrites(tokenizer: TokenizeContext, start: number): TokenizeContext {
  if (!budgetActive()) return tokenizer
  const write = tokenizer.write
  const defineSkip = tokenizer.defineSkip
  const held: HeldWrite[] = []
  let skip: Point | undefined
  tokenizer.defineSkip = (point) => {
    skip = point
  }
  tokenizer.write = (slice) => {
    if (held.length === 0 && isShortLastSlice(slice)) {
      tokenizer.write = write
      tokenizer.defineSkip = defineSkip
      return write(slice)
    }
    held.push({ slice, skip, tasklist: tokenizer._gfmTasklistFirstContentOfListItem })
    skip = undefined
    if (slice[slice.length - 1] !== null) return []
    const content = inlineContent(held, start)
    ;(tokenizer as Context)[CONTENT] = content
    chargeScans(content)
    tokenizer.defineSkip = defineSkip
    let events: Event[] = []
    held.forEach((entry, i) => {
      if (entry.skip) defineSkip(entry.skip)
      tokenizer._gfmTasklistFirstContentOfListItem = entry.tasklist
      if (i < held.length - 1) {
        write(entry.slice)
        return
      }
      write(entry.slice.slice(0, -1))
      chargeMerges(tokenizer.events, content)
      events = write([null])
    })
    tokenizer._gfmTasklistFirstContentOfListItem = undefined
    return events
  }
  return tokenizer
}

/**
 * Most inline contents (table cells, headings, short items) are one short
 * line: scanning and merging such a content costs at most its length per
 * character, under SHORT_CONTENT steps per character of the document however
 * many there are, so it is not held back (which costs time on every cell).
 */
const SHORT_CONTENT = 64

function isShortLastSlice(slice: Chunk[]): boolean {
  if (slice.length > SHORT_CONTENT || slice[slice.length - 1] !== null) return false
  let length = 0
  for (const chunk of slice) length += typeof chunk === 'string' ? chunk.length : 1
  return length <= SHORT_CONTENT
}

/** The content's text, with an index → document offset map (tabs, CRLF and virtual spaces differ in length). */
function inlineContent(held: HeldWrite[], start: number): InlineContent {
  const parts: string[] = []
  // Parallel: text index where a piece starts, and its document offset.
  const textStarts: number[] = []
  const offsets: number[] = []
  let length = 0
  let offset = start
  for (const { slice, skip } of held) {
    if (skip) offset = skip.offset
    for (const chunk of slice) {
      if (chunk === null) continue
      const text = typeof chunk === 'string' ? chunk : codeText(chunk)
      textStarts.push(length)
      offsets.push(offset)
      parts.push(text)
      length += text.length
      offset += typeof chunk === 'string' ? chunk.length : codeLength(chunk)
    }
  }
  return {
    text: parts.join(''),
    endOffset: offset,
    longWalks: 0,
    offset(index) {
      if (textStarts.length === 0) return start
      let low = 0
      let high = textStarts.length - 1
      while (low < high) {
        const mid = (low + high + 1) >> 1
        if (textStarts[mid]! <= index) low = mid
        else high = mid - 1
      }
      return offsets[low]! + Math.min(index - textStarts[low]!, parts[low]!.length)
    }
  }
}

/** micromark's codes for what is not a plain character: CRLF, LF, CR, tab, virtual space. */
function codeText(code: Code): string {
  return code === -5 || code === -4 || code === -3 ? '\n' : code === -2 ? '\t' : ''
}

function codeLength(code: Code): number {
  return code === -5 ? 2 : code === -1 ? 0 : 1
}

function chargeScans(content: InlineContent): void {
  for (const cost of scanCosts(content.text)) {
    if (spend(cost.characters * UNIT_COSTS.scannedCharacter, cost.cause)) refuse(cost.cause, cost.far, content.offset(cost.firstFar))
  }
}

/**
 * micromark merges adjacent text events at the end (resolveAllText), one
 * splice per group, each shifting every later event: a paragraph full of
 * characters that start no construct (`]`, `!`, `&`, unclosed `[`) costs
 * groups × events. Counted on the events tokenized so far, plus, for the
 * text after them (still inside a pending attempt), one group per
 * punctuation character there.
 */
function chargeMerges(events: Event[], content: InlineContent): void {
  let groups = 0
  let moved = 0
  let first: number | undefined
  // Characters not yet tokenized: inside an attempt still open at the end of the content.
  // (The last token may still be open: no end yet.)
  const last = events[events.length - 1]?.[1]
  const tokenizedTo = last ? ((last.end as Point | undefined) ?? last.start).offset : content.offset(0)
  const tail = Math.min(content.text.length, Math.max(0, content.endOffset - tokenizedTo))
  const finalLength = events.length + 2 * tail
  for (let index = 0; index < events.length; index += 2) {
    if (events[index]![1].type !== 'data') continue
    let end = index
    while (end + 2 < events.length && events[end + 2]![1].type === 'data') end += 2
    if (end > index) {
      groups++
      moved += finalLength - end
      first ??= events[index]![1].start.offset
    }
    index = end
  }
  const tailGroups = countPunctuation(content.text.slice(content.text.length - tail))
  moved += tailGroups * finalLength
  if (spend(moved * UNIT_COSTS.mergedEvent, 'stray-punctuation')) refuse('stray-punctuation', groups + tailGroups, first ?? content.offset(0))
}

/** Characters that can start a token of their own; a run of one emphasis or tilde marker is one token. */
function countPunctuation(text: string): number {
  let count = 0
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    const run = c === 42 || c === 95 || c === 126
    if (run && text.charCodeAt(i - 1) === c) continue
    if (run || c === 33 || c === 38 || c === 60 || c === 91 || c === 92 || c === 93 || c === 96) count++
  }
  return count
}

export { countedStrikethrough }

/** The extension with the hook and the counted core constructs: last in the list, so that its constructs are tried first. */
export function budgetGuardExtensions(): Extension[] {
  return [
    {
      disable: { null: ['attention', 'labelEnd', 'setextUnderline'] },
      flowInitial: { null: [textHook] },
      flow: { 45: countedSetextUnderline, 61: countedSetextUnderline },
      text: { 42: countedAttention, 95: countedAttention, 93: countedLabelEnd },
      insideSpan: { null: [countedAttention] }
    }
  ]
}

import type { Paragraph, PhrasingContent } from 'mdast'
import { type LineIndex, positionOf } from '../../text/positions.js'
import { normalizeLabel } from '../../vocabulary/normalize.js'
import { ANSWER_WORDS } from '../substance.js'
import { textOf } from '../text.js'
import type { Label, LabelStyle, Position } from '../types.js'
import { Q_PREFIX } from './questions.js'

/**
 * What a paragraph (or the first paragraph of a list item) opens with, if it
 * opens with a label: a bold label ("**The problem.** Teams lose…",
 * "**Problem Statement**", "**问题**：…", "**Problem** — …"), a "Q:" line,
 * a lone short line ("Press Release" pasted from a wiki), or a list label
 * ("- Customer problem: …"). Recognising what the label means is the job of
 * the role and question recognisers; this only finds it.
 */
export interface Lead {
  label: Label
  /** Text on the same line after the label ("**Problem.** Teams lose…"). */
  rest?: Chunk | undefined
  /** Nothing follows the label in its paragraph. */
  boldOnly: boolean
  /** The label ends with "." or ":" (or the text after it starts with one, or a dash), as run-in labels do. */
  runIn: boolean
  style: 'bold' | 'line' | 'q-prefix' | 'list' | 'table'
}

/** A run of text under a label. */
export interface Chunk {
  text: string
  position: Position
  /** The mdast type it came from ("paragraph", "list", …), or "run-in" for text after a label. */
  type: string
  /** Inside a block quote: someone's words, not the writer's statement. */
  quote?: boolean
}

// "\s*(?:\d+\s*)?" rather than "\s*\d*\s*": two adjacent \s* backtrack quadratically over a run of spaces.
const BARE_Q_MARKER = /^\s*(?:q|f|p|в|question|frage|pregunta|pergunta|質問|问|問|질문|вопрос)\s*(?:\d+\s*)?(?:[:.：)\]]\s*)?$/iu
export const ANSWER_LABEL = new RegExp(`^(?:${ANSWER_WORDS})\\s*(?:\\d+\\s*)?[:.：)]?$`, 'iu')
const RUN_IN_END = /[.:：。]\s*$/u
const RUN_IN_START = /^\s*[:：.—–-]/u
const RUN_IN_SEPARATOR = /^\s*[:：.—–-]?\s*/u
const COLON = /[:：]/u
const MAX_LIST_LABEL_LENGTH = 60
/** A lone line longer than this is a sentence, not a label. */
const MAX_LINE_LABEL_LENGTH = 80

export function makeLabel(text: string, style: LabelStyle, position: Position): Label {
  const clean = text.replace(/\s+/gu, ' ').trim()
  return { text: clean, key: normalizeLabel(clean).key, style, position }
}

/** The lead of a paragraph, or undefined when it opens with plain text (or with an "A:" answer label). */
export function readLead(paragraph: Paragraph, text: string, lines: LineIndex): Lead | undefined {
  const position = positionOf(paragraph)
  const [first, ...rest] = paragraph.children
  if (first?.type === 'strong') {
    const strongPosition = positionOf(first)
    const strongText = textOf(first.children).trim()
    // "**A:** …" starts an answer; it never opens a question or section.
    if (ANSWER_LABEL.test(strongText)) return undefined
    if (!BARE_Q_MARKER.test(strongText)) {
      const restText = inlineText(rest)
      const runIn = RUN_IN_END.test(strongText) || RUN_IN_START.test(restText)
      const remainder = restText.replace(RUN_IN_SEPARATOR, '').trim()
      const label = makeLabel(strongText, 'bold', strongPosition)
      const restChunk = remainder ? { text: remainder, position: { start: strongPosition.end, end: position.end }, type: 'run-in' } : undefined
      return { label, rest: restChunk, boldOnly: !remainder, runIn, style: 'bold' }
    }
  }
  const firstLine = text.split('\n', 1)[0]!
  if (ANSWER_LABEL.test(firstLine.split(/\s/u, 1)[0] ?? '')) return undefined
  if (Q_PREFIX.test(firstLine)) return qPrefixLead(text, firstLine, position, lines)
  if (!text.includes('\n') && text.length <= MAX_LINE_LABEL_LENGTH) return { label: makeLabel(text, 'line', position), boldOnly: true, runIn: false, style: 'line' }
  return undefined
}

/** "Q: What does it cost? A: $5" or "Q: What does it cost?\nIt is free." */
function qPrefixLead(text: string, firstLine: string, position: Position, lines: LineIndex): Lead {
  const mark = firstLine.search(/[?？]/u)
  const questionText = mark >= 0 ? firstLine.slice(0, mark + 1) : firstLine
  const remainder = text.slice(questionText.length).trim()
  const labelPosition = lines.firstLine(position)
  const rest = remainder ? { text: remainder, position: { start: labelPosition.end, end: position.end }, type: 'run-in' } : undefined
  return { label: makeLabel(questionText, 'bold', labelPosition), rest, boldOnly: !remainder, runIn: true, style: 'q-prefix' }
}

/** "- [ ] Problem : …", "- Customer problem: …": a short label and a colon at the start of a list item. */
export function readListLabel(paragraph: Paragraph, text: string, lines: LineIndex): Lead | undefined {
  const split = splitListLabel(text)
  if (!split) return undefined
  const start = positionOf(paragraph).start
  const labelEnd = lines.pointAt(start.offset + split.colon)
  const label = makeLabel(split.label, 'list', { start, end: labelEnd })
  const rest = split.rest.trim()
  const restChunk = rest ? { text: rest, position: { start: lines.pointAt(start.offset + split.colon + 1), end: positionOf(paragraph).end }, type: 'run-in' } : undefined
  return { label, rest: restChunk, boldOnly: !rest, runIn: true, style: 'list' }
}

/** The text before the first colon (short, on the first line) and after it; written out: a pattern with a bounded lazy repeat backtracks. */
function splitListLabel(text: string): { label: string; rest: string; colon: number } | undefined {
  const colon = text.search(COLON)
  if (colon < 1) return undefined
  const label = text.slice(0, colon).trimEnd()
  if (label === '' || label.length > MAX_LIST_LABEL_LENGTH || label.includes('\n')) return undefined
  return { label, rest: text.slice(colon + 1), colon }
}

function inlineText(nodes: PhrasingContent[]): string {
  return nodes.length === 0 ? '' : textOf(nodes)
}

import type { Heading, List, ListItem, Paragraph, PhrasingContent, Root, RootContent, Table } from 'mdast'
import { CONTAINER_ROLES } from '../vocabulary/default.js'
import type { CompiledVocabulary } from '../vocabulary/match.js'
import { normalizeLabel, words } from '../vocabulary/normalize.js'
import { ANSWER_WORDS } from './substance.js'
import { LineIndex, positionOf, textOf } from './text.js'
import type { Label, LabelStyle, Position, QuestionStyle } from './types.js'

/**
 * The outline is the document's structure as a writer means it: sections
 * opened by headings (any level) and by bold or plain-line labels, questions
 * written as headings, bold lines, "Q:" lines, list items or table rows, and
 * the text under each. Only top-level blocks count as structure: nothing in a
 * code fence, HTML comment, block quote or front matter opens a section.
 */
export interface OutlineNode {
  kind: 'root' | 'section' | 'group' | 'question'
  label?: Label
  /** Vocabulary role of a section (problem, faq, …). */
  role?: string
  questionStyle?: QuestionStyle
  /** Heading depth; bold and line labels sit at fractions below the heading they follow. */
  depth: number
  content: Chunk[]
  children: OutlineNode[]
  /** Closed nodes take no more content (a table row's answer ends with its cell). */
  closed?: boolean
}

/** A run of text under a label. */
export interface Chunk {
  text: string
  position: Position
  /** The mdast type it came from ("paragraph", "list", …), or "run-in" for text after a bold label. */
  type: string
}

type Context = 'none' | 'pressRelease' | 'faq' | 'criteria'

// How far below its heading a non-heading label sits, so that groups contain
// questions and a new heading closes all of them.
const CONTAINER_OFFSET = 0.1
const GROUP_OFFSET = 0.3
const ITEM_OFFSET = 0.6

// "\s*(?:\d+\s*)?" rather than "\s*\d*\s*": two adjacent \s* backtrack quadratically over a run of spaces.
const Q_PREFIX = /^\s*(?:q|question|frage|質問|问题?|問|질문|вопрос)\s*(?:\d+\s*)?[:.：)\]]\s*/iu
const BARE_Q_MARKER = /^\s*(?:q|question|frage|質問|问|問|질문)\s*(?:\d+\s*)?(?:[:.：)\]]\s*)?$/iu
const ANSWER_LABEL = new RegExp(`^(?:${ANSWER_WORDS})\\s*(?:\\d+\\s*)?[:.：)]?$`, 'iu')
const RUN_IN_END = /[.:：。]\s*$/u
const RUN_IN_START = /^\s*[:：.—–-]/u
const COLON = /[:：]/u
const MAX_LIST_LABEL_LENGTH = 60
const MAX_LABEL_WORDS = 12

export class OutlineBuilder {
  private readonly root: OutlineNode = { kind: 'root', depth: 0, content: [], children: [] }
  private readonly stack: OutlineNode[] = [this.root]
  private seenHeading = false
  /** The first heading, when it is an H1: the document's title. */
  title: Label | undefined
  /** Block text, computed once: a paragraph is read when looking for a label and again as content. */
  private readonly texts = new WeakMap<object, string>()

  constructor(
    private readonly vocabulary: CompiledVocabulary,
    private readonly lines: LineIndex
  ) {}

  build(tree: Root): OutlineNode {
    const blocks = tree.children.filter((node) => !isComment(node) && node.type !== 'yaml' && node.type !== 'definition')
    blocks.forEach((block, index) => {
      if (block.type === 'heading') this.addHeading(block)
      else this.addBlock(block, blocks[index + 1])
    })
    return this.root
  }

  // ── headings ────────────────────────────────────────────────────────────

  private addHeading(heading: Heading): void {
    const isTitle = !this.seenHeading && heading.depth === 1
    this.seenHeading = true
    const label = this.label(textOf(heading.children), 'heading', positionOf(heading))
    // A heading ends every bold or line label above it, whatever its level.
    this.popPseudo()
    this.popTo(heading.depth)
    const context = this.context()
    const node: OutlineNode = { kind: 'section', label, depth: heading.depth, content: [], children: [] }

    if (isTitle) {
      this.title = label
      // A document title names the product; it is a section only if it is exactly one ("# Press Release").
      const role = this.vocabulary.sections.best(normalized(label), true)
      if (role) node.role = role
    } else if (context === 'faq' || context === 'criteria') {
      // A question first: "What budget do we need, and who signs off?" is not a sign-off section.
      const role = this.isQuestion(label.text, true) ? undefined : this.containerRole(label)
      if (role) node.role = role
      else if (context === 'criteria' || this.isQuestion(label.text, true)) this.makeQuestion(node, 'heading')
      else node.kind = 'group'
    } else {
      const role = this.vocabulary.sections.best(normalized(label))
      if (role) node.role = role
    }
    this.push(node)
  }

  // ── other blocks ────────────────────────────────────────────────────────

  private addBlock(block: RootContent, next: RootContent | undefined): void {
    const context = this.context()
    if (block.type === 'paragraph' && this.addParagraph(block, context, next)) return
    if (block.type === 'list' && this.addList(block, context)) return
    if (block.type === 'table' && (context === 'faq' || context === 'criteria') && this.addTable(block)) return
    this.appendContent(this.chunkOf(block))
  }

  /** A paragraph that opens a question, group or labelled part. Returns false for plain content. */
  private addParagraph(paragraph: Paragraph, context: Context, next: RootContent | undefined): boolean {
    const lead = this.leadOf(paragraph)
    if (!lead) return false
    if (context === 'faq' || context === 'criteria') {
      // Only a label that is nothing but a container name ("**Internal FAQ**") opens one here.
      const role = lead.style !== 'q-prefix' && lead.boldOnly ? this.containerRole(lead.label, true) : undefined
      if (role) return this.openPseudo({ kind: 'section', role }, lead, CONTAINER_OFFSET)
      const asksQuestion = lead.style === 'q-prefix' || this.isQuestion(lead.label.text, lead.boldOnly)
      if (asksQuestion && (lead.style !== 'line' || /[?？]\s*$/u.test(lead.label.text))) {
        return this.openQuestion(lead, lead.style === 'q-prefix' ? 'q-prefix' : 'bold')
      }
      if (context === 'criteria' && lead.style === 'bold' && (lead.boldOnly || lead.runIn)) {
        return this.openQuestion(lead, 'bold')
      }
      if (lead.style === 'bold' && lead.boldOnly && next && this.opensQuestion(next)) {
        return this.openPseudo({ kind: 'group' }, lead, GROUP_OFFSET)
      }
      return false
    }
    if (lead.style === 'q-prefix') return false
    if (lead.style === 'bold' && !lead.boldOnly && !lead.runIn) return false
    const exact = lead.style === 'line'
    if (words(lead.label.key).length > (exact ? 6 : MAX_LABEL_WORDS)) return false
    const role = this.vocabulary.sections.best(normalized(lead.label), exact)
    if (!role) return false
    // A bold line opens a whole press release or FAQ only when that is all it says ("**FAQ**"),
    // not when it mentions one ("**Working backwards artifact.** Not a press wire…").
    if (isContainer(role) && !exact && !this.vocabulary.sections.best(normalized(lead.label), true)) return false
    return this.openPseudo({ kind: 'section', role }, lead, isContainer(role) ? CONTAINER_OFFSET : ITEM_OFFSET)
  }

  /** Lists of questions ("- Q: …" with nested "- A: …", "1. **…?**"), or of labelled parts ("- Problem: …"). */
  private addList(list: List, context: Context): boolean {
    const inFaq = context === 'faq' || context === 'criteria'
    const leads = list.children.map((item) => this.itemLead(item, inFaq, context === 'criteria'))
    if (!leads.some(Boolean)) return false
    list.children.forEach((item, index) => {
      const lead = leads[index]
      const rest = item.children.slice(1).map((child) => this.chunkOf(child))
      if (!lead) {
        this.appendContent(this.chunkOf(item))
        return
      }
      if (lead.question) this.openQuestion(lead, 'list')
      else this.openPseudo({ kind: 'section', role: lead.role! }, lead, isContainer(lead.role!) ? CONTAINER_OFFSET : ITEM_OFFSET)
      for (const chunk of rest) this.appendContent(chunk)
    })
    return true
  }

  private itemLead(item: ListItem, inFaq: boolean, inCriteria: boolean): (Lead & { question?: boolean; role?: string }) | undefined {
    const first = item.children[0]
    if (first?.type !== 'paragraph') return undefined
    const lead = this.leadOf(first)
    if (inFaq && lead) {
      const nested = item.children.length > 1
      const question =
        lead.style === 'q-prefix' ||
        (lead.style === 'bold' && this.isQuestion(lead.label.text, lead.boldOnly)) ||
        (lead.style === 'line' && nested && lead.label.text.trim().endsWith('?')) ||
        (inCriteria && lead.style === 'bold')
      if (question) return { ...lead, question: true }
    }
    if (inFaq) return inCriteria ? this.listLabel(first, true) : undefined
    return this.listLabel(first, false)
  }

  /** "- [ ] Problem : …", "- Customer problem: …" — a label and a colon at the start of an item. */
  private listLabel(paragraph: Paragraph, asQuestion: boolean): (Lead & { question?: boolean; role?: string }) | undefined {
    const text = this.textOf(paragraph)
    const match = splitListLabel(text)
    if (!match) return undefined
    const labelText = match.label.trim()
    if (words(labelText).length > 6) return undefined
    const start = positionOf(paragraph).start
    const labelEnd = this.lines.pointAt(start.offset + Math.min(text.indexOf(':') >= 0 ? text.indexOf(':') : labelText.length, labelText.length + 2))
    const label = this.label(labelText, 'list', { start, end: labelEnd })
    const rest = match.rest.trim()
    const restChunk = rest ? { text: rest, position: { start: labelEnd, end: positionOf(paragraph).end }, type: 'run-in' } : undefined
    if (asQuestion) return { label, rest: restChunk, boldOnly: !rest, runIn: true, style: 'list', question: true }
    const role = this.vocabulary.sections.best(normalized(label))
    if (!role || (isContainer(role) && !this.vocabulary.sections.best(normalized(label), true))) return undefined
    return { label, rest: restChunk, boldOnly: !rest, runIn: true, style: 'list', role }
  }

  /** A table whose header has a Question column and an Answer column. */
  private addTable(table: Table): boolean {
    const [header, ...rows] = table.children
    if (!header) return false
    const names = header.children.map((cell) => normalizeLabel(textOf(cell)).key)
    const questionColumn = names.findIndex((name) => /^(?:q|questions?|frage|fragen|質問|问题|질문|вопрос)$/u.test(name))
    const answerColumn = names.findIndex((name) => /^(?:a|answers?|antwort|antworten|回答|答案|답변|ответ)$/u.test(name))
    if (questionColumn < 0 || answerColumn < 0) return false
    for (const row of rows) {
      const questionCell = row.children[questionColumn]
      const answerCell = row.children[answerColumn]
      if (!questionCell) continue
      const label = this.label(textOf(questionCell), 'table', positionOf(questionCell))
      this.openQuestion({ label, boldOnly: true, runIn: false, style: 'table' }, 'table')
      if (answerCell) this.appendContent({ text: textOf(answerCell), position: positionOf(answerCell), type: 'tableCell' })
    }
    const last = this.stack[this.stack.length - 1]!
    if (last.questionStyle === 'table') last.closed = true
    return true
  }

  // ── recognising labels ──────────────────────────────────────────────────

  /** What a paragraph opens with: a bold label, a "Q:" line or a lone short line. */
  private leadOf(paragraph: Paragraph): Lead | undefined {
    const position = positionOf(paragraph)
    const [first, ...rest] = paragraph.children
    if (first?.type === 'strong') {
      const strongPosition = positionOf(first)
      const strongText = textOf(first.children).trim()
      // "**A:** …" starts an answer; it never opens a question or section.
      if (ANSWER_LABEL.test(strongText)) return undefined
      const restText = inlineText(rest)
      if (!BARE_Q_MARKER.test(strongText)) {
        const runIn = RUN_IN_END.test(strongText) || RUN_IN_START.test(restText)
        const remainder = restText.replace(/^\s*[:：.—–-]?\s*/u, '')
        const label = this.label(strongText, 'bold', strongPosition)
        const restChunk = remainder.trim()
          ? { text: remainder.trim(), position: { start: strongPosition.end, end: position.end }, type: 'run-in' }
          : undefined
        return { label, rest: restChunk, boldOnly: !remainder.trim(), runIn, style: 'bold' }
      }
    }
    const text = this.textOf(paragraph)
    const firstLine = text.split('\n', 1)[0]!
    if (ANSWER_LABEL.test(firstLine.split(/\s/u, 1)[0] ?? '')) return undefined
    if (Q_PREFIX.test(firstLine)) return this.qPrefixLead(text, firstLine, position)
    if (!text.includes('\n') && text.length <= 80) {
      return { label: this.label(text, 'line', position), boldOnly: true, runIn: false, style: 'line' }
    }
    return undefined
  }

  /** "Q: What does it cost? A: $5" or "Q: What does it cost?\nIt is free." */
  private qPrefixLead(text: string, firstLine: string, position: Position): Lead {
    const mark = firstLine.search(/[?？]/u)
    const questionText = mark >= 0 ? firstLine.slice(0, mark + 1) : firstLine
    const remainder = text.slice(questionText.length).trim()
    const labelPosition = this.lines.firstLine(position)
    const rest = remainder
      ? { text: remainder, position: { start: labelPosition.end, end: position.end }, type: 'run-in' }
      : undefined
    return { label: this.label(questionText, 'bold', labelPosition), rest, boldOnly: !remainder, runIn: true, style: 'q-prefix' }
  }

  private isQuestion(text: string, standalone: boolean): boolean {
    const trimmed = text.trim()
    if (Q_PREFIX.test(trimmed) || /[?？]/u.test(trimmed)) return true
    if (!standalone) return false
    const first = words(trimmed.normalize('NFKC').toLowerCase())[0]
    return first !== undefined && this.vocabulary.interrogatives.has(first)
  }

  private opensQuestion(block: RootContent): boolean {
    if (block.type === 'paragraph') {
      const lead = this.leadOf(block)
      return !!lead && (lead.style === 'q-prefix' || (lead.style === 'bold' && this.isQuestion(lead.label.text, lead.boldOnly)))
    }
    if (block.type === 'list') return block.children.some((item) => !!this.itemLead(item, true, false))
    return false
  }

  /**
   * Inside an FAQ only the external/internal split and a Bezos-criteria
   * section open containers; "Technical FAQs" is a topic group of the FAQ.
   */
  private containerRole(label: Label, exact = false): string | undefined {
    const role = this.vocabulary.sections.best(normalized(label), exact)
    return role === 'faqExternal' || role === 'faqInternal' || role === 'criteria' || role === 'appendix' ? role : undefined
  }

  private textOf(node: RootContent | ListItem): string {
    let text = this.texts.get(node)
    if (text === undefined) {
      text = textOf(node)
      this.texts.set(node, text)
    }
    return text
  }

  private chunkOf(node: RootContent | ListItem): Chunk {
    return { text: this.textOf(node), position: positionOf(node), type: node.type }
  }

  private label(text: string, style: LabelStyle, position: Position): Label {
    const clean = text.replace(/\s+/gu, ' ').trim()
    return { text: clean, key: normalizeLabel(clean).key, style, position }
  }

  // ── the section stack ───────────────────────────────────────────────────

  /** Opens a question under the current heading; always returns true (the block was consumed). */
  private openQuestion(lead: Lead, style: QuestionStyle): true {
    const text = lead.label.text.replace(Q_PREFIX, '').trim() || lead.label.text
    return this.openPseudo({ kind: 'question', questionStyle: style }, { ...lead, label: { ...lead.label, text } }, ITEM_OFFSET)
  }

  /** Opens a section, group or question that a bold, line, list or table label starts; returns true. */
  private openPseudo(shape: Pick<OutlineNode, 'kind' | 'role' | 'questionStyle'>, lead: Lead, offset: number): true {
    const depth = this.headingDepth() + offset
    this.popTo(depth)
    const node: OutlineNode = { kind: shape.kind, label: lead.label, depth, content: [], children: [] }
    if (shape.role !== undefined) node.role = shape.role
    if (shape.questionStyle !== undefined) node.questionStyle = shape.questionStyle
    this.push(node)
    if (lead.rest) node.content.push(lead.rest)
    return true
  }

  private makeQuestion(node: OutlineNode, style: QuestionStyle): void {
    node.kind = 'question'
    node.questionStyle = style
    node.label = { ...node.label!, text: node.label!.text.replace(Q_PREFIX, '').trim() || node.label!.text }
  }

  private push(node: OutlineNode): void {
    this.stack[this.stack.length - 1]!.children.push(node)
    this.stack.push(node)
  }

  private popPseudo(): void {
    while (this.stack.length > 1 && !Number.isInteger(this.stack[this.stack.length - 1]!.depth)) this.stack.pop()
  }

  private popTo(depth: number): void {
    while (this.stack.length > 1 && this.stack[this.stack.length - 1]!.depth >= depth) this.stack.pop()
  }

  private headingDepth(): number {
    for (let i = this.stack.length - 1; i >= 0; i--) {
      const node = this.stack[i]!
      if (Number.isInteger(node.depth)) return node.depth
    }
    return 0
  }

  private appendContent(chunk: Chunk): void {
    while (this.stack.length > 1 && this.stack[this.stack.length - 1]!.closed) this.stack.pop()
    this.stack[this.stack.length - 1]!.content.push(chunk)
  }

  private context(): Context {
    for (let i = this.stack.length - 1; i >= 0; i--) {
      const node = this.stack[i]!
      // Questions and groups live inside an FAQ or criteria section: that container decides.
      if (node.kind === 'question' || node.kind === 'group') continue
      if (node.role === 'criteria') return 'criteria'
      if (node.role === 'faq' || node.role === 'faqExternal' || node.role === 'faqInternal') return 'faq'
      if (node.role === 'pressRelease') return 'pressRelease'
      // An appendix or approval section under an FAQ heading is not part of the FAQ.
      if (node.role === 'appendix') return 'none'
    }
    return 'none'
  }
}

interface Lead {
  label: Label
  /** Text on the same line after the label ("**Problem.** Teams lose…"). */
  rest?: Chunk | undefined
  /** Nothing follows the label in its paragraph. */
  boldOnly: boolean
  /** The label ends with "." or ":" (or the text after it starts with one), as run-in labels do. */
  runIn: boolean
  style: 'bold' | 'line' | 'q-prefix' | 'list' | 'table'
}

function isContainer(role: string): boolean {
  return (CONTAINER_ROLES as readonly string[]).includes(role)
}

function isComment(node: RootContent): boolean {
  return node.type === 'html' && node.value.trimStart().startsWith('<!--')
}


function inlineText(nodes: PhrasingContent[]): string {
  return nodes.length === 0 ? '' : textOf(nodes)
}

function normalized(label: Label) {
  return normalizeLabel(label.text)
}

/**
 * "Customer problem: …" → label and rest: the text before the first colon is
 * the label when it has 1–60 characters on one line (whitespace may follow it
 * before the colon). Written out rather than as one pattern with a bounded
 * lazy repeat, which regular-expression analysers cannot check in reasonable time.
 */
function splitListLabel(text: string): { label: string; rest: string } | undefined {
  const colon = text.search(COLON)
  if (colon < 1) return undefined
  const before = text.slice(0, colon)
  const label = before.slice(0, Math.max(1, before.trimEnd().length))
  if (label.length > MAX_LIST_LABEL_LENGTH || label.includes('\n')) return undefined
  return { label, rest: text.slice(colon + 1) }
}

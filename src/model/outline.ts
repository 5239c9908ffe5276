import { type HeadingReading, type ItemReading, isContainer, type LeadReading, type ListReading, type Reading, type TableReading } from './classify.js'
import type { Chunk, Lead } from './recognise/leads.js'
import { Q_PREFIX } from './recognise/questions.js'
import type { Label, QuestionStyle } from './types.js'

/**
 * The third stage of the model pipeline: the document's structure as a
 * writer means it, from the readings of its blocks. Sections are opened by
 * headings (any level) and by bold, plain-line and list labels; questions by
 * headings, bold lines, "Q:" lines, list items and table rows; the text under
 * each is its content. Which reading of a block applies depends on where it
 * stands: inside an FAQ a bold question opens a question, in a press release
 * it is a sentence.
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

export interface Outline {
  root: OutlineNode
  /** The first heading, when it is an H1: the document's title. */
  title?: Label
}

type Context = 'none' | 'pressRelease' | 'faq' | 'criteria'

// How far below its heading a non-heading label sits, so that groups contain
// questions and a new heading closes all of them.
const CONTAINER_OFFSET = 0.1
const GROUP_OFFSET = 0.3
const ITEM_OFFSET = 0.6
const FAQ_ROLES = new Set(['faq', 'faqExternal', 'faqInternal'])
/** Inside an FAQ only these open containers; "Technical FAQs" is a topic group of the FAQ. */
const FAQ_CONTAINER_ROLES = new Set(['faqExternal', 'faqInternal', 'criteria', 'appendix'])

export function buildOutline(readings: Reading[]): Outline {
  return new OutlineBuilder(readings).build()
}

class OutlineBuilder {
  private readonly root: OutlineNode = { kind: 'root', depth: 0, content: [], children: [] }
  private readonly stack: OutlineNode[] = [this.root]
  private title: Label | undefined
  /** No FAQ heading anywhere, yet "Q:" questions: they make an FAQ of their own. */
  private readonly implicitFaq: boolean

  constructor(private readonly readings: Reading[]) {
    this.implicitFaq = !readings.some(opensFaq) && readings.some((reading) => reading.kind === 'lead' && isQLabel(reading.lead))
  }

  build(): Outline {
    this.readings.forEach((reading, index) => {
      if (reading.kind === 'heading') this.addHeading(reading, index)
      else if (reading.kind === 'lead') this.addLead(reading, index)
      else if (reading.kind === 'list') this.addList(reading)
      else if (reading.kind === 'table') this.addTable(reading)
      else this.appendContent(reading.chunk)
    })
    return this.title ? { root: this.root, title: this.title } : { root: this.root }
  }

  // ── headings ────────────────────────────────────────────────────────────

  private addHeading(heading: HeadingReading, index: number): void {
    const isTitle = index === this.firstHeadingIndex() && heading.depth === 1
    const { label } = heading
    // A heading ends every bold or line label above it, whatever its level.
    this.popPseudo()
    this.popTo(heading.depth)
    const insideQuestion = this.enclosingHeadingQuestion()
    const context = this.context()
    const node: OutlineNode = { kind: 'section', label, depth: heading.depth, content: [], children: [] }

    if (isTitle) {
      this.title = label
      // A title names the product; it is a section only if it is exactly one ("# Press Release").
      // "# FAQ" over a whole PR/FAQ (a page title from a wiki export) is not the FAQ.
      const role = heading.exactRole
      if (role && !(role === 'faq' && this.pressReleaseFollows(index))) node.role = role
    } else if (context === 'faq' || context === 'criteria') {
      // A question first: "What budget do we need, and who signs off?" is not a sign-off section.
      const role = heading.question ? undefined : faqContainerRole(heading.role)
      if (role) node.role = role
      else if (insideQuestion && !/[?？]\s*$/u.test(label.text)) {
        // "#### Background" or "#### What changes" under "### What are we launching?" is part of the answer.
      } else if (context === 'criteria' || heading.question || this.isEntry(index)) this.makeQuestion(node, 'heading')
      else node.kind = 'group'
    } else if (heading.role) {
      node.role = heading.role
    } else if (context === 'none' && heading.question && /[?？]\s*$/u.test(label.text)) {
      // "### What is the high-level implementation plan?" under "## Technical Design": a question the document answers.
      this.makeQuestion(node, 'heading')
    }
    this.push(node)
  }

  /** The question heading the stack is inside (after popping to a new heading's level), if any. */
  private enclosingHeadingQuestion(): OutlineNode | undefined {
    return this.stack.find((node) => node.kind === 'question' && node.questionStyle === 'heading')
  }

  /**
   * A heading in an FAQ that is not a question but has text and no question
   * under it ("### Pricing" followed by the answer) is an entry, answered like
   * a question; one with questions under it is a group.
   */
  private isEntry(index: number): boolean {
    const heading = this.readings[index] as HeadingReading
    let hasContent = false
    for (let i = index + 1; i < this.readings.length; i++) {
      const next = this.readings[i]!
      if (next.kind === 'heading') return hasContent && !(next.depth > heading.depth && next.question)
      if (isQuestionReading(next)) return false
      hasContent = true
    }
    return hasContent
  }

  private firstHeadingIndex(): number {
    return this.readings.findIndex((reading) => reading.kind === 'heading')
  }

  /** A press release (or a part of one) comes before any question: the title above it is not an FAQ. */
  private pressReleaseFollows(index: number): boolean {
    for (let i = index + 1; i < this.readings.length; i++) {
      const next = this.readings[i]!
      if (isQuestionReading(next)) return false
      const role = next.kind === 'heading' || next.kind === 'lead' ? next.role : undefined
      if (role && !isContainer(role)) return true
      if (role === 'pressRelease') return true
    }
    return false
  }

  // ── paragraphs that open something ──────────────────────────────────────

  private addLead(reading: LeadReading, index: number): void {
    const { lead } = reading
    const context = this.context()
    if (context === 'faq' || context === 'criteria') {
      if (this.addFaqLead(reading, index, context)) return
    } else if ((this.implicitFaq || context === 'none') && isQLabel(lead)) {
      // "Q:" marks a question wherever it stands: under "## Plan" after the FAQ, or with no FAQ heading at all.
      this.openQuestion(lead, lead.style === 'q-prefix' ? 'q-prefix' : 'bold')
      return
    } else if (reading.role && lead.style !== 'q-prefix') {
      this.openPseudo({ kind: 'section', role: reading.role }, lead, isContainer(reading.role) ? CONTAINER_OFFSET : ITEM_OFFSET)
      return
    }
    this.appendContent(reading.chunk)
  }

  private addFaqLead(reading: LeadReading, index: number, context: Context): boolean {
    const { lead } = reading
    // Only a label that is nothing but a container name ("**Internal FAQ**") opens one here.
    const role = lead.style !== 'q-prefix' && lead.boldOnly ? faqContainerRole(reading.exactRole) : undefined
    if (role) return this.openPseudo({ kind: 'section', role }, lead, CONTAINER_OFFSET)
    if (reading.question) return this.openQuestion(lead, lead.style === 'q-prefix' ? 'q-prefix' : 'bold')
    if (context === 'criteria' && lead.style === 'bold' && (lead.boldOnly || lead.runIn)) return this.openQuestion(lead, 'bold')
    const next = this.readings[index + 1]
    if (lead.style === 'bold' && lead.boldOnly && next && isQuestionReading(next)) return this.openPseudo({ kind: 'group' }, lead, GROUP_OFFSET)
    return false
  }

  /** Lists of questions ("- Q: …" with nested "- A: …", "1. **…?**"), or of labelled parts ("- Problem: …"). */
  private addList(reading: ListReading): void {
    const context = this.context()
    const inFaq = context === 'faq' || context === 'criteria'
    const qLabels = this.implicitFaq || context === 'none'
    const opens = (item: ItemReading) =>
      inFaq ? item.question || (context === 'criteria' && !!item.lead && item.lead.style !== 'line') : !!item.role || (qLabels && !!item.lead && isQLabel(item.lead))
    if (!reading.items.some(opens)) {
      this.appendContent(reading.chunk)
      return
    }
    for (const item of reading.items) {
      if (!opens(item)) {
        this.appendContent(item.chunk)
        continue
      }
      if (inFaq || item.question) this.openQuestion(item.lead!, 'list')
      else this.openPseudo({ kind: 'section', role: item.role! }, item.lead!, isContainer(item.role!) ? CONTAINER_OFFSET : ITEM_OFFSET)
      for (const chunk of item.rest) this.appendContent(chunk)
    }
  }

  /** A table whose header has a Question column and an Answer column; any other table is content. */
  private addTable(reading: TableReading): void {
    const context = this.context()
    if (!reading.rows || (context !== 'faq' && context !== 'criteria')) {
      this.appendContent(reading.chunk)
      return
    }
    for (const row of reading.rows) {
      this.openQuestion({ label: row.label, boldOnly: true, runIn: false, style: 'table' }, 'table')
      if (row.answer) this.appendContent(row.answer)
    }
    const last = this.stack[this.stack.length - 1]!
    if (last.questionStyle === 'table') last.closed = true
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
      if (node.role && FAQ_ROLES.has(node.role)) return 'faq'
      if (node.role === 'pressRelease') return 'pressRelease'
      // An appendix or approval section under an FAQ heading is not part of the FAQ.
      if (node.role === 'appendix') return 'none'
    }
    return 'none'
  }
}

/** "Q: …", as a line or in bold: a question wherever it stands. */
function isQLabel(lead: Lead): boolean {
  return lead.style === 'q-prefix' || (lead.style === 'bold' && Q_PREFIX.test(lead.label.text))
}

function faqContainerRole(role: string | undefined): string | undefined {
  return role && FAQ_CONTAINER_ROLES.has(role) ? role : undefined
}

function opensFaq(reading: Reading): boolean {
  const role = reading.kind === 'heading' ? reading.role : reading.kind === 'lead' ? reading.exactRole : undefined
  return role !== undefined && (FAQ_ROLES.has(role) || role === 'criteria')
}

/** A reading that opens a question wherever questions count. */
function isQuestionReading(reading: Reading): boolean {
  if (reading.kind === 'lead') return reading.question
  if (reading.kind === 'list') return reading.items.some((item) => item.question)
  if (reading.kind === 'table') return reading.rows !== undefined
  return false
}

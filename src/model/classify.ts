import type { Heading, List, ListItem, Paragraph, Root, RootContent, Table } from 'mdast'
import { type LineIndex, positionOf } from '../text/positions.js'
import { CONTAINER_ROLES } from '../vocabulary/default.js'
import type { CompiledVocabulary } from '../vocabulary/match.js'
import { normalizeLabel, words } from '../vocabulary/normalize.js'
import { type Chunk, type Lead, makeLabel, readLead, readListLabel } from './recognise/leads.js'
import { isQuestion } from './recognise/questions.js'
import { type TextCache, textOf } from './text.js'
import type { Label } from './types.js'

/**
 * The second stage of the model pipeline: each top-level block of the
 * document, read for what it could be — a heading, a label that opens a
 * part, a question, a list or table of them, or plain content — with what
 * the recognisers found. Readings do not know where they stand; the outline
 * (the next stage) decides, from the context, which reading applies: a bold
 * "**Internal FAQ**" opens a container anywhere, a bold question only counts
 * as one inside an FAQ.
 */
export type Reading = HeadingReading | LeadReading | ListReading | TableReading | ContentReading

export interface HeadingReading {
  kind: 'heading'
  depth: number
  label: Label
  /** The section role its text names (problem, faq, …), if any. */
  role?: string | undefined
  /** The role when the text is nothing but the role's name ("FAQ", "Press Release"). */
  exactRole?: string | undefined
  question: boolean
}

export interface LeadReading {
  kind: 'lead'
  lead: Lead
  role?: string | undefined
  exactRole?: string | undefined
  /** Reads as a question (bold, "Q:" or a line ending with "?"). */
  question: boolean
  chunk: Chunk
}

export interface ListReading {
  kind: 'list'
  items: ItemReading[]
  chunk: Chunk
}

export interface ItemReading {
  lead?: Lead | undefined
  /** The item opens with a question ("- Q: …", "1. **…?**"). */
  question: boolean
  /** The item's first paragraph is a list label naming a part ("- Problem: …"). */
  role?: string | undefined
  /** The item as a whole, for plain content. */
  chunk: Chunk
  /** The item's other blocks (nested "- A: …" answers, paragraphs). */
  rest: Chunk[]
}

export interface TableReading {
  kind: 'table'
  /** Rows of a Question | Answer table; undefined for any other table. */
  rows?: Array<{ label: Label; answer?: Chunk }>
  chunk: Chunk
}

export interface ContentReading {
  kind: 'content'
  chunk: Chunk
}

/** A bold or list label longer than this is a sentence that starts in bold, not a label. */
const MAX_LABEL_WORDS = 12
/** A plain line must be short to be a label: ordinary sentences would match otherwise. */
const MAX_LINE_LABEL_WORDS = 6
const QUESTION_COLUMN = /^(?:q|questions?|frage|fragen|質問|问题|질문|вопрос)$/u
const ANSWER_COLUMN = /^(?:a|answers?|antwort|antworten|回答|答案|답변|ответ)$/u

export function classify(tree: Root, vocabulary: CompiledVocabulary, lines: LineIndex, texts: TextCache): Reading[] {
  const reader = new BlockReader(vocabulary, lines, texts)
  return tree.children.filter((node) => !isComment(node) && node.type !== 'yaml' && node.type !== 'definition').map((node) => reader.read(node))
}

class BlockReader {
  constructor(
    private readonly vocabulary: CompiledVocabulary,
    private readonly lines: LineIndex,
    private readonly texts: TextCache
  ) {}

  read(node: RootContent): Reading {
    switch (node.type) {
      case 'heading':
        return this.heading(node)
      case 'paragraph':
        return this.paragraph(node) ?? this.content(node)
      case 'list':
        return this.list(node)
      case 'table':
        return { kind: 'table', ...this.tableRows(node), chunk: this.chunkOf(node) }
      default:
        return this.content(node)
    }
  }

  private heading(heading: Heading): HeadingReading {
    const label = makeLabel(textOf(heading.children, this.texts), 'heading', positionOf(heading))
    return { kind: 'heading', depth: heading.depth, label, ...this.roles(label), question: isQuestion(label.text, true, this.vocabulary) }
  }

  private paragraph(paragraph: Paragraph): LeadReading | undefined {
    const chunk = this.chunkOf(paragraph)
    const lead = readLead(paragraph, chunk.text, this.lines)
    if (!lead) return undefined
    const question = lead.style === 'q-prefix' || (lead.style === 'line' ? /[?？]\s*$/u.test(lead.label.text) : isQuestion(lead.label.text, lead.boldOnly, this.vocabulary))
    return { kind: 'lead', lead, ...this.leadRoles(lead), question, chunk }
  }

  /** The roles a lead's label names, when it is short enough and written as a label. */
  private leadRoles(lead: Lead): { role?: string | undefined; exactRole?: string | undefined } {
    if (lead.style === 'q-prefix') return {}
    // A bold phrase that starts a sentence ("**Problem solvers** love it") is not a label.
    if (lead.style === 'bold' && !lead.boldOnly && !lead.runIn) return {}
    const limit = lead.style === 'line' ? MAX_LINE_LABEL_WORDS : MAX_LABEL_WORDS
    if (words(lead.label.key).length > limit) return {}
    const roles = this.roles(lead.label)
    // A plain line must be exactly a role's name; so must a bold line naming a whole container
    // ("**FAQ**"), not one that mentions it ("**Working backwards artifact.** Not a press wire…").
    if (lead.style === 'line') return { role: roles.exactRole, exactRole: roles.exactRole }
    if (roles.role && isContainer(roles.role) && !roles.exactRole) return {}
    return roles
  }

  private roles(label: Label): { role?: string | undefined; exactRole?: string | undefined } {
    const normalized = normalizeLabel(label.text)
    return { role: this.vocabulary.sections.best(normalized), exactRole: this.vocabulary.sections.best(normalized, true) }
  }

  private list(list: List): ListReading {
    return { kind: 'list', items: list.children.map((item) => this.item(item)), chunk: this.chunkOf(list) }
  }

  private item(item: ListItem): ItemReading {
    const chunk = this.chunkOf(item)
    const rest = item.children.slice(1).map((child) => this.chunkOf(child))
    const first = item.children[0]
    if (first?.type !== 'paragraph') return { question: false, chunk, rest }
    const text = textOf(first, this.texts)
    const lead = readLead(first, text, this.lines)
    const nested = item.children.length > 1
    if (lead) {
      const question =
        lead.style === 'q-prefix' || (lead.style === 'bold' && isQuestion(lead.label.text, lead.boldOnly, this.vocabulary)) || (lead.style === 'line' && nested && /[?？]\s*$/u.test(lead.label.text))
      if (question) return { lead, question: true, chunk, rest }
      // "- **Problem** — teams lose a day", "- **問題**：…": a bold label with a dash or colon.
      if (lead.style === 'bold' && (lead.boldOnly || lead.runIn)) {
        const role = this.leadRoles(lead).role
        if (role) return { lead, question: false, role, chunk, rest }
      }
    }
    const label = readListLabel(first, text, this.lines)
    if (label && words(label.label.key).length <= MAX_LINE_LABEL_WORDS) {
      const roles = this.roles(label.label)
      const role = roles.role && isContainer(roles.role) && !roles.exactRole ? undefined : roles.role
      if (role) return { lead: label, question: false, role, chunk, rest }
    }
    // No part named: the lead still matters in a Bezos-criteria section ("- **Plan:** TBD").
    return { lead: lead && lead.style !== 'line' ? lead : (label ?? lead), question: false, chunk, rest }
  }

  /** A table whose header has a Question column and an Answer column. */
  private tableRows(table: Table): { rows?: Array<{ label: Label; answer?: Chunk }> } {
    const [header, ...rows] = table.children
    if (!header) return {}
    const names = header.children.map((cell) => normalizeLabel(textOf(cell, this.texts)).key)
    const questionColumn = names.findIndex((name) => QUESTION_COLUMN.test(name))
    const answerColumn = names.findIndex((name) => ANSWER_COLUMN.test(name))
    if (questionColumn < 0 || answerColumn < 0) return {}
    return {
      rows: rows.flatMap((row) => {
        const questionCell = row.children[questionColumn]
        const answerCell = row.children[answerColumn]
        if (!questionCell) return []
        const label = makeLabel(textOf(questionCell, this.texts), 'table', positionOf(questionCell))
        return [answerCell ? { label, answer: { text: textOf(answerCell, this.texts), position: positionOf(answerCell), type: 'tableCell' } } : { label }]
      })
    }
  }

  private content(node: RootContent): ContentReading {
    return { kind: 'content', chunk: this.chunkOf(node) }
  }

  private chunkOf(node: RootContent | ListItem): Chunk {
    const chunk: Chunk = { text: textOf(node, this.texts), position: positionOf(node), type: node.type }
    if (node.type === 'blockquote') chunk.quote = true
    return chunk
  }
}

export function isContainer(role: string): boolean {
  return (CONTAINER_ROLES as readonly string[]).includes(role)
}

function isComment(node: RootContent): boolean {
  return node.type === 'html' && node.value.trimStart().startsWith('<!--')
}

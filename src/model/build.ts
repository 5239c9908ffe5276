import type { Root } from 'mdast'
import type { FrontMatter } from '../parse/front-matter.js'
import { CONTAINER_ROLES, PRESS_RELEASE_PARTS } from '../vocabulary/default.js'
import type { CompiledVocabulary } from '../vocabulary/match.js'
import { countWords, normalizeLabel } from '../vocabulary/normalize.js'
import { OutlineBuilder, type Chunk, type OutlineNode } from './outline.js'
import { assessContent, minWordsFor, type SubstanceOptions } from './substance.js'
import { span, type LineIndex } from './text.js'
import type { Content, Criteria, Faq, FaqGroup, Label, PrFaqModel, Question, Section } from './types.js'

export interface BuildInput {
  tree: Root
  lines: LineIndex
  frontMatter?: FrontMatter | undefined
  vocabulary: CompiledVocabulary
  substance: SubstanceOptions
}

const FAQ_GROUP_ROLES: Record<string, FaqGroup['kind']> = { faqExternal: 'external', faqInternal: 'internal' }
const FAQ_ROLES = new Set(['faq', 'faqExternal', 'faqInternal'])
const NO_CONTAINER: OutlineNode = { kind: 'root', depth: 0, content: [], children: [] }
/** Paragraphs shorter than this are not taken as an unlabelled problem statement. */
const PROBLEM_HINT_MIN_WORDS = 12
/** Distinct problem words a paragraph needs ("struggle", "hours", …) to be taken for the problem statement. */
const PROBLEM_HINT_MIN_SIGNALS = 2

/** mdast → the PR/FAQ model the schema and rules read. */
export function buildModel(input: BuildInput): PrFaqModel {
  const outline = new OutlineBuilder(input.vocabulary, input.lines)
  const root = outline.build(input.tree)
  return new ModelAssembler(input).assemble(root, outline.title)
}

class ModelAssembler {
  private readonly model: PrFaqModel = { parts: {}, sections: [], hints: {} }
  private faq: Faq | undefined
  private criteria: Criteria | undefined
  /** Implicit "general" group per FAQ container, for questions written directly under it. */
  private readonly generalGroups = new Map<OutlineNode, number>()

  constructor(private readonly input: BuildInput) {}

  assemble(root: OutlineNode, title: Label | undefined): PrFaqModel {
    const { frontMatter } = this.input
    if (frontMatter?.data) this.model.frontMatter = { data: frontMatter.data, position: frontMatter.position }
    if (title) this.model.title = { text: title.text, position: title.position }
    else if (frontMatter?.data && typeof frontMatter.data.title === 'string') {
      this.model.title = { text: frontMatter.data.title, position: frontMatter.position }
    }

    this.visit(root, [])
    if (this.faq) this.model.faq = this.faq
    if (this.criteria) this.model.criteria = this.criteria
    this.pickParts()
    if (!this.model.parts.problem) this.findProblemHint(root)
    return this.model
  }

  private visit(node: OutlineNode, ancestors: OutlineNode[]): void {
    if (node.kind === 'question') this.addQuestion(node, ancestors)
    else if (node.label) this.addSection(node, ancestors)
    const path = [...ancestors, node]
    for (const child of node.children) this.visit(child, path)
  }

  private addSection(node: OutlineNode, ancestors: OutlineNode[]): void {
    const label = node.label!
    const minWords = minWordsFor(this.input.substance, [], node.role)
    const section: Section = { label, depth: node.depth, content: this.content(sectionChunks(node), minWords) }
    if (node.role) section.role = node.role
    this.model.sections.push(section)

    if (node.role === 'pressRelease' && !this.model.pressRelease) this.model.pressRelease = section
    if (node.role === 'criteria' && !this.criteria) this.criteria = { label, position: label.position, entries: [] }
    if (node.role && FAQ_ROLES.has(node.role)) {
      const faq = this.ensureFaq(label, node.role === 'faq')
      const kind = FAQ_GROUP_ROLES[node.role]
      if (kind) this.addGroup(faq, { kind, label, topics: this.groupTopics(label, ancestors), position: label.position }, node)
    }
    // "## Technical FAQs" outside any FAQ: the FAQ container is also a topic group for its questions.
    if (node.role === 'faq' && !FAQ_GROUP_ROLES[node.role] && this.faq) {
      const topics = this.groupTopics(label, ancestors)
      if (topics.length > 0) this.addGroup(this.faq, { kind: 'topic', label, topics, position: label.position }, node)
    }
    if (node.kind === 'group' && this.faq) {
      const kind = this.groupKind(label)
      this.addGroup(this.faq, { kind, label, topics: this.groupTopics(label, ancestors), position: label.position }, node)
    }
  }

  private readonly groupOf = new Map<OutlineNode, number>()

  private addGroup(faq: Faq, group: FaqGroup, node: OutlineNode): void {
    faq.groups.push(group)
    this.groupOf.set(node, faq.groups.length - 1)
  }

  private ensureFaq(label: Label, isFaqHeading: boolean): Faq {
    if (!this.faq) {
      this.faq = { position: label.position, groups: [], questions: [] }
      if (isFaqHeading) this.faq.label = label
    } else if (isFaqHeading && !this.faq.label) {
      this.faq.label = label
    }
    return this.faq
  }

  private addQuestion(node: OutlineNode, ancestors: OutlineNode[]): void {
    const label = node.label!
    const owner = [...ancestors].reverse().find((a) => a.role === 'criteria' || (a.role && FAQ_ROLES.has(a.role)) || a.kind === 'group')
    const keywordTopics = this.input.vocabulary.topics.matches(label.text)
    const questionWith = (topics: string[]): Question => ({
      text: label.text,
      style: node.questionStyle ?? 'heading',
      position: label.position,
      topics,
      answer: this.content(subtreeChunks(node), minWordsFor(this.input.substance, topics))
    })
    if (owner?.role === 'criteria' && this.criteria) {
      const criteriaTopics = this.input.vocabulary.criteriaLabels.all(normalizeLabel(label.text))
      this.criteria.entries.push(questionWith(unique([...criteriaTopics, ...keywordTopics])))
      return
    }
    const faq = this.faq ?? this.ensureFaq(label, false)
    const group = this.groupIndexFor(faq, ancestors, label)
    const question = questionWith(unique([...keywordTopics, ...faq.groups[group]!.topics]))
    faq.questions.push({ ...question, group })
  }

  /** The nearest enclosing group, or the FAQ container's implicit "general" group. */
  private groupIndexFor(faq: Faq, ancestors: OutlineNode[], fallback: Label): number {
    for (let i = ancestors.length - 1; i >= 0; i--) {
      const ancestor = ancestors[i]!
      const index = this.groupOf.get(ancestor)
      if (index !== undefined) return index
      if (ancestor.role === 'faq') return this.generalGroup(faq, ancestor)
    }
    return this.generalGroup(faq, undefined, fallback)
  }

  private generalGroup(faq: Faq, container: OutlineNode | undefined, fallback?: Label): number {
    const key = container ?? NO_CONTAINER
    const existing = this.generalGroups.get(key)
    if (existing !== undefined) return existing
    const position = container?.label?.position ?? fallback!.position
    faq.groups.push({ kind: 'general', topics: [], position })
    const index = faq.groups.length - 1
    this.generalGroups.set(key, index)
    return index
  }

  private groupKind(label: Label): FaqGroup['kind'] {
    const role = this.input.vocabulary.sections.best(normalizeLabel(label.text))
    return (role ? FAQ_GROUP_ROLES[role] : undefined) ?? 'topic'
  }

  /** Topics a group passes to its questions: its own label's, and those of the groups around it. */
  private groupTopics(label: Label, ancestors: OutlineNode[]): string[] {
    const topics = this.input.vocabulary.groupTopics.all(normalizeLabel(label.text))
    for (const ancestor of ancestors) {
      const index = this.groupOf.get(ancestor)
      if (index !== undefined && this.faq) topics.push(...this.faq.groups[index]!.topics)
    }
    return unique(topics)
  }

  private pickParts(): void {
    for (const part of PRESS_RELEASE_PARTS) {
      const candidates = this.model.sections.filter((section) => section.role === part)
      const best = candidates.find((section) => section.content.substantive) ?? candidates[0]
      if (best) this.model.parts[part] = best
    }
  }

  /** An unlabelled paragraph of the press release that reads like a problem statement. */
  private findProblemHint(root: OutlineNode): void {
    const pressRelease = findNode(root, (node) => node.role === 'pressRelease')
    const scope = pressRelease ? subtreeChunks(pressRelease) : rootChunksBeforeFaq(root)
    let best: { chunk: Chunk; score: number } | undefined
    for (const chunk of scope) {
      if (chunk.type !== 'paragraph' || countWords(chunk.text) < PROBLEM_HINT_MIN_WORDS) continue
      const score = this.input.vocabulary.problemHints.matches(chunk.text).length
      if (score >= PROBLEM_HINT_MIN_SIGNALS && score > (best?.score ?? 0)) best = { chunk, score }
    }
    if (best) {
      const { text, position } = best.chunk
      this.model.hints.problem = { text: firstSentence(text), position: this.input.lines.firstLine(position) }
    }
  }

  private content(chunks: Chunk[], minWords: number): Content {
    const position = chunks.length > 0 ? span(chunks[0]!.position, chunks[chunks.length - 1]!.position) : undefined
    return assessContent(
      chunks.map((chunk) => chunk.text),
      position,
      this.input.vocabulary,
      minWords
    )
  }
}

/**
 * A section's own text: what stands under its label before the next label.
 * Only a part with nothing of its own ("## The Problem" followed straight by
 * "### Who has it") takes its subsections' text; containers (the FAQ, the
 * press release) and unnamed sections never do, so no text is assessed again
 * for every level above it.
 */
function sectionChunks(node: OutlineNode): Chunk[] {
  const isPart = node.role !== undefined && !(CONTAINER_ROLES as readonly string[]).includes(node.role)
  if (!isPart || node.content.some((chunk) => chunk.text.trim() !== '')) return node.content
  return subtreeChunks(node)
}

/**
 * A node's text with that of the plain subsections under it ("#### Simple
 * answer" is part of an answer). A child that is a question, an FAQ group or
 * a named section is not: an empty answer must not borrow the next question.
 */
function subtreeChunks(node: OutlineNode): Chunk[] {
  const chunks = [...node.content]
  for (const child of node.children) {
    if (child.kind === 'question' || child.kind === 'group' || child.role !== undefined) continue
    chunks.push(...(child.label ? labelledChunks(child) : subtreeChunks(child)))
  }
  return chunks.sort((a, b) => a.position.start.offset - b.position.start.offset)
}

/** A child's text counts as content of its parent, label included ("#### Simple answer" is part of an answer). */
function labelledChunks(node: OutlineNode): Chunk[] {
  return [{ text: node.label!.text, position: node.label!.position, type: 'label' }, ...subtreeChunks(node)]
}

function rootChunksBeforeFaq(root: OutlineNode): Chunk[] {
  const chunks = [...root.content]
  for (const child of root.children) {
    if (child.role && FAQ_ROLES.has(child.role)) break
    if (child.kind === 'section' && !child.role) chunks.push(...subtreeChunks(child))
  }
  return chunks
}

function findNode(node: OutlineNode, test: (node: OutlineNode) => boolean): OutlineNode | undefined {
  if (test(node)) return node
  for (const child of node.children) {
    const found = findNode(child, test)
    if (found) return found
  }
  return undefined
}

function firstSentence(text: string): string {
  const flat = text.replace(/\s+/gu, ' ').trim()
  const sentence = /^.*?[.!?。](?=\s|$)/u.exec(flat)?.[0] ?? flat
  if (sentence.length <= 120) return sentence
  const cut = sentence.lastIndexOf(' ', 117)
  return `${sentence.slice(0, cut > 60 ? cut : 117)}…`
}

function unique<T>(items: T[]): T[] {
  return [...new Set(items)]
}

import type { Root } from 'mdast'
import type { FrontMatter } from '../parse/front-matter.js'
import { type LineIndex, span } from '../text/positions.js'
import { CONTAINER_ROLES, PRESS_RELEASE_PARTS } from '../vocabulary/default.js'
import type { CompiledVocabulary } from '../vocabulary/match.js'
import { normalizeLabel } from '../vocabulary/normalize.js'
import { classify } from './classify.js'
import { buildOutline, type OutlineNode } from './outline.js'
import { asksYesOrNo, readOpening } from './recognise/answers.js'
import { type Figures, findFigures, hasFigures } from './recognise/figures.js'
import type { Chunk } from './recognise/leads.js'
import { findPlaceholders } from './recognise/placeholders.js'
import { findProblemStatement, type ProblemCandidate } from './recognise/problem.js'
import { findQuotes, labelledQuote } from './recognise/quotes.js'
import { findSolutionParagraph, problemFocus, releaseWords } from './recognise/release.js'
import { decideTopics } from './recognise/topics.js'
import { assessContent, minWordsFor, type SubstanceOptions } from './substance.js'
import { TextCache } from './text.js'
import type { Content, Criteria, Faq, FaqGroup, Label, Placeholder, Position, PrFaqModel, Question, Quote, Section } from './types.js'

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

/**
 * The model pipeline, top to bottom: mdast blocks → readings of each block
 * (classify.ts, with the recognisers in recognise/) → the outline of
 * sections, groups and questions (outline.ts) → the PR/FAQ model the schema
 * and rules read (here: parts, FAQ, criteria, topics with their evidence, an
 * unlabelled problem statement).
 */
export function buildModel(input: BuildInput): PrFaqModel {
  const texts = new TextCache()
  const outline = buildOutline(classify(input.tree, input.vocabulary, input.lines, texts))
  return new ModelAssembler(input, texts).assemble(outline.root, outline.title)
}

class ModelAssembler {
  private readonly model: PrFaqModel = { parts: {}, sections: [], hints: {}, placeholders: [] }
  private faq: Faq | undefined
  private criteria: Criteria | undefined
  /** Implicit "general" group per FAQ container, for questions written directly under it. */
  private readonly generalGroups = new Map<OutlineNode, number>()

  constructor(
    private readonly input: BuildInput,
    private readonly texts: TextCache
  ) {}

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
    this.readRelease(root)
    this.model.placeholders = findPlaceholders(this.input.tree, this.input.lines, this.input.vocabulary, this.strictAreas(), this.texts)
    return this.model
  }

  /** The press release's first paragraph, where a dateline stands. */
  private releaseOpening: Chunk | undefined
  /** The problem statement's paragraph, kept while the hint is found, for whom it is about. */
  private problemParagraph: string | undefined

  /**
   * The press release as a whole (recognise/release.ts, quotes.ts): its
   * length, its quotes, the solution paragraph when no label marks it, and
   * whom the problem statement is about. Only where something bounds it — its
   * label, or the FAQ after it — or a long design document would count as
   * one long press release.
   */
  private readRelease(root: OutlineNode): void {
    // Without a press-release label, the text before the FAQ is a press release only if it has one's parts (one could be a "How it works").
    const parts = PRESS_RELEASE_PARTS.filter((part) => this.model.parts[part]).length
    const hasParts = this.model.pressRelease !== undefined || parts >= 2
    const chunks = hasParts ? releaseChunks(root) : undefined
    if (!chunks || chunks.length === 0) return
    this.releaseOpening = chunks.find((chunk) => chunk.type === 'paragraph' && !chunk.quote)
    const { vocabulary } = this.input
    const start = this.model.pressRelease?.label.position ?? chunks[0]!.position
    const release: PrFaqModel['release'] = {
      position: span(start, chunks[chunks.length - 1]!.position),
      words: releaseWords(chunks),
      quotes: findQuotes(chunks, this.labelledQuotes(), vocabulary)
    }
    const focus = this.problemText()
    if (focus) release.problemFocus = problemFocus(focus.text, focus.position, vocabulary)
    this.model.release = release
    if (!this.model.parts.solution) {
      const solution = findSolutionParagraph(chunks, vocabulary)
      if (solution) this.model.hints.solution = { ...solution, position: this.input.lines.firstLine(solution.position) }
    }
  }

  private labelledQuotes(): Quote[] {
    return this.model.sections.flatMap((section) =>
      (section.role === 'leaderQuote' || section.role === 'customerQuote') && section.content.substantive && section.content.position
        ? [labelledQuote(section.content.text, section.content.position, section.role, section.label.text)]
        : []
    )
  }

  /** The problem statement: the labelled part's text, or the unlabelled paragraph that states it. */
  private problemText(): { text: string; position: Position } | undefined {
    const part = this.model.parts.problem
    if (part?.content.substantive) return { text: part.content.text, position: this.input.lines.firstLine(part.content.position ?? part.label.position) }
    const hint = this.model.hints.problem
    return hint && this.problemParagraph ? { text: this.problemParagraph, position: hint.position } : undefined
  }

  /** Where "TBD" is template text too: the title, the headline part, every quote and the dateline. */
  private strictAreas(): Array<{ where: Placeholder['where']; position: Position }> {
    // The narrowest area first: a dateline or quote under a headline heading is named as what it is.
    const areas: Array<{ where: Placeholder['where']; position: Position }> = []
    const dateline = this.datelinePosition()
    if (dateline) areas.push({ where: 'dateline', position: dateline })
    for (const quote of this.model.release?.quotes ?? []) areas.push({ where: 'quote', position: quote.position })
    if (this.model.title) areas.push({ where: 'headline', position: this.model.title.position })
    const headline = this.model.parts.headline
    if (headline) areas.push({ where: 'headline', position: headline.content.position ? span(headline.label.position, headline.content.position) : headline.label.position })
    return areas
  }

  /** "SEATTLE — (date) —": the opening of the press release's first paragraph, up to its dash. */
  private datelinePosition(): Position | undefined {
    return this.releaseOpening ? findDateline(this.releaseOpening, this.input.lines) : undefined
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
    if (owner?.role === 'criteria' && this.criteria) {
      const criteriaTopics = this.input.vocabulary.criteriaLabels.all(normalizeLabel(label.text))
      this.criteria.entries.push(this.question(node, criteriaTopics))
      return
    }
    const faq = this.faq ?? this.ensureFaq(label, false)
    const group = this.groupIndexFor(faq, ancestors, label)
    // A question outside any FAQ takes the topics of the section it stands in ("## Technical Design").
    const sectionTopics = owner ? [] : this.sectionTopics(ancestors)
    const internal = this.inInternalGroup(faq, group, ancestors)
    faq.questions.push({ ...this.question(node, unique([...faq.groups[group]!.topics, ...sectionTopics]), internal), group })
  }

  /** The question sits in the internal FAQ (its own group, or one around it). */
  private inInternalGroup(faq: Faq, group: number, ancestors: OutlineNode[]): boolean {
    return faq.groups[group]!.kind === 'internal' || ancestors.some((ancestor) => ancestor.role === 'faqInternal')
  }

  private sectionTopics(ancestors: OutlineNode[]): string[] {
    const section = [...ancestors].reverse().find((ancestor) => ancestor.label)
    return section ? this.input.vocabulary.groupTopics.all(normalizeLabel(section.label!.text)) : []
  }

  /** A question, its answer and its topics, decided from both (recognise/topics.ts). */
  private question(node: OutlineNode, groupTopics: string[], internal = false): Question {
    const label = node.label!
    const { vocabulary, substance } = this.input
    const chunks = subtreeChunks(node)
    // The question's own topics only raise the minimum when a topic has one of its own (minWordsByTopic): skip the search otherwise.
    const provisional = Object.keys(substance.minWordsByTopic).length === 0 ? groupTopics : unique([...vocabulary.topics.matches(label.text), ...groupTopics])
    let answer = this.content(chunks, minWordsFor(substance, provisional))
    const decision = decideTopics({ question: label.text, answer, groupTopics, internal }, vocabulary)
    const minWords = minWordsFor(substance, decision.topics)
    if (minWords !== minWordsFor(substance, provisional)) answer = this.content(chunks, minWords)
    this.withFigures(answer, decision.figures)
    const question: Question = {
      text: label.text,
      style: node.questionStyle ?? 'heading',
      position: label.position,
      topics: decision.topics,
      answer,
      form: decision.form,
      evidence: decision.evidence,
      rejected: decision.rejected
    }
    // Only a real answer has an opening to judge; an empty one is the substance rules' finding.
    if (answer.substantive && asksYesOrNo(label.text, vocabulary)) question.opening = readOpening(label.text, answer.text, vocabulary)
    return question
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

  /**
   * A problem stated without a label (recognise/problem.ts): in a paragraph
   * of the press release (or of whatever comes before the FAQ), under a
   * "Background" heading, or as the answer to "What problem does this solve?".
   */
  private findProblemHint(root: OutlineNode): void {
    const statement = findProblemStatement(this.problemCandidates(root), this.input.vocabulary)
    if (!statement) return
    this.model.hints.problem = { text: statement.sentence, position: this.input.lines.firstLine(statement.position), source: statement.source, cues: statement.cues }
    this.problemParagraph = statement.paragraph
  }

  private problemCandidates(root: OutlineNode): ProblemCandidate[] {
    const pressRelease = findNode(root, (node) => node.role === 'pressRelease')
    const inPressRelease = new Set(pressRelease ? subtreeChunks(pressRelease) : [])
    const paragraphs = rootChunksBeforeFaq(root).filter((chunk) => ['paragraph', 'run-in', 'blockquote', 'list'].includes(chunk.type))
    let index = 0
    const candidates: ProblemCandidate[] = paragraphs.map((chunk) => ({
      text: chunk.text,
      position: chunk.position,
      // Outside the press release (an elevator pitch, a summary) a paragraph needs the same evidence, and ranks lower.
      source: 'press-release',
      ...(inPressRelease.has(chunk) ? { index: index++ } : {}),
      quote: chunk.quote === true
    }))
    for (const section of this.model.sections) {
      if (section.role === 'background' && section.content.position) candidates.push({ text: section.content.text, position: section.content.position, source: 'background' })
    }
    for (const question of this.faq?.questions ?? []) {
      if (question.answer.substantive && question.answer.position && this.input.vocabulary.problemQuestions.has('problem', question.text)) {
        candidates.push({ text: question.answer.text, position: question.answer.position, source: 'faq-answer' })
      }
    }
    return candidates
  }

  private content(chunks: Chunk[], minWords: number): Content {
    const position = chunks.length > 0 ? span(chunks[0]!.position, chunks[chunks.length - 1]!.position) : undefined
    const content = assessContent(
      chunks.map((chunk) => chunk.text),
      position,
      this.input.vocabulary,
      minWords
    )
    return content
  }

  /** An answer's figures, for what later rules say about numbers; sections are not searched. */
  private withFigures(content: Content, known?: Figures): Content {
    if (!content.substantive) return content
    const figures = known ?? findFigures(content.text)
    if (hasFigures(figures)) content.figures = figures
    return content
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

/** The writer's own text before the FAQ: the root's, and that of every section that is not an FAQ, a question or an appendix. */
function rootChunksBeforeFaq(root: OutlineNode): Chunk[] {
  const chunks: Chunk[] = []
  const visit = (node: OutlineNode): boolean => {
    if (node.kind === 'question' || node.kind === 'group' || node.role === 'criteria' || node.role === 'appendix') return true
    if (node.role && FAQ_ROLES.has(node.role)) return false
    chunks.push(...node.content)
    for (const child of node.children) if (!visit(child)) return false
    return true
  }
  visit(root)
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

function unique<T>(items: T[]): T[] {
  return [...new Set(items)]
}

/**
 * The press release's own text, for the writing rules. Under a press-release
 * label: everything under it except the FAQ, questions and appendices that a
 * writer nested there. With no such label but an FAQ: the text before the
 * FAQ, minus sections that are not press-release parts (an "Appendix", a
 * "Background" the gate reads elsewhere). With neither, nothing bounds it:
 * undefined, so a design document is not judged as a press release.
 */
function releaseChunks(root: OutlineNode): Chunk[] | undefined {
  const pressRelease = findNode(root, (node) => node.role === 'pressRelease')
  if (pressRelease) return sortByOffset(releaseText(pressRelease))
  if (!findNode(root, (node) => node.role !== undefined && FAQ_ROLES.has(node.role))) return undefined
  const chunks: Chunk[] = [...root.content]
  for (const child of root.children) {
    if (child.role && FAQ_ROLES.has(child.role)) break
    if (child.role === undefined || isReleasePart(child.role)) chunks.push(...releaseText(child))
  }
  return sortByOffset(chunks)
}

function releaseText(node: OutlineNode): Chunk[] {
  const chunks = [...node.content]
  for (const child of node.children) {
    if (child.kind === 'question' || child.kind === 'group') continue
    if (child.role !== undefined && !isReleasePart(child.role)) continue
    chunks.push(...releaseText(child))
  }
  return chunks
}

function isReleasePart(role: string): boolean {
  return (PRESS_RELEASE_PARTS as readonly string[]).includes(role)
}

function sortByOffset(chunks: Chunk[]): Chunk[] {
  return chunks.sort((a, b) => a.position.start.offset - b.position.start.offset)
}

// "SEATTLE — (BUSINESS WIRE) — June 1, 2027 —": a place and a date, ended by a dash.
const DATELINE = /^[^\n]{0,100}?\s[—–-]{1,2}\s/u
/** The date after the place ("— June 1, 2027 —", "— TBD —"): short, or it is the first sentence. */
const DATELINE_DATE = /^[^\n—–]{1,40}?\s[—–-]{1,2}\s/u

/** The dateline: the opening of the press release's first paragraph, up to the dash that ends it, if it opens with one. */
function findDateline(first: Chunk, lines: LineIndex): Position | undefined {
  const { offset } = first.position.start
  const opening = lines.slice(offset, Math.min(first.position.end.offset, offset + 200))
  const line = opening.split('\n', 1)[0]!
  const place = DATELINE.exec(line)
  if (!place) return undefined
  const date = DATELINE_DATE.exec(line.slice(place[0].length))
  const length = place[0].length + (date ? date[0].length : 0)
  return { start: first.position.start, end: lines.pointAt(offset + length) }
}

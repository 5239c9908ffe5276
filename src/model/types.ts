/**
 * The PR/FAQ document model. Everything the rules and the JSON Schema see is
 * here: plain JSON (so ajv can validate it and `--format model` can print it),
 * with a source position on every part so that any finding can be anchored
 * where a reviewer would look.
 */

/** 1-based line and column, 0-based offset, as in mdast/unist. */
export interface Point {
  line: number
  column: number
  offset: number
}

/** `end` is exclusive: it points just after the last character. */
export interface Position {
  start: Point
  end: Point
}

/** How a label was written in the source. */
export type LabelStyle = 'heading' | 'bold' | 'line' | 'list' | 'table'

/** A heading, bold label, plain label line or list label that names a part. */
export interface Label {
  /** The label as written, without Markdown syntax. */
  text: string
  /** Normalised for matching: lower case, no numbering, parentheticals or trailing punctuation. */
  key: string
  style: LabelStyle
  position: Position
}

/** The text under a label, and whether it says anything. */
export interface Content {
  text: string
  words: number
  /** Non-empty and not a placeholder (TBD, TODO, `[…]`, template instructions, …). */
  substantive: boolean
  /** When not substantive: what was found instead ("empty", "TBD", …). */
  placeholder?: string
  /** When not substantive because it is shorter than the configured minimum. */
  tooShort?: { minimum: number }
  /** Where the text is; absent when there is no text at all. */
  position?: Position
}

/** A labelled part of the document (a press-release part, a tenets section, …). */
export interface Section {
  label: Label
  /** The vocabulary role the label matched (`problem`, `faq`, …), if any. */
  role?: string
  /** Heading depth (1–6), or the depth of the heading it sits under plus a fraction for bold and line labels. */
  depth: number
  content: Content
}

export type FaqGroupKind = 'external' | 'internal' | 'topic' | 'general'

export interface FaqGroup {
  kind: FaqGroupKind
  /** Absent for the implicit group of questions written directly under the FAQ heading. */
  label?: Label
  /** Topics implied by the group's label ("Technical FAQs" → technical). */
  topics: string[]
  position: Position
}

export type QuestionStyle = 'heading' | 'bold' | 'q-prefix' | 'list' | 'table'

/** One question and its answer, from the FAQ or from a Bezos-criteria section. */
export interface Question {
  text: string
  style: QuestionStyle
  position: Position
  /** Index into `faq.groups` (FAQ questions only). */
  group?: number
  /** Topics from the vocabulary: finance, technical, risk, big-idea, should-do, plan, … */
  topics: string[]
  answer: Content
}

export interface Faq {
  /** The FAQ heading; absent when the document goes straight to External/Internal FAQ headings. */
  label?: Label
  position: Position
  groups: FaqGroup[]
  questions: Question[]
}

/** A dedicated section for Bezos's three questions ("Bezos criteria", "The three questions", …). */
export interface Criteria {
  label: Label
  position: Position
  /** One entry per labelled answer; topics say which criterion it answers. */
  entries: Question[]
}

export interface PrFaqModel {
  title?: { text: string; position: Position }
  frontMatter?: { data: Record<string, unknown>; position: Position }
  pressRelease?: Section
  /** The first section found for each press-release role (problem, solution, …). */
  parts: Partial<Record<string, Section>>
  /** Every labelled section in document order, for team schemas ("requires a Tenets section"). */
  sections: Section[]
  faq?: Faq
  criteria?: Criteria
  /** Unlabelled text that looks like a part ("Every year, teams lose…" as the problem). */
  hints: { problem?: { text: string; position: Position } }
}

/**
 * The PR/FAQ document model. Everything the rules and the JSON Schema see is
 * here: plain JSON (so ajv can validate it and `--format model` can print it),
 * with a source position on every part so that any finding can be anchored
 * where a reviewer would look.
 */

import type { Point, Position } from '../text/positions.js'

/** Positions are the text layer's (src/text/positions.ts); model code takes them from here. */
export type { Point, Position }

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
  /** Amounts of money, percentages and figures of scale in the text, when it has any. */
  figures?: { money: string[]; percent: string[]; scale: string[] }
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

/** What made a question about a topic: a word of the question, of its answer, a figure, or the group it is in. */
export interface TopicEvidence {
  topic: string
  source: 'question' | 'answer' | 'figures' | 'group'
  /** The words or figure found ("pricing", "$9/month", "Technical FAQs"). */
  cue: string
  /** A question word that cannot decide the topic alone ("cost", "API"). */
  ambiguous?: boolean
}

/** A topic the question seemed to ask about but did not earn, and why ("its answer has no figures"). */
export interface TopicRejection {
  topic: string
  reason: string
  /** The reason as a code, so that findings can say it in the reader's language. */
  code: RejectionCode
  /** With `customer-price`: the answer's words. */
  quote?: string
}

export type RejectionCode = 'customer-price' | 'effort' | 'no-money' | 'definition' | 'usage' | 'no-hurdle'

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
  /** What a question asks for: a definition, a customer's how-to, a yes or no, or something open. */
  form: 'definition' | 'usage' | 'yes-no' | 'open'
  /** The cues behind `topics`. */
  evidence: TopicEvidence[]
  /** Topics the question touched without earning them. */
  rejected: TopicRejection[]
  /** For a question answered yes or no, with an answer: its first sentence, and whether it gives the yes or no. */
  opening?: { sentence: string; direct: boolean; cue?: string }
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
  /** Unlabelled text that states a part ("Today, teams lose a day a week…" as the problem). */
  hints: { problem?: ProblemHint; solution?: SolutionHint }
  /** The press release as a whole: its extent, length, quotes and whom its problem is about. Absent when nothing bounds it (no press-release label and no FAQ). */
  release?: Release
  /** Template text left anywhere in the document: `[Product name]`, "Lorem ipsum", `XX%`, copied instructions. */
  placeholders: Placeholder[]
}

/** Where the press release runs and what it holds. */
export interface Release {
  /** From its label (or the document's first text) to the FAQ. */
  position: Position
  words: number
  quotes: Quote[]
  /** Who and what the problem statement is about: the customers it names and the team's own assets it leans on. */
  problemFocus?: { position: Position; customers: string[]; assets: string[] }
}

/** Someone's words in the press release, and who said them. */
export interface Quote {
  text: string
  position: Position
  /** The attribution as written ("said Ana Ruiz, a nurse at St. Mary's"), when there is one. */
  speaker?: string
  /** A leader of the company announcing, or someone outside it (a customer, user or partner). */
  kind: 'leader' | 'customer'
  /** The words that decided the kind ("CEO", "customer", a labelled "Customer quote" section). */
  cue: string
}

/** The solution presented in an unlabelled paragraph of the press release. */
export interface SolutionHint {
  text: string
  position: Position
  cues: string[]
}

export interface Placeholder {
  /** The template text as written. */
  text: string
  kind: 'bracket' | 'angle' | 'braces' | 'lorem' | 'xx' | 'tbd' | 'instruction'
  /** The headline, a quote and the dateline are read first: template text there is never meant. */
  where: 'headline' | 'quote' | 'dateline' | 'text'
  position: Position
  /** The line holds the placeholder and nothing else the author wrote (a fix may replace it). */
  wholeLine: boolean
}

/** A problem stated without a label: the sentence that states it, where, and the cues that showed it. */
export interface ProblemHint {
  text: string
  position: Position
  /** A paragraph of the press release, a "Background" section, or the answer to "What problem does this solve?". */
  source: 'press-release' | 'background' | 'faq-answer'
  /** "gap: cannot", "today: by hand", "pain: error-prone". */
  cues: string[]
}

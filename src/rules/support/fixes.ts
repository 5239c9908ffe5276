import { type Text, t } from '../../messages/text.js'
import type { Faq, FaqGroup, Position, PrFaqModel, ProblemHint, Question } from '../../model/types.js'
import type { FixSpec, RuleContext } from '../rule.js'

/**
 * The mechanical fixes rules offer as suggestions. Each adds what the
 * document lacks — a label, a question — around lines the author wrote, in
 * the Markdown the document already uses, and none writes an answer: a
 * suggestion that made a check pass by itself would hide the very gap the
 * check reports. When the document's own style cannot be read with
 * confidence, there is no fix: a wrong suggestion costs the author more than
 * none.
 */

/** Press-release parts whose labels show how this document labels its parts (headline and summary are often styled apart). */
const LABELLED_PARTS = new Set(['problem', 'solution', 'leaderQuote', 'customerQuote', 'gettingStarted'])

/** Puts `fix` into a report only when there is one (reports have no `fix: undefined`). */
export function withFix(fix: FixSpec | undefined): { fix?: FixSpec } {
  return fix ? { fix } : {}
}

/**
 * A label for a problem stated in an unlabelled paragraph: a heading of the
 * depth the other part headings have, else a bold run-in label at the start
 * of the paragraph (`**The problem.** `, with the punctuation of the other
 * bold labels).
 */
export function problemLabelFix(context: RuleContext, hint: ProblemHint): FixSpec | undefined {
  // Readers find an FAQ answer by its question already; the label belongs in the press release, and moving text is the author's call.
  if (hint.source === 'faq-answer') return undefined
  const text = context.sourceLine(hint.position)
  // Indented: the paragraph is inside a list item or a quote, whose syntax a label at the start of the line would break.
  if (text === undefined || /^\s/u.test(text)) return undefined
  const fix = { kind: 'insert' as const, line: hint.position.start.line, description: t('problem.label.description') }
  const depth = partHeadingDepth(context.model)
  if (depth !== undefined) return { ...fix, before: `${'#'.repeat(depth)} The Problem\n\n` }
  // A run-in label only goes before plain text: before a list marker, a quote or another label it would change what the line is.
  if (!/^[\p{L}\p{N}]/u.test(text)) return undefined
  return { ...fix, before: `**The problem${boldLabelPunctuation(context.model)}** ` }
}

function partHeadingDepth(model: PrFaqModel): number | undefined {
  const part = model.sections.find((section) => section.label.style === 'heading' && LABELLED_PARTS.has(section.role ?? ''))
  return part && Number.isInteger(part.depth) ? part.depth : undefined
}

/** "**How it works:**" → ":"; "**How it works.**" or no bold part label → ".". */
function boldLabelPunctuation(model: PrFaqModel): string {
  const part = model.sections.find((section) => section.label.style === 'bold' && LABELLED_PARTS.has(section.role ?? ''))
  return part?.label.text.trimEnd().endsWith(':') ? ':' : '.'
}

export interface QuestionSkeleton {
  /** A question whose own words decide its topic ("What is the hardest technical problem?"), written in the document's language. */
  question: Text
  /** What to answer, written as an HTML comment: the question stays unanswered until the author answers it. */
  prompt: Text
  /** What applying the fix does, for the comment. */
  description: Text
}

/**
 * A question the FAQ lacks, added after the last question of the internal
 * FAQ (where the hard questions belong; after the last question of the FAQ
 * when it has no internal part), written like that question: the same
 * heading depth, bold, `Q:` or list marker, and an answer slot that holds
 * only the prompt. Only after a question: whatever follows its answer
 * belongs to another part, while lines after a bare group heading (a
 * template's own lines) would become the new question's answer and pass the
 * check for the author.
 */
export function faqQuestionFix(context: RuleContext, faq: Faq, skeleton: QuestionSkeleton, at: Position | undefined): FixSpec | undefined {
  const internal = faq.groups.find((group) => group.kind === 'internal')
  const like = (internal ? questionsOf(faq, internal) : faq.questions).at(-1)
  // The fix travels with the finding, so it must be in the file the finding is in (a PR/FAQ may be split over files).
  if (!like || like.position.file !== at?.file) return undefined
  const after = answerEnd(like)
  const written = writtenLike(context, like, skeleton)
  if (written === undefined) return undefined
  const separator = like.style === 'list' || like.style === 'table' ? '\n' : '\n\n'
  return { kind: 'insert', line: after.end.line, after: `${separator}${written}`, description: skeleton.description }
}

/** The internal group's questions, and those of topic groups inside it (up to the next external or internal group). */
function questionsOf(faq: Faq, internal: FaqGroup): Question[] {
  const index = faq.groups.indexOf(internal)
  const start = internal.position.start.offset
  const sameFile = (position: Position) => position.file === internal.position.file
  const next = Math.min(
    ...faq.groups.filter((group) => group !== internal && group.kind !== 'topic' && sameFile(group.position) && group.position.start.offset > start).map((group) => group.position.start.offset)
  )
  return faq.questions.filter((question) => {
    if (question.group === index) return true
    const offset = question.position.start.offset
    return faq.groups[question.group ?? -1]?.kind === 'topic' && sameFile(question.position) && offset > start && offset < next
  })
}

/** Where a question's answer ends (its own line when it has none); an end at the start of a line belongs to the line before. */
function answerEnd(question: Question): Position {
  const { start, end } = question.answer.position ?? question.position
  if (end.column === 1 && end.line > start.line) return { start, end: { ...end, line: end.line - 1 } }
  return question.answer.position ?? question.position
}

/** An answer's own "A:" marker (`A: `, `  - A: `, `**A:** `), copied so the new answer is written like the others. */
const ANSWER_MARKER = /^\s*(?:(?:[-*+]|\d{1,9}[.)])\s+)?(?:\*\*|__)?(?:A|Answer)\s*[:：](?:\*\*|__)?\s*/iu

/**
 * The skeleton's lines, written as `like` is written: the Markdown before
 * and after its text on its line, and the way its answer starts. Undefined
 * when the question's text cannot be found on its line.
 */
function writtenLike(context: RuleContext, like: Question, skeleton: QuestionSkeleton): string | undefined {
  const line = context.sourceLine(like.position)
  const at = line?.indexOf(like.text) ?? -1
  if (line === undefined || at === -1) return undefined
  const prompt = `<!-- ${context.render(skeleton.prompt)} -->`
  const asked = context.render(skeleton.question)
  const prefix = nextListMarker(line.slice(0, at))
  const rest = line.slice(at + like.text.length)
  if (like.style === 'table') return `${prefix}${asked} | ${prompt} |`
  const question = `${prefix}${asked}${closing(like.style, rest)}`
  const answer = like.answer.position
  if (!answer) return `${question}\n\n${prompt}`
  const first = firstTextLine(context, answer)
  // An answer on the question's own line ("**Does it…?** No."): the prompt goes there too.
  if (first <= like.position.end.line) return `${question} ${prompt}`
  const answerLine = context.sourceLine(answer, first) ?? ''
  const found = ANSWER_MARKER.exec(answerLine)?.[0]
  // "A:" written without a space before its answer still gets one before the prompt.
  const marker = found === undefined ? /^\s*/u.exec(answerLine)![0] : found.replace(/(?<=[:：])$/u, ' ')
  const gap = first - like.position.end.line > 1 ? '\n\n' : '\n'
  return `${question}${gap}${marker}${prompt}`
}

/** The first line with text of the answer: an answer that starts where its question's line ends starts on the next line. */
function firstTextLine(context: RuleContext, answer: Position): number {
  const tail = context.sourceLine(answer)?.slice(answer.start.column - 1) ?? ''
  return tail.trim() === '' ? answer.start.line + 1 : answer.start.line
}

/** What closes the question's Markdown after its text: a bold's `**`, a heading's closing `#`s; never the rest of a run-in answer. */
function closing(style: Question['style'], rest: string): string {
  if (style === 'heading') return /^\s+#+\s*$/u.test(rest) ? rest : ''
  const bold = /^[^*_\s]*(\*\*|__)/u.exec(rest)
  // Punctuation before the closing marker belongs to the old question; the new one has its own.
  return bold ? bold[1]! : ''
}

/** "3. **" → "4. **": the next item of a numbered list; any other prefix as it is. */
function nextListMarker(prefix: string): string {
  const numbered = /^(\s*)(\d{1,9})([.)]\s+)/u.exec(prefix)
  if (!numbered) return prefix
  return `${numbered[1]}${Number(numbered[2]) + 1}${numbered[3]}${prefix.slice(numbered[0].length)}`
}

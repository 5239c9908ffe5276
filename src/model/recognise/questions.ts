import type { CompiledVocabulary } from '../../vocabulary/match.js'
import { hasCjk, words } from '../../vocabulary/normalize.js'

/**
 * Is a heading, bold line or list item a question, and what kind? Questions
 * are written with "?" (or "？"), with a "Q:" prefix, or — in headings and
 * bold lines, where the writer's intent is clear — with an interrogative
 * word and no "?" ("How we price it" is not one; "Как будет работать
 * оплата" is). The words are data, per language, in the vocabulary.
 */

// "Q:", "Q1.", "Frage:", "質問：", and with a colon only the one-letter forms of other languages ("F:", "P:", "В:"): "P. S." is no question.
export const Q_PREFIX = /^\s*(?:(?:q|question|frage|pregunta|pergunta|質問|问题?|問|질문|вопрос)\s*(?:\d+\s*)?[:.：)\]]|(?:f|p|в)\s*(?:\d+\s*)?[:：])\s*/iu
const QUESTION_MARK = /[?？]/u
// Trailing runs start only where a run starts (the look-behind): "[…]+$" alone rescans a long run from each of its characters.
const TRAILING_STOPS = /(?<![\s。.!！])[\s。.!！]+$/u
const TRAILING_MARKS = /(?<![?？\s。])[?？\s。]+$/u

export function isQuestion(text: string, standalone: boolean, vocabulary: CompiledVocabulary): boolean {
  const trimmed = text.trim()
  if (Q_PREFIX.test(trimmed) || QUESTION_MARK.test(trimmed)) return true
  if (!standalone) return false
  const lower = trimmed
    .normalize('NFKC')
    .toLowerCase()
    .replace(/^[\s*_"“„«(]+/u, '')
  // "How to get started", "What's new": noun phrases that start like questions.
  if (startsWithAny(lower, vocabulary.questions.notQuestions)) return false
  if (hasCjk(lower)) return startsWithAny(lower, vocabulary.questions.cjkStarts) || endsWithAny(lower.replace(TRAILING_STOPS, ''), vocabulary.questions.cjkEnds)
  const first = words(lower)[0]
  return first !== undefined && vocabulary.interrogatives.has(first)
}

/**
 * What a question asks for. A definition ("What is MCP?") or a customer's
 * how-to ("Can I call the API from my app?") is not a hard question about
 * money or technology, whatever words it contains; a yes/no question should
 * be answered with a yes or a no first.
 */
export type QuestionForm = 'definition' | 'usage' | 'yes-no' | 'open'

export function questionForm(text: string, vocabulary: CompiledVocabulary): QuestionForm {
  const lower = text.replace(Q_PREFIX, '').normalize('NFKC').toLowerCase().trim()
  const { usage, yesNo, cjkYesNoEnds } = vocabulary.questions
  if (isDefinition(lower, vocabulary)) return 'definition'
  if (startsWithAny(lower, usage) || vocabulary.questions.usageWords.some((word) => lower.includes(word))) return 'usage'
  if (hasCjk(lower)) return endsWithAny(lower.replace(TRAILING_MARKS, ''), cjkYesNoEnds) && !startsWithAny(lower, vocabulary.questions.cjkStarts) ? 'yes-no' : 'open'
  return startsWithAny(lower, yesNo) ? 'yes-no' : 'open'
}

/** "What is X?", "Was ist X?", "X とは？", "什么是X？": a short question that asks for a name to be explained. */
function isDefinition(lower: string, vocabulary: CompiledVocabulary): boolean {
  const bare = lower.replace(TRAILING_MARKS, '')
  const start = vocabulary.questions.definition.find((prefix) => startsWithAny(bare, [prefix]))
  const end = start ? undefined : vocabulary.questions.definitionEnds.find((suffix) => bare.endsWith(suffix))
  if (start === undefined && end === undefined) return false
  const rest = start !== undefined ? bare.slice(start.length) : bare.slice(0, bare.length - end!.length)
  // "What is the hardest part of the migration?", "What is most likely to go wrong?" ask for more than a name.
  if (hasCjk(rest)) return rest.length <= 12
  const restWords = words(rest)
  return restWords.length <= 5 && !restWords.some((word) => vocabulary.questions.notDefinition.includes(word))
}

function startsWithAny(text: string, prefixes: readonly string[]): boolean {
  return prefixes.some((prefix) => text.startsWith(prefix) && (hasCjk(prefix) || !/[\p{L}\p{N}]/u.test(text.charAt(prefix.length))))
}

function endsWithAny(text: string, suffixes: readonly string[]): boolean {
  return suffixes.some((suffix) => text.endsWith(suffix))
}

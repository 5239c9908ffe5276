import type { CompiledVocabulary } from '../vocabulary/match.js'
import { countWords } from '../vocabulary/normalize.js'
import type { Content, Position } from './types.js'

export interface SubstanceOptions {
  /** Fewer words than this (after placeholders are removed) is not an answer. */
  minWords: number
  /** Stricter minimums for answers to questions on a topic (`faq-finance: { minWords: 20 }`). */
  minWordsByTopic: Record<string, number>
  /** Stricter minimums for sections with a role (`problem-section: { minWords: 30 }`). */
  minWordsByRole: Record<string, number>
}

export const DEFAULT_SUBSTANCE: SubstanceOptions = { minWords: 1, minWordsByTopic: {}, minWordsByRole: {} }

/** The minimum that applies to an answer with these topics: the strictest of them. */
export function minWordsFor(options: SubstanceOptions, topics: string[] = [], role?: string): number {
  const specific = [...topics.map((topic) => options.minWordsByTopic[topic] ?? 0), role ? (options.minWordsByRole[role] ?? 0) : 0]
  return Math.max(options.minWords, ...specific)
}

/** Words that label an answer: "A:", "Answer:", "回答：". */
export const ANSWER_WORDS = 'a|r|о|answer|antwort|réponse|respuesta|resposta|回答|答え?|답변?|ответ'
// "A:", "Answer:", "A1.", "回答：" at the start of a line is a label, not part of the answer.
const ANSWER_MARKER = new RegExp(`^[ \\t]*(?:${ANSWER_WORDS})\\d*[ \\t]*[:.：)][ \\t]*`, 'gimu')
const LEADING_ANSWER_MARKER = new RegExp(ANSWER_MARKER.source, 'iu')
// "[Describe the customer]", "<insert price>", "{RFC_TITLE}": a slot the template left for the writer.
// A slot cannot contain its own opening bracket: each scan stops at the next one, so many
// unclosed brackets on one line cost linear time, not quadratic.
const BRACKET_SLOT = /\{\{[^{}\n]*\}\}|\[[^[\]\n]*\]|<[^<>\n]*>|\{[^{}\n]*\}/gu
const ASCII = /^\p{ASCII}*$/u
const ONLY_PUNCTUATION = /^[\s?？!.…·*_~\-–—]*$/u
const INSTRUCTION_OBJECTS = new Set([
  'the',
  'your',
  'a',
  'an',
  'what',
  'how',
  'why',
  'who',
  'when',
  'where',
  'which',
  'here',
  'this',
  'any',
  'each',
  'our',
  'up',
  'in',
  'all',
  'one',
  'two',
  'three',
  'key',
  'specific',
  'at'
])

/**
 * Decide whether text (given as the chunks under a label) says something,
 * and if not, what it says instead. Words are counted per chunk and only the
 * opening of a long answer is examined, so no long text is copied.
 */
export function assessContent(chunks: string[], position: Position | undefined, vocabulary: CompiledVocabulary, minWords: number): Content {
  const parts = chunks.map(stripAnswerMarkers).filter((part) => part !== '')
  const text = parts.join('\n\n')
  const words = parts.reduce((sum, part) => sum + countWords(part), 0)
  const content: Content = { text, words, substantive: true }
  if (position) content.position = position
  // A placeholder is short: a long answer is judged by its opening only.
  const opening = text.length <= HEAD_LENGTH ? text : (parts[0] ?? '').slice(0, HEAD_LENGTH)
  const placeholder = findPlaceholder(opening, vocabulary)
  if (placeholder) {
    content.substantive = false
    content.placeholder = placeholder
  } else if (words < minWords) {
    content.substantive = false
    content.tooShort = { minimum: minWords }
  }
  return content
}

/**
 * Removes "A:" labels. Answers written as several "- A: …" bullets are short;
 * in a long chunk only the opening marker is looked for, which keeps this
 * cheap on six-page answers.
 */
function stripAnswerMarkers(text: string): string {
  const stripped = text.length < 2000 ? text.replace(ANSWER_MARKER, '') : text.replace(LEADING_ANSWER_MARKER, '')
  return stripped.trim()
}

/** Placeholders are short: only the start of a long answer needs looking at. */
const HEAD_LENGTH = 400

function findPlaceholder(answer: string, vocabulary: CompiledVocabulary): string | undefined {
  if (ONLY_PUNCTUATION.test(answer)) return answer === '' ? 'empty' : answer.trim()
  const lower = (ASCII.test(answer) ? answer : answer.normalize('NFKC')).toLowerCase()
  // Each "(?<![…])[…]+$" starts only where a run starts: a bare "[…]+$" rescans every suffix of a long run.
  const bare = trimEndWhile(trimEndWhile(lower, STOPS).replace(/^[\s*_~>-]+/u, ''), EMPHASIS)
  if (vocabulary.placeholders.has(bare) || bare.startsWith('lorem ipsum')) return firstLine(answer)
  // A first line that is only "TBD" marks everything after it as notes, not an answer.
  const opening = trimEndWhile(bare.split('\n', 1)[0]!.replace(/^[\s*_~>-]+/u, ''), STOPS_AND_EMPHASIS)
  if (vocabulary.placeholders.has(opening)) return firstLine(answer)

  const firstWords = firstTwoWords(lower.slice(0, 80))
  const first = firstWords[0] ?? ''
  // "TBD — pricing after the beta" still says nothing decided.
  if (vocabulary.placeholders.has(first) && /^[^\p{L}\p{N}]*[\p{L}\p{N}/]+(?:[^\p{L}\p{N}\s]|\s*$|\s+[-–—(:])/u.test(bare)) {
    return firstLine(answer)
  }
  if (looksLikeInstruction(answer, firstWords, vocabulary)) return firstLine(answer)

  // An answer made only of template slots ("[Describe the pricing]") says nothing.
  if (/[[<{]/u.test(answer) && countWords(answer.replace(BRACKET_SLOT, ' ')) === 0) return answer.match(BRACKET_SLOT)?.[0] ?? firstLine(answer)
  return undefined
}

// The trailing runs the answer's ends are cut at, one character at a time: a loop from the end instead of
// "(?<![…])[…]+$", which V8 tries at every position of the text (these are all BMP characters).
const STOPS = /[\s.:;,!。]/u
const EMPHASIS = /[\s*_~]/u
const STOPS_AND_EMPHASIS = /[\s.:;,!*_~。]/u

/** The text without its trailing run of characters of `set`, as `text.replace(/(?<![set])[set]+$/u, '')`. */
function trimEndWhile(text: string, set: RegExp): string {
  let end = text.length
  while (end > 0 && set.test(text[end - 1]!)) end--
  return end === text.length ? text : text.slice(0, end)
}

const WORD = /[\p{L}\p{N}&'’]+/gu

/** The first two of `words(text)`: its first two runs of letters, digits, "&" and apostrophes. */
function firstTwoWords(text: string): string[] {
  WORD.lastIndex = 0
  const found: string[] = []
  for (let match = WORD.exec(text); match && found.length < 2; match = found.length < 2 ? WORD.exec(text) : null) found.push(match[0])
  WORD.lastIndex = 0
  return found
}

/** "Describe the problem your customer has." left from the template. */
function looksLikeInstruction(answer: string, firstWords: string[], vocabulary: CompiledVocabulary): boolean {
  const [verb, object] = firstWords
  if (!verb || !object) return false
  if (!vocabulary.instructions.has(verb) || !INSTRUCTION_OBJECTS.has(object)) return false
  // Template instructions are short, carry no figures and start with a capital letter (or sit in
  // italics or brackets); "Enter the Spanish market in Q3 after a pilot of 25 stores" is an answer.
  return answer.length <= 200 && !/\d/u.test(answer) && /^[\s*_[(<]*\p{Lu}/u.test(answer)
}

function firstLine(text: string): string {
  const line = text.split('\n', 1)[0]!.trim()
  return line.length > 80 ? `${line.slice(0, 77)}…` : line
}

import type { CompiledVocabulary } from '../../vocabulary/match.js'
import { countWords } from '../../vocabulary/normalize.js'
import type { Position, Release, SolutionHint } from '../types.js'
import type { Chunk } from './leads.js'

/**
 * The press release read as a whole, for the writing rules: how long it
 * is, where it presents the solution when no label says so, and whom its
 * problem statement is about.
 */

/** Shorter than this, a paragraph is a tagline, not the solution paragraph. */
const MIN_SOLUTION_WORDS = 12

export function releaseWords(chunks: Chunk[]): number {
  return chunks.reduce((sum, chunk) => sum + countWords(chunk.text), 0)
}

/**
 * The paragraph that presents the product, when no label marks it: the
 * first after the opening summary (which announces the launch, as it
 * should) that says what the product does ("lets", "introduces", "löst",
 * "できるようになります") and states no problem of its own. Quotes are
 * someone's words, not the solution paragraph.
 */
export function findSolutionParagraph(chunks: Chunk[], vocabulary: CompiledVocabulary): SolutionHint | undefined {
  const paragraphs = chunks.filter((chunk) => ['paragraph', 'run-in', 'list'].includes(chunk.type) && !chunk.quote && countWords(chunk.text) >= MIN_SOLUTION_WORDS)
  // The first real paragraph is the summary, which announces the product before the problem, as it should; a sub-headline or dateline before it is shorter.
  for (const chunk of paragraphs.slice(1)) {
    if (/["“„«「]/u.test(chunk.text)) continue
    const cues = vocabulary.writing.cues.findAll('solution', chunk.text)
    if (cues.length === 0) continue
    const problemKinds = vocabulary.problemCues.matches(chunk.text).length
    if (problemKinds >= 2) continue
    return { text: firstSentence(chunk.text), position: chunk.position, cues }
  }
  return undefined
}

// "our team", "our engineers", "unsere Entwickler": the team itself, not its customers.
const OWN_PEOPLE =
  /\b(?:our|we|us|unsere[nmrs]?|unser)\s+(?:own\s+)?(?:team|teams|engineers?|developers?|staff|employees?|people|company|org|organi[sz]ation|entwickler|mitarbeiter|teams?)\b|当社の?(?:社員|エンジニア|チーム)|自社の?(?:社員|エンジニア|チーム)/giu

/** The customers a problem statement names, and the team's own assets it leans on ("we already run", "our existing"). */
export function problemFocus(text: string, position: Position, vocabulary: CompiledVocabulary): NonNullable<Release['problemFocus']> {
  const { cues } = vocabulary.writing
  const customers = cues.findAll('customers', text.replace(OWN_PEOPLE, ' '))
  const assets = cues.findAll('assets', text)
  return { position, customers, assets }
}

function firstSentence(text: string): string {
  const sentence = /^[\s\S]*?(?:[.!?。！？](?=\s|$)|$)/u.exec(text.slice(0, 400))?.[0] ?? text
  return sentence.trim()
}

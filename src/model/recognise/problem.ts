import type { CompiledVocabulary } from '../../vocabulary/match.js'
import { countWords } from '../../vocabulary/normalize.js'
import type { Position } from '../types.js'

/**
 * A problem statement nobody labelled. The canonical press release states
 * the customer's problem in its second or third paragraph without a label;
 * others do it under "Background" or in the answer to "What problem does
 * this solve?". A paragraph states a problem when it says what is missing or
 * impossible (a gap: "there is no way to", "cannot", "fehlt", "无法"), what
 * people must do about it today ("spend hours", "by hand", "毎回") and what
 * it costs or how it hurts ("error-prone", "frustrating", "問題"), and the turn
 * from how things are to what is wrong with them ("however", "しかし") — at
 * least two of these kinds. Quotes are not statements of the problem (they are
 * someone's opinion of it), and a label-less headline is not either.
 */
export interface ProblemCandidate {
  text: string
  position: Position
  /** Where the paragraph is, which sets how much evidence it needs. */
  source: 'press-release' | 'background' | 'faq-answer'
  /** For paragraphs of the press release itself: their index (0 is the opening summary); others rank lower. */
  index?: number
  quote?: boolean
}

export interface ProblemStatement {
  /** The sentence that states the problem most plainly. */
  sentence: string
  position: Position
  source: ProblemCandidate['source']
  /** The cues found, by kind: what convinced the recogniser. */
  cues: string[]
  /** The whole paragraph (or answer) it is in. */
  paragraph: string
}

type CueKind = 'gap' | 'today' | 'pain' | 'contrast'
const KINDS: CueKind[] = ['gap', 'today', 'pain', 'contrast']
/** Shorter than this, a paragraph is a headline or a tagline. */
const MIN_WORDS = 12
const SENTENCE_END = /(?<=[.!?。！？])\s+|(?<=[。！？])/u
// "…," said Ana; „…", sagt der Vorstand; 「…」と語ります; …表示; 说; 말했다: quotation marks and a verb of saying.
// A survey's quoted answer has no such verb; "a record of what was said" has no quotation marks.
const QUOTATION_MARK = /["“”„«»「」『』]/u
const SPEECH_VERB = /\b(?:said|says|explains|adds|sagt|sagte|erklärt|dit|déclare|dijo|afirma|disse|сказал|сказала|говорит|отмечает)\b|表示|と語|と述べ|说道|指出|말했다|밝혔다/u
/** "X today announced": the dateline's "today" is the launch, not the customer's day. */
const ANNOUNCEMENT =
  /\b(?:announced|announces|launched|launches|introduces|introduced|unveiled|unveils|released|releases|is available|are available|available today|ab sofort|bringt|stellt|kündigt|annonce|lance|anuncia|lanza|lança|anunciou|представ|запуска)\b|発表|提供開始|リリース|发布|推出|上线|출시|발표/iu
/** Cues of one kind that are this many, and distinct, state a problem too ("spend hours … by hand … still"). */
const MANY_CUES = 3

/** The best problem statement among the candidates, or undefined when none states a problem. */
export function findProblemStatement(candidates: ProblemCandidate[], vocabulary: CompiledVocabulary): ProblemStatement | undefined {
  let best: { statement: ProblemStatement; score: number } | undefined
  for (const candidate of candidates) {
    if (candidate.quote || isSpeech(candidate.text) || countWords(candidate.text) < MIN_WORDS) continue
    const scored = score(candidate, vocabulary)
    if (scored && (!best || scored.score > best.score)) best = scored
  }
  return best?.statement
}

function isSpeech(text: string): boolean {
  return QUOTATION_MARK.test(text) && SPEECH_VERB.test(text)
}

function score(candidate: ProblemCandidate, vocabulary: CompiledVocabulary): { statement: ProblemStatement; score: number } | undefined {
  const cues = cuesByKind(candidate.text, vocabulary)
  const found = KINDS.filter((kind) => cues[kind].length > 0)
  // The answer to "What problem does this solve?" is the problem by its question; "Background" nearly so.
  const needed = candidate.source === 'faq-answer' ? 0 : candidate.source === 'background' ? 1 : 2
  if (found.length < needed && KINDS.reduce((sum, kind) => sum + cues[kind].length, 0) < MANY_CUES) return undefined
  // The opening paragraph summarises the launch; the problem usually follows it.
  const placement = candidate.source === 'press-release' && candidate.index !== undefined && candidate.index >= 1 && candidate.index <= 3 ? 0.5 : 0
  const sourceBonus = candidate.index !== undefined ? 1 : 0
  return {
    statement: {
      sentence: bestSentence(candidate.text, vocabulary),
      position: candidate.position,
      source: candidate.source,
      cues: found.map((kind) => `${kind}: ${cues[kind][0]}`),
      paragraph: candidate.text
    },
    score: found.length + placement + sourceBonus
  }
}

/** Each kind's distinct cues in the text, in order; in an announcement, the dateline's bare "today" is none. */
function cuesByKind(text: string, vocabulary: CompiledVocabulary): Record<CueKind, string[]> {
  const announcing = ANNOUNCEMENT.test(text)
  const byKind = vocabulary.problemCues.findAllByList(text)
  const cues = (kind: CueKind) => (byKind[kind] ?? []).filter((cue) => !(announcing && isBareToday(cue)))
  return { gap: cues('gap'), today: cues('today'), pain: cues('pain'), contrast: cues('contrast') }
}

function isBareToday(cue: string): boolean {
  return cue === 'today,'
}

/** The sentence with cues of the most kinds (the earliest of equals), cut to a quotable length. */
function bestSentence(text: string, vocabulary: CompiledVocabulary): string {
  const sentences = text.replace(/\s+/gu, ' ').trim().split(SENTENCE_END).filter(Boolean)
  let best = sentences[0] ?? text
  let bestKinds = -1
  for (const sentence of sentences) {
    const cues = cuesByKind(sentence, vocabulary)
    const kinds = KINDS.filter((kind) => cues[kind].length > 0).length
    if (kinds > bestKinds) {
      best = sentence
      bestKinds = kinds
    }
  }
  return quotable(best)
}

function quotable(sentence: string): string {
  if (sentence.length <= 160) return sentence
  const cut = sentence.lastIndexOf(' ', 157)
  return `${sentence.slice(0, cut > 80 ? cut : 157)}…`
}

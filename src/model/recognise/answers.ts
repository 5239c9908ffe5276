import type { CompiledVocabulary } from '../../vocabulary/match.js'
import { hasCjk, trimEndOf, words } from '../../vocabulary/normalize.js'
import { Q_PREFIX } from './questions.js'

/**
 * Answer first, then explain: a question that asks for a yes or a no should
 * get it in the answer's first sentence — "Yes.", "Not yet.", "It does, for
 * CSV and Parquet." — before the reasons. This decides whether a question is
 * one (its first word is an auxiliary — "Does it…?", "Can we…?", "Is
 * there…?", or their equivalents — and it offers no choice: "Is it A or B?"
 * asks for A or B), and whether its answer opens with the answer.
 */
export interface Opening {
  /** The answer's first sentence, cut to a quotable length. */
  sentence: string
  /** The sentence gives the yes or the no, plainly. */
  direct: boolean
  /** What showed it: the first word ("not yet"), or the verb the answer repeats ("supports"). */
  cue?: string
}

// "Is it A or B?", "Build or buy?", "Ist es A oder B?", "A ou B ?": a choice, not a yes or no.
const CHOICE = /\s(?:or|oder|ou|o|или)\s|还是|或者|それとも/iu
const SENTENCE = /^[\s\S]*?(?:[.!?;:。！？；：](?=\s|$)|[。！？]|—|\n|$)/u
const QUOTABLE = 140

/**
 * Asks for a yes or a no: an auxiliary first (or a yes/no ending in CJK), no
 * offered choice, and no question word further on ("Should we, and why
 * now?", 「料金はいくらですか」 ask for more than a yes).
 */
export function asksYesOrNo(question: string, vocabulary: CompiledVocabulary): boolean {
  const lower = question.replace(Q_PREFIX, '').normalize('NFKC').toLowerCase().trim()
  if (CHOICE.test(lower)) return false
  const { yesNo, cjkYesNoEnds, cjkStarts, whWords } = vocabulary.questions
  if (hasCjk(lower)) {
    const bare = trimEndOf(lower, '?？。')
    const asksWhat = cjkStarts.some((word) => bare.includes(word) && !cjkYesNoEnds.includes(word))
    return cjkYesNoEnds.some((end) => bare.endsWith(end)) && !asksWhat
  }
  const start = yesNo.find((word) => lower.startsWith(word) && !/[\p{L}\p{N}]/u.test(lower.charAt(word.length)))
  if (!start) return false
  return !words(lower.slice(start.length)).some((word) => whWords.includes(word))
}

/** How the answer to a yes/no question opens. */
export function readOpening(question: string, answer: string, vocabulary: CompiledVocabulary): Opening {
  const first = firstSentence(answer)
  const sentence = first.length <= QUOTABLE ? first : `${first.slice(0, QUOTABLE - 1)}…`
  const cue = directCue(first, question, vocabulary)
  return cue === undefined ? { sentence, direct: false } : { sentence, direct: true, cue }
}

function firstSentence(answer: string): string {
  const text = answer.replace(/^[\s>*_\-–—•·"“„«(]+/u, '')
  return (SENTENCE.exec(text.slice(0, 600))?.[0] ?? text).trim()
}

/**
 * The words that give the answer: a yes/no word first ("Yes", "Not yet",
 * "Nein", "はい"); a short plain answer, subject and auxiliary ("It does.",
 * "We will not."); or the question's own verb repeated at once ("Does it
 * support SSO?" — "It supports SAML and OIDC.").
 */
function directCue(sentence: string, question: string, vocabulary: CompiledVocabulary): string | undefined {
  const lower = sentence.normalize('NFKC').toLowerCase()
  const start = vocabulary.writing.directStarts.find((word) => startsWithWord(lower, word))
  if (start) return start
  // "As of March 2026, no.", "In transit, yes.": a short qualifier, then the answer.
  const qualified = /^[^,，、]{1,40}[,，、]\s*/u.exec(lower)?.[0]
  const afterQualifier = qualified && words(qualified).length <= 4 && vocabulary.writing.directStarts.find((word) => startsWithWord(lower.slice(qualified.length), word))
  if (afterQualifier) return afterQualifier
  if (hasCjk(lower)) return repeatedCjkVerb(question, lower) ?? sameVerbEnding(question, lower) ?? chineseModal(question, lower)
  const answerWords = words(lower)
  if (answerWords.length === 0) return undefined
  const [subject, second, third] = answerWords
  const { answerSubjects, answerAuxiliaries } = vocabulary.writing
  if (subject && answerSubjects.has(subject) && second && (answerAuxiliaries.has(second) || (second === 'do' && third === 'not'))) return `${subject} ${second}`
  const echoed = repeatedVerb(question, answerWords.slice(0, 4), vocabulary)
  return echoed
}

/** The question's first word after its auxiliary and subject ("support" in "Does it support SSO?"), when the answer's opening repeats it. */
function repeatedVerb(question: string, opening: string[], vocabulary: CompiledVocabulary): string | undefined {
  const questionWords = words(question.replace(Q_PREFIX, '').normalize('NFKC').toLowerCase())
  const verb = questionWords.slice(1, 4).find((word) => word.length >= 3 && !vocabulary.writing.answerSubjects.has(word))
  if (!verb) return undefined
  const stem = verb.slice(0, Math.max(4, verb.length - 2))
  return opening.find((word) => word.startsWith(stem))
}

// 「カバーしますか」 → 「カバー」: the verb before a polite ending, which a direct answer repeats (「カバーしません」).
const CJK_VERB_ENDING = /(?:できますか|しますか|ますか|ですか|吗|나요|습니까|가요|까)[?？\s。]*$/u

function repeatedCjkVerb(question: string, answer: string): string | undefined {
  const bare = question.normalize('NFKC').toLowerCase().replace(CJK_VERB_ENDING, '')
  if (bare === question) return undefined
  const verb = bare.slice(-3).replace(/^[をがはにでもの]/u, '')
  return verb.length >= 2 && answer.slice(0, 40).includes(verb) ? verb : undefined
}

// 「使えますか」 — 「ブラウザから利用できます。」: Japanese gives the answer at the end of its first sentence.
const JA_ENDINGS: Array<[question: RegExp, answer: RegExp]> = [
  [/できますか$/u, /(?:できます|できません|可能です|不可能です)$/u],
  [/ありますか$/u, /(?:あります|ありません|ございます|ございません)$/u],
  [/(?:します|ますか)$/u, /(?:ます|ません)$/u]
]

function sameVerbEnding(question: string, sentence: string): string | undefined {
  const asked = trimEndOf(question.normalize('NFKC'), '?？。')
  const answered = trimEndOf(sentence, '。.!！')
  if (answered.length > 40) return undefined
  for (const [ending, answer] of JA_ENDINGS) {
    if (ending.test(asked)) return answer.exec(answered)?.[0]
  }
  return undefined
}

// 「支持安卓手机吗？」 — 「支持。」: Chinese repeats the question's verb or modal at the start of its answer.
const ZH_MODALS = ['可以', '能', '会', '支持', '需要', '有', '是', '要', '用']

function chineseModal(question: string, sentence: string): string | undefined {
  if (/[\u3040-\u30ff\uac00-\ud7af]/u.test(question + sentence)) return undefined
  const head = sentence.slice(0, 12)
  return ZH_MODALS.find((modal) => question.includes(modal) && head.includes(modal))
}

function startsWithWord(text: string, word: string): boolean {
  if (!text.startsWith(word)) return false
  return hasCjk(word) || !/[\p{L}\p{N}]/u.test(text.charAt(word.length))
}

import type { CompiledVocabulary } from '../../vocabulary/match.js'
import { hasCjk } from '../../vocabulary/normalize.js'
import type { Content, TopicEvidence, TopicRejection } from '../types.js'
import { type Figures, findFigures } from './figures.js'
import { Q_PREFIX, type QuestionForm, questionForm } from './questions.js'

/**
 * What an FAQ question is about, decided from the question *and* its answer.
 *
 * A word in the question that can only mean the topic decides it ("pricing",
 * "business model", "hardest technical problem"), and so does the group the
 * question sits in ("Technical FAQs"). A word that can mean other things
 * ("cost" is also effort, "API" is also a customer's how-to, "budget" also
 * time) decides nothing alone: the answer must show the topic with its own
 * evidence — an amount of money, a price per month, a margin; a dependency,
 * a limit, a latency figure. Some answers never count: a finance question
 * answered only "No, it's free" states the customer's price, not how the
 * product pays for itself; a definition ("What is MCP?") or a customer's
 * how-to is not a technical hurdle.
 *
 * Every cue found is kept as evidence, and every topic the question touched
 * but did not earn is kept with the reason, so that findings can say why.
 */
export interface TopicInput {
  question: string
  answer: Content
  /** Topics the question's group gives it ("Technical FAQs" → technical). */
  groupTopics: string[]
  /** In the internal FAQ, where "What does it cost?" asks what it costs us; outside it, often what it costs the customer. */
  internal?: boolean
}

export interface TopicDecision {
  topics: string[]
  evidence: TopicEvidence[]
  rejected: TopicRejection[]
  form: QuestionForm
  /** The answer's figures, when the answer was searched. */
  figures?: Figures
}

/** Topics a group's label suggests but its questions must show: money and technology. */
const AMBIGUOUS_IN_GROUPS = new Set(['finance', 'technical'])
/** "Why Voltyard?", "Warum Carevia?": "why us?" with the company's name. */
const WHY_NAME = /^(?:[Ww]hy|[Ww]arum|[Pp]ourquoi|[Pp]or qué|[Pp]or que|[Пп]очему)\s+\p{Lu}[\p{L}\p{N}.&-]*[?？]?$/u
/** A bare answer is short: "No, it is free for everyone." */
const BARE_ANSWER_WORDS = 8
// Trailing runs start only where a run starts (the look-behind): "[…]+$" alone rescans a long run from each of its characters.
const TRAILING_STOPS = /(?<![\s.!。！…])[\s.!。！…]+$/u
const EMPHASIS_AROUND = /^[\s*_]+|(?<![\s*_])[\s*_]+$/gu

export function decideTopics(input: TopicInput, vocabulary: CompiledVocabulary): TopicDecision {
  const form = questionForm(input.question, vocabulary)
  const evidence: TopicEvidence[] = [
    ...vocabulary.topics.evidence(input.question).map(({ name, cue }) => ({ topic: name, source: 'question' as const, cue })),
    ...input.groupTopics.map((topic) => ({ topic, source: 'group' as const, cue: topic }))
  ]
  // "Why Voltyard?": a company's name in place of "us".
  if (WHY_NAME.test(input.question.trim())) evidence.push({ topic: 'should-do', source: 'question', cue: input.question.trim() })
  // A group's topic decides for its questions, but a definition or a customer's how-to under "Technical FAQ"
  // ("What is FHIR?", "Which browsers are supported?") must show the topic in its answer.
  const groupOnly = (topic: string) => evidence.every((item) => item.topic !== topic || item.source === 'group')
  const weakened =
    form === 'definition' || form === 'usage' ? evidence.filter((item) => item.source === 'group' && AMBIGUOUS_IN_GROUPS.has(item.topic) && groupOnly(item.topic)).map((item) => item.topic) : []
  const decided = new Set(evidence.map((item) => item.topic).filter((topic) => !weakened.includes(topic)))
  const ambiguous = uniqueByName([
    ...vocabulary.ambiguousTopics.evidence(input.question),
    ...riskEvidence(input.question, vocabulary),
    ...weakened.map((topic) => ({ name: topic, cue: topic }))
  ]).filter(({ name }) => !decided.has(name))
  // The answer is searched only when it can change the verdict: an ambiguous word, or a finance question that may be bare.
  const answer = ambiguous.length > 0 || decided.has('finance') ? answerEvidence(input.answer.text, vocabulary) : NO_EVIDENCE
  const rejected: TopicRejection[] = []
  const topics: string[] = []

  for (const topic of decided) {
    const refusal = refuse(topic, input, answer, vocabulary)
    if (refusal) rejected.push({ topic, ...refusal })
    else topics.push(topic)
  }
  for (const { name: topic, cue } of ambiguous) {
    if (!weakened.includes(topic)) evidence.push({ topic, source: 'question', cue, ambiguous: true })
    const refusal = refuse(topic, input, answer, vocabulary) ?? unproven(topic, form, input, answer, vocabulary)
    if (refusal) rejected.push({ topic, ...refusal })
    else topics.push(topic)
  }
  for (const item of answer.items) if (topics.includes(item.topic)) evidence.push(item)
  return answer === NO_EVIDENCE ? { topics, evidence, rejected, form } : { topics, evidence, rejected, form, figures: answer.figures }
}

/**
 * "What could break at 10x?", "What happens if the upstream API goes down?": risk, failure and scale point at a
 * technical hurdle, as an ambiguous word does. Not in a question that asks why things fail ("Why do AI systems
 * fail in production?"): its answer explains the customer's problem, not a hurdle of ours.
 */
function riskEvidence(question: string, vocabulary: CompiledVocabulary): Array<{ name: string; cue: string }> {
  const evidence = vocabulary.riskQuestions.evidence(question)
  if (evidence.length === 0) return evidence
  const lower = question
    .replace(Q_PREFIX, '')
    .normalize('NFKC')
    .toLowerCase()
    .replace(/^[\s¿¡"“„«(*_]+/u, '')
  const { why, whyNot } = vocabulary.questions
  const asksWhy = why.some((word) => startsWithWord(lower, word)) && !whyNot.some((word) => startsWithWord(lower, word))
  return asksWhy ? [] : evidence
}

function startsWithWord(text: string, word: string): boolean {
  return text.startsWith(word) && (hasCjk(word) || !/[\p{L}\p{N}]/u.test(text.charAt(word.length)))
}

interface AnswerEvidence {
  figures: Figures
  items: TopicEvidence[]
  /** Money words that decide alone (with amounts of money), and weaker ones ("pricing", "sponsor"). */
  money: number
  moneyTerms: number
  /** Hurdle words (a limit, a trade-off, a risk) and words of technical substance, figures of scale among them. */
  hurdles: number
  technicalTerms: number
}

const NO_EVIDENCE: AnswerEvidence = { figures: { money: [], percent: [], scale: [] }, items: [], money: 0, moneyTerms: 0, hurdles: 0, technicalTerms: 0 }

function answerEvidence(text: string, vocabulary: CompiledVocabulary): AnswerEvidence {
  const figures = findFigures(text)
  const byList = vocabulary.answerTopics.findAllByList(text)
  const found = (list: string) => byList[list] ?? []
  const lists = { finance: found('finance'), financeTerms: found('finance-terms'), technical: found('technical'), technicalTerms: found('technical-terms') }
  const items: TopicEvidence[] = [
    ...[...lists.finance, ...lists.financeTerms].map((cue) => ({ topic: 'finance', source: 'answer' as const, cue })),
    ...[...lists.technical, ...lists.technicalTerms].map((cue) => ({ topic: 'technical', source: 'answer' as const, cue })),
    ...[...figures.money, ...figures.percent].map((cue) => ({ topic: 'finance', source: 'figures' as const, cue })),
    ...figures.scale.map((cue) => ({ topic: 'technical', source: 'figures' as const, cue }))
  ]
  return {
    figures,
    items,
    money: lists.finance.length + figures.money.length,
    moneyTerms: lists.financeTerms.length + figures.percent.length,
    hurdles: lists.technical.length,
    technicalTerms: lists.technicalTerms.length + figures.scale.length
  }
}

/** An answer that shows money: an amount or a word that means money, or two weaker signs ("pricing", "sponsor"). */
function showsMoney(answer: AnswerEvidence): boolean {
  return answer.money > 0 || answer.moneyTerms >= 2
}

/** An answer that names a technical hurdle: a hurdle word with technical substance, or a lot of substance with figures of scale. */
function showsHurdle(answer: AnswerEvidence): boolean {
  return (answer.hurdles > 0 && answer.technicalTerms >= 2) || (answer.technicalTerms >= 3 && answer.figures.scale.length > 0)
}

/**
 * Why a topic was not earned: the reason in English for the model and its readers, and a code (with the answer's
 * words where the reason quotes them) so that a finding can say it in the reader's language (src/messages/).
 */
type Refusal = Omit<TopicRejection, 'topic'>

/** A reason the topic does not count whatever the question says, or undefined. */
function refuse(topic: string, input: TopicInput, answer: AnswerEvidence, vocabulary: CompiledVocabulary): Refusal | undefined {
  if (topic !== 'finance' || answer.figures.money.length > 0) return undefined
  const bare = input.answer.text.normalize('NFKC').toLowerCase().replace(TRAILING_STOPS, '').replace(EMPHASIS_AROUND, '')
  const words = input.answer.words
  const firstWord = bare.split(/[\s,，、.。:;—–-]+/u, 1)[0] ?? ''
  if (vocabulary.bareAnswers.has(bare) || (words <= BARE_ANSWER_WORDS && vocabulary.bareAnswers.has(firstWord) && !showsMoney(answer))) {
    const quote = input.answer.text.trim().slice(0, 60)
    return { reason: `its answer says only “${quote}”: that is the customer’s price, not how the product pays for itself`, code: 'customer-price', quote }
  }
  return undefined
}

/** A reason an ambiguous question word did not earn the topic, or undefined when the answer shows it. */
function unproven(topic: string, form: QuestionForm, input: TopicInput, answer: AnswerEvidence, vocabulary: CompiledVocabulary): Refusal | undefined {
  // An unanswered question keeps the topic it seems to ask about: the finding then says it has no answer.
  if (!input.answer.substantive) return undefined
  if (topic === 'finance') {
    if (showsMoney(answer) || (input.internal && !effortOnly(input.answer.text, answer, vocabulary))) return undefined
    return effortOnly(input.answer.text, answer, vocabulary)
      ? { reason: 'its answer is given in effort (people and time), not money', code: 'effort' }
      : { reason: 'its answer has no figures or money terms (price, cost, revenue, margin)', code: 'no-money' }
  }
  if (topic === 'technical') {
    // A definition or a customer's how-to needs a hurdle named in the answer; any other question, a hurdle or real substance.
    if (form === 'definition' || form === 'usage' ? showsHurdle(answer) : showsHurdle(answer) || answer.technicalTerms >= 3) return undefined
    if (form === 'definition') return { reason: 'it is a definition, not a technical hurdle', code: 'definition' }
    if (form === 'usage') return { reason: 'it is a customer’s how-to question, not a technical hurdle', code: 'usage' }
    return { reason: 'its answer names no technical hurdle: no dependency, limit, risk or figure of scale', code: 'no-hurdle' }
  }
  return undefined
}

function effortOnly(text: string, answer: AnswerEvidence, vocabulary: CompiledVocabulary): boolean {
  return answer.figures.money.length === 0 && vocabulary.effort.has('effort', text)
}

function uniqueByName<T extends { name: string }>(items: T[]): T[] {
  const seen = new Set<string>()
  return items.filter((item) => !seen.has(item.name) && seen.add(item.name) !== undefined)
}

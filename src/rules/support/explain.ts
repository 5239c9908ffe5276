import type { Content, Faq, PrFaqModel, Position, Question } from '../../model/types.js'
import type { RuleContext } from '../rule.js'
import { faqQuestionFix, withFix, type QuestionSkeleton } from './fixes.js'

/** "it is empty", "it says “TBD”": why an answer does not count. */
export function whyNotAnswered(content: Content, noun = 'answer'): string {
  if (content.tooShort) return `the ${noun} has ${content.words} word${content.words === 1 ? '' : 's'}; at least ${content.tooShort.minimum} are needed`
  if (!content.placeholder || content.placeholder === 'empty') return `the ${noun} is empty`
  return `the ${noun} is only “${content.placeholder.replace(/(?<![.。])[.。]+$/u, '')}”`
}

const comparable = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim()

/**
 * Where to point when something the FAQ should contain is missing: the
 * internal FAQ (where the hard questions belong), else the FAQ heading, else
 * the first FAQ group. Undefined means there is no FAQ: the engine then
 * anchors at the title.
 */
export function faqAnchor(faq: Faq | undefined): Position | undefined {
  if (!faq) return undefined
  const internal = faq.groups.find((group) => group.kind === 'internal')
  return internal?.label?.position ?? faq.label?.position ?? faq.position
}

export function questionsAbout(model: PrFaqModel, topic: string): Question[] {
  return model.faq?.questions.filter((question) => question.topics.includes(topic)) ?? []
}

export interface FaqTopic {
  topic: string
  /** "finance", "technical": used as "the finance question …". */
  adjective: string
  /** "money (cost, pricing, revenue or the business model)". */
  subject: string
  /** The question a suggestion adds when the FAQ has none about the topic. */
  skeleton?: QuestionSkeleton
}

/** Explains a failed "the FAQ answers a question about <topic>" requirement. */
export function explainFaqTopic(context: RuleContext, { topic, adjective, subject, skeleton }: FaqTopic): void {
  const { faq } = context.model
  const [asked] = questionsAbout(context.model, topic)
  if (asked) {
    context.report({
      at: asked.position,
      message: `The ${adjective} question “${asked.text}” has no real answer: ${whyNotAnswered(asked.answer)}.`,
      help: 'Replace the placeholder with the answer as you know it today, including the numbers and the assumptions behind them.'
    })
    return
  }
  // A question that seemed to ask about the topic but did not earn it: say which, and why.
  const considered = faq?.questions.find((question) => question.rejected.some((rejection) => rejection.topic === topic))
  if (considered) {
    const { reason } = considered.rejected.find((rejection) => rejection.topic === topic)!
    context.report({
      at: considered.position,
      message: `The FAQ has no answer about ${subject}: “${considered.text}” was considered, but ${reason}.`
    })
    return
  }
  const at = faqAnchor(faq)
  context.report({
    at,
    message: faq
      ? `The FAQ has no question about ${subject}.`
      : `There is no FAQ, so nothing answers questions about ${subject}.`,
    ...withFix(faq && skeleton ? faqQuestionFix(context, faq, skeleton, at) : undefined)
  })
}

export interface Criterion {
  topic: string
  /** Bezos's wording: "Is it a big idea?". */
  question: string
  /** What an FAQ question asking it would ask about: "how big the opportunity is". */
  asks: string
}

/** Explains a failed Bezos-criterion requirement: answered nowhere, or asked with a placeholder answer. */
export function explainCriterion(context: RuleContext, { topic, question, asks }: Criterion): void {
  const { criteria, faq } = context.model
  const candidates = [
    ...(criteria?.entries.filter((entry) => entry.topics.includes(topic)) ?? []),
    ...questionsAbout(context.model, topic)
  ].sort((a, b) => a.position.start.offset - b.position.start.offset)
  const [asked] = candidates
  if (asked) {
    const asks = comparable(asked.text) === comparable(question) ? `Bezos's question “${question}” is asked` : `“${asked.text}” asks Bezos's question “${question}”`
    context.report({ at: asked.position, message: `${asks} but has no real answer: ${whyNotAnswered(asked.answer)}.` })
    return
  }
  if (criteria) {
    context.report({
      at: criteria.label.position,
      message: `The “${criteria.label.text}” section does not answer Bezos's question “${question}”.`
    })
    return
  }
  context.report({
    at: faqAnchor(faq),
    message: `Nothing answers Bezos's question “${question}”: there is no Bezos-criteria section, and no FAQ question asks ${asks}.`
  })
}

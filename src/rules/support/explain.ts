import type { MessageKey } from '../../messages/en.js'
import { type Text, t } from '../../messages/text.js'
import type { Content, Faq, Position, PrFaqModel, Question } from '../../model/types.js'
import type { RuleContext } from '../rule.js'
import { faqQuestionFix, type QuestionSkeleton, withFix } from './fixes.js'

/** "it is empty", "it says “TBD”": why an answer does not count. */
export function whyNotAnswered(content: Content, noun: 'answer' | 'section' = 'answer'): Text {
  const nounText = t(noun === 'answer' ? 'noun.answer' : 'noun.section')
  if (content.tooShort) return t('why.too-short', { noun: nounText, words: content.words, minimum: content.tooShort.minimum })
  if (!content.placeholder || content.placeholder === 'empty') return t('why.empty', { noun: nounText })
  return t('why.only', { noun: nounText, placeholder: content.placeholder.replace(/(?<![.。])[.。]+$/u, '') })
}

const comparable = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()

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
  topic: 'finance' | 'technical'
  /** The question a suggestion adds when the FAQ has none about the topic. */
  skeleton?: boolean
}

/** Explains a failed "the FAQ answers a question about <topic>" requirement. */
export function explainFaqTopic(context: RuleContext, { topic, skeleton }: FaqTopic): void {
  const { faq } = context.model
  const adjective = t(`topic.${topic}.adjective`)
  const subject = t(`topic.${topic}.subject`)
  const [asked] = questionsAbout(context.model, topic)
  if (asked) {
    context.report({
      at: asked.position,
      message: t('faq-topic.unanswered', { adjective, question: asked.text, why: whyNotAnswered(asked.answer) }),
      help: t('faq-topic.unanswered.help')
    })
    return
  }
  // A question that seemed to ask about the topic but did not earn it: say which, and why.
  const considered = faq?.questions.find((question) => question.rejected.some((rejection) => rejection.topic === topic))
  if (considered) {
    const rejection = considered.rejected.find((candidate) => candidate.topic === topic)!
    context.report({
      at: considered.position,
      message: t('faq-topic.considered', { subject, question: considered.text, reason: rejectionText(rejection) })
    })
    return
  }
  const at = faqAnchor(faq)
  const question: QuestionSkeleton = { question: t(`skeleton.${topic}.question`), prompt: t(`skeleton.${topic}.prompt`), description: t(`skeleton.${topic}.description`) }
  context.report({
    at,
    message: faq ? t('faq-topic.missing', { subject }) : t('faq-topic.no-faq', { subject }),
    ...withFix(faq && skeleton ? faqQuestionFix(context, faq, question, at) : undefined)
  })
}

/** The model keeps why a question did not earn a topic as a code (and, for a bare answer, its words): the words are the catalog's. */
function rejectionText(rejection: Question['rejected'][number]): Text {
  const key = `rejected.${rejection.code}` as MessageKey
  return rejection.code === 'customer-price' ? t(key, { answer: rejection.quote ?? '' }) : t(key)
}

export interface Criterion {
  topic: 'big-idea' | 'should-do' | 'plan'
}

/** Explains a failed Bezos-criterion requirement: answered nowhere, or asked with a placeholder answer. */
export function explainCriterion(context: RuleContext, { topic }: Criterion): void {
  const { criteria, faq } = context.model
  const question = t(`criterion.${topic}.question`)
  const candidates = [...(criteria?.entries.filter((entry) => entry.topics.includes(topic)) ?? []), ...questionsAbout(context.model, topic)].sort(
    (a, b) => a.position.start.offset - b.position.start.offset
  )
  const [asked] = candidates
  if (asked) {
    const why = whyNotAnswered(asked.answer)
    const verbatim = comparable(asked.text) === comparable(ENGLISH_CRITERIA[topic])
    context.report({ at: asked.position, message: verbatim ? t('criterion.asked-verbatim', { question, why }) : t('criterion.asked', { asked: asked.text, question, why }) })
    return
  }
  if (criteria) {
    context.report({ at: criteria.label.position, message: t('criterion.section-silent', { section: criteria.label.text, question }) })
    return
  }
  context.report({ at: faqAnchor(faq), message: t('criterion.missing', { question, asks: t(`criterion.${topic}.asks`) }) })
}

/** Bezos's wording, to tell a document that asks it word for word. */
const ENGLISH_CRITERIA: Record<Criterion['topic'], string> = {
  'big-idea': 'Is it a big idea?',
  'should-do': 'Is it something we should be doing?',
  plan: 'Is there a legitimate plan to succeed?'
}

import { t } from '../messages/text.js'
import type { Question } from '../model/types.js'
import { defineRule } from './rule.js'
import { questionsAbout } from './support/explain.js'

export default defineRule({
  kind: 'model',
  id: 'finance-figures',
  description: 'The FAQ’s finance answers give figures: an amount, price, cost, margin, percentage or market size.',
  help: 'Put numbers in the finance answer — the price, the cost to serve a customer, the margin, the budget or the market size — with the assumptions behind them. An estimate with its assumptions beats none.',
  rationale: 'Leaders cannot judge whether an idea is worth doing from “it will be profitable”: the numbers, even rough ones, are what make the plan checkable.',
  defaultSeverity: 'warning',
  check(context) {
    const answered = questionsAbout(context.model, 'finance').filter((question) => question.answer.substantive)
    // faq-finance reports a missing or empty finance answer; this rule judges the answers it accepted.
    if (answered.length === 0 || answered.some(hasFigures)) return
    const [first] = answered
    context.report({
      at: first!.position,
      message: answered.length > 1 ? t('finance-figures.found-others', { question: first!.text, others: answered.length - 1 }) : t('finance-figures.found', { question: first!.text })
    })
  }
})

function hasFigures(question: Question): boolean {
  const figures = question.answer.figures
  return figures !== undefined && figures.money.length + figures.percent.length + figures.scale.length > 0
}

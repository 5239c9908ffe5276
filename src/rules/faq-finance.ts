import { defineRule } from './rule.js'
import { explainFaqTopic } from './support/explain.js'

export default defineRule({
  kind: 'schema',
  id: 'faq-finance',
  description: 'The FAQ answers a question about money: cost, pricing, revenue, business model, margins, budget, ROI or market size.',
  help: 'Add an internal FAQ question such as “What does it cost us, and how do we make money?” and answer it with numbers: price, unit cost, margin, budget or market size, and the assumptions behind them.',
  rationale: 'Leaders ask whether this is worth doing; without the money — cost, price, margin, market size — nobody can answer that or see a legitimate plan.',
  defaultSeverity: 'error',
  target: { topic: 'finance' },
  explain(context) {
    explainFaqTopic(context, { topic: 'finance', skeleton: true })
  }
})

import { defineRule } from './rule.js'
import { explainFaqTopic } from './support/explain.js'

export default defineRule({
  kind: 'schema',
  id: 'faq-technical-hurdles',
  description: 'The FAQ answers a question about technical hurdles: the hardest part, technical risks, feasibility, dependencies, scale or architecture.',
  help: 'Add an internal FAQ question such as “What is the hardest technical problem, and how will we solve it?” and answer it: what is new or risky, what we depend on, and how we will know it works at the scale we need.',
  rationale: 'A legitimate plan names its hardest technical problems and how they will be solved; an FAQ without them hides the biggest risk to the launch.',
  defaultSeverity: 'error',
  target: { topic: 'technical' },
  explain(context) {
    explainFaqTopic(context, { topic: 'technical', skeleton: true })
  }
})

import { defineRule } from './rule.js'
import { explainCriterion } from './support/explain.js'

export default defineRule({
  kind: 'schema',
  id: 'bezos-big-idea',
  description: 'Bezos’s first question, “Is it a big idea?”, is answered: in a Bezos-criteria section or by an FAQ question such as “How big is the opportunity?”.',
  help: 'Answer “Is it a big idea?”: how many customers have the problem, how much it matters to them, and how large the opportunity is — in a Bezos-criteria section or an internal FAQ question such as “How big is the opportunity?”.',
  rationale: '“Is it a big idea?” is the first of the three questions leaders judge a PR/FAQ by; an unanswered one leaves the size of the opportunity to guesswork.',
  defaultSeverity: 'error',
  target: { topic: 'big-idea' },
  explain(context) {
    explainCriterion(context, { topic: 'big-idea' })
  }
})

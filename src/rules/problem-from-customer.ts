import { quote, t } from '../messages/text.js'
import { defineRule } from './rule.js'

export default defineRule({
  kind: 'model',
  id: 'problem-from-customer',
  description: 'The problem statement is about a customer or user, not about the team’s own technology or assets.',
  help: 'Rewrite the problem from the customer’s side: who has it, what they cannot do today, and what it costs them. Leave what the team already has for the FAQ’s “Why us?”.',
  rationale:
    '“We already run X, Y and Z; combined, they could become a product” is the pieces-in-the-pantry symptom: a solution looking for a problem. Working backwards starts from a customer’s problem and only then asks what to build.',
  defaultSeverity: 'warning',
  check(context) {
    const focus = context.model.release?.problemFocus
    if (!focus || focus.assets.length === 0 || focus.customers.length > 0) return
    const cues = focus.assets.slice(0, 3).map(quote)
    context.report({
      at: focus.position,
      message: t('problem-from-customer.found', { cues })
    })
  }
})

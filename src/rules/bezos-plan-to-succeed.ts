import { defineRule } from './rule.js'
import { explainCriterion } from './support/explain.js'

export default defineRule({
  kind: 'schema',
  id: 'bezos-plan-to-succeed',
  description: 'Bezos’s third question, “Is there a legitimate plan to succeed?”, is answered: in a Bezos-criteria section or by an FAQ question such as “What is our plan to succeed?”.',
  help: 'Answer “Is there a legitimate plan to succeed?”: the milestones, the team and resources, the riskiest assumptions and how we will test them — in a Bezos-criteria section or an internal FAQ question such as “What is our plan to succeed?”.',
  rationale: '“Is there a legitimate plan to succeed?” is what turns a good idea into an approved project; without a plan, the PR/FAQ is a wish.',
  defaultSeverity: 'error',
  target: { topic: 'plan' },
  explain(context) {
    explainCriterion(context, { topic: 'plan' })
  }
})

import { defineRule } from './rule.js'
import { explainCriterion } from './support/explain.js'

export default defineRule({
  kind: 'schema',
  id: 'bezos-should-do',
  description: 'Bezos’s second question, “Is it something we should be doing?”, is answered: in a Bezos-criteria section or by an FAQ question such as “Why should we be the ones to build this?”.',
  help: 'Answer “Is it something we should be doing?”: why this fits our strategy and strengths, why now, and what we would not do instead — in a Bezos-criteria section or an internal FAQ question such as “Why should we be the ones to build this?”.',
  rationale: '“Is it something we should be doing?” asks why this team, now, rather than something else; leaders cannot approve a PR/FAQ that does not say.',
  defaultSeverity: 'error',
  target: { topic: 'should-do' },
  explain(context) {
    explainCriterion(context, { topic: 'should-do' })
  }
})

import { t } from '../messages/text.js'
import { defineRule } from './rule.js'

/** "Is it a big idea?" asks for an argument, not a yes: the bezos-* rules judge those answers. */
const ARGUED_TOPICS = new Set(['big-idea', 'should-do', 'plan'])

export default defineRule({
  kind: 'model',
  id: 'answer-first',
  description: 'An FAQ answer to a yes/no question opens with the yes or the no (“Yes.”, “Not yet.”, “It does.”), then explains.',
  help: 'Start the answer with the answer — “Yes.”, “No.”, “Not yet.”, “It does, for …” — and give the reasons after it.',
  rationale: 'Readers skim an FAQ for the answers. An answer that opens with background makes them read to the end to learn whether it was yes or no, and often hides that it is a “no”.',
  defaultSeverity: 'warning',
  check(context) {
    for (const question of context.model.faq?.questions ?? []) {
      const { opening } = question
      if (!opening || opening.direct || question.topics.some((topic) => ARGUED_TOPICS.has(topic))) continue
      context.report({
        at: question.position,
        message: t('answer-first.found', { question: question.text, sentence: opening.sentence })
      })
    }
  }
})

import { t } from '../messages/text.js'
import type { Position } from '../model/types.js'
import { defineRule } from './rule.js'

export default defineRule({
  kind: 'model',
  id: 'customer-quote',
  description: 'The press release quotes a customer (a customer, user or partner outside the company), not only its own leader.',
  help: 'Add a quote from a customer: a named person and role (“said Ana Ruiz, a nurse at St. Mary’s”) saying, in their words, what changed for them.',
  rationale: 'A customer quote is the press release’s test of the benefit: if the team cannot write what a customer would say, it has not yet found what the customer gets.',
  defaultSeverity: 'warning',
  check(context) {
    const { release, pressRelease } = context.model
    if (!release || release.quotes.some((quote) => quote.kind === 'customer')) return
    const leader = release.quotes.at(-1)
    if (leader) {
      context.report({
        at: leader.position,
        message: t('customer-quote.leader-only', { speaker: leader.speaker ?? leader.cue })
      })
      return
    }
    context.report({
      at: pressRelease?.label.position ?? firstLineOf(release.position),
      message: t('customer-quote.none')
    })
  }
})

/** The start of the press release: a finding about all of it is shown on its first line, not over a page. */
function firstLineOf(position: Position): Position {
  return { ...position, end: { ...position.start } }
}

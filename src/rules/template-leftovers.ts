import type { MessageKey } from '../messages/en.js'
import { type Text, t } from '../messages/text.js'
import type { Placeholder } from '../model/types.js'
import { trimEndOf, trimStartOf } from '../vocabulary/normalize.js'
import type { FixSpec } from './rule.js'
import { defineRule } from './rule.js'
import { withFix } from './support/fixes.js'

/** Past this many, one more finding says how many are left: a template pasted whole would otherwise bury the review. */
export const MAX_REPORTED = 25

/** What a kind of placeholder is, alone and inside a sentence that says where it is. */
const KIND: Record<Placeholder['kind'], { alone: MessageKey; what: MessageKey }> = {
  bracket: { alone: 'template-leftovers.bracket', what: 'template-leftovers.what.slot' },
  angle: { alone: 'template-leftovers.bracket', what: 'template-leftovers.what.slot' },
  braces: { alone: 'template-leftovers.bracket', what: 'template-leftovers.what.slot' },
  lorem: { alone: 'template-leftovers.filler', what: 'template-leftovers.what.filler' },
  xx: { alone: 'template-leftovers.figure', what: 'template-leftovers.what.figure' },
  tbd: { alone: 'template-leftovers.tbd', what: 'template-leftovers.what.tbd' },
  instruction: { alone: 'template-leftovers.instruction', what: 'template-leftovers.what.instruction' }
}

const WHERE: Record<Exclude<Placeholder['where'], 'text'>, MessageKey> = {
  headline: 'template-leftovers.in-headline',
  quote: 'template-leftovers.in-quote',
  dateline: 'template-leftovers.in-dateline'
}

function describe(placeholder: Placeholder): Text {
  const kind = KIND[placeholder.kind]
  if (placeholder.where === 'text') return t(kind.alone, { text: placeholder.text })
  return t(WHERE[placeholder.where], { text: placeholder.text, what: t(kind.what) })
}

export default defineRule({
  kind: 'model',
  id: 'template-leftovers',
  description: 'No template text is left in the document: `[Product name]`-style slots, “Lorem ipsum”, `XX%`, “TBD” in a headline, quote or dateline, or instructions copied from a template.',
  help: 'Replace the template text with what it stands for, or delete it. Where you do not know yet, say so in words (“Pricing is decided in the Q3 review”).',
  rationale: 'Template text tells reviewers the thinking has not been done; in a press release it is worse than a gap, because it reads as finished at a glance.',
  defaultSeverity: 'warning',
  check(context) {
    const { placeholders } = context.model
    for (const placeholder of placeholders.slice(0, MAX_REPORTED)) {
      context.report({
        at: placeholder.position,
        message: describe(placeholder),
        ...withFix(promptFix(placeholder))
      })
    }
    const rest = placeholders.length - MAX_REPORTED
    if (rest > 0) {
      context.report({
        at: placeholders[MAX_REPORTED]!.position,
        message: t('template-leftovers.more', { rest, listed: MAX_REPORTED })
      })
    }
  }
})

/**
 * A slot alone on its line becomes a prompt in an HTML comment: the template
 * text leaves the rendered page, and nothing is written for the author. Only
 * slots: filler and instructions have no slot name to prompt with, and a
 * placeholder among other words would take them with it.
 */
function promptFix(placeholder: Placeholder): FixSpec | undefined {
  if (!placeholder.wholeLine || !['bracket', 'angle', 'braces'].includes(placeholder.kind)) return undefined
  if (placeholder.position.start.line !== placeholder.position.end.line) return undefined
  const slot = trimEndOf(trimStartOf(placeholder.text, '[<{'), ']>}').trim()
  return {
    kind: 'replace-placeholder',
    line: placeholder.position.start.line,
    placeholder: placeholder.text,
    replacement: `<!-- TODO: write the ${slot.replace(/-->/gu, '')} -->`,
    description: t('template-leftovers.fix')
  }
}

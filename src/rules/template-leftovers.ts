import type { Placeholder } from '../model/types.js'
import type { FixSpec } from './rule.js'
import { withFix } from './support/fixes.js'
import { defineRule } from './rule.js'
import { trimEndOf, trimStartOf } from '../vocabulary/normalize.js'

/** Past this many, one more finding says how many are left: a template pasted whole would otherwise bury the review. */
export const MAX_REPORTED = 25

const WHAT: Record<Placeholder['kind'], string> = {
  bracket: 'a template slot',
  angle: 'a template slot',
  braces: 'a template slot',
  lorem: 'filler text',
  xx: 'a filler figure',
  tbd: 'a “to be decided”',
  instruction: 'an instruction copied from the template'
}

const WHERE: Record<Placeholder['where'], string> = {
  headline: ' in the headline',
  quote: ' in a quote',
  dateline: ' in the dateline',
  text: ''
}

export default defineRule({
  kind: 'model',
  id: 'template-leftovers',
  description: 'No template text is left in the document: `[Product name]`-style slots, “Lorem ipsum”, `XX%`, “TBD” in a headline, quote or dateline, or instructions copied from a template.',
  help: 'Replace the template text with what it stands for, or delete it. Where you do not know yet, say so in words (“Pricing is decided in the Q3 review”).',
  rationale:
    'Template text tells reviewers the thinking has not been done; in a press release it is worse than a gap, because it reads as finished at a glance.',
  defaultSeverity: 'warning',
  check(context) {
    const { placeholders } = context.model
    for (const placeholder of placeholders.slice(0, MAX_REPORTED)) {
      context.report({
        at: placeholder.position,
        message: `“${placeholder.text}” is ${WHAT[placeholder.kind]}${WHERE[placeholder.where]}.`,
        ...withFix(promptFix(placeholder))
      })
    }
    const rest = placeholders.length - MAX_REPORTED
    if (rest > 0) {
      context.report({
        at: placeholders[MAX_REPORTED]!.position,
        message: `…and ${rest} more piece${rest === 1 ? '' : 's'} of template text from here on (${MAX_REPORTED} are listed one by one).`
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
    description: 'Turns the template slot into a hidden prompt, so the page no longer shows it; write the text in its place.'
  }
}

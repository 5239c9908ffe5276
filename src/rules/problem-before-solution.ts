import { quote, type Text, t } from '../messages/text.js'
import type { Position, PrFaqModel } from '../model/types.js'
import { defineRule } from './rule.js'

/** Where the press release states the problem and where it presents the solution, each with its words. */
interface Placed {
  position: Position
  text: Text
}

export default defineRule({
  kind: 'model',
  id: 'problem-before-solution',
  description: 'The press release states the customer’s problem before it presents the solution.',
  help: 'Move the problem paragraph above the solution: first who has the problem and what it costs them, then what the product does about it.',
  rationale:
    'Working backwards starts from the customer: a reader who meets the solution first cannot judge whether it solves anything, and a writer who starts there has often not found the problem yet.',
  defaultSeverity: 'warning',
  check(context) {
    const problem = problemPlace(context.model)
    const solution = solutionPlace(context.model)
    // Across files (a split PR/FAQ) there is no reading order to judge.
    if (!problem || !solution || problem.position.file !== solution.position.file) return
    if (solution.position.start.offset >= problem.position.start.offset) return
    context.report({
      at: solution.position,
      message: t('problem-before-solution.found', { solution: solution.text, solutionLine: solution.position.start.line, problemLine: problem.position.start.line })
    })
  }
})

function problemPlace(model: PrFaqModel): Placed | undefined {
  const part = model.parts.problem
  if (part) return { position: part.label.position, text: quote(part.label.text) }
  const hint = model.hints.problem
  // A problem stated only in the FAQ or a background section says nothing of the press release's order.
  return hint?.source === 'press-release' ? { position: hint.position, text: quote(hint.text) } : undefined
}

function solutionPlace(model: PrFaqModel): Placed | undefined {
  const part = model.parts.solution
  if (part) return { position: part.label.position, text: quote(part.label.text) }
  const hint = model.hints.solution
  return hint ? { position: hint.position, text: quote(hint.text) } : undefined
}

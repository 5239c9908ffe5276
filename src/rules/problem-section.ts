import { whyNotAnswered } from './support/explain.js'
import { defineRule } from './rule.js'

export default defineRule({
  kind: 'schema',
  id: 'problem-section',
  description: 'The press release has a labelled problem section with real content.',
  help:
    'Add a problem section, as a heading (`### The Problem`) or a bold label (`**The problem.** …`): who has the problem, what it costs them today, and why what they use now falls short.',
  rationale:
    'Working backwards starts from the customer’s problem; if reviewers cannot find it, they cannot judge whether the solution is worth building.',
  defaultSeverity: 'error',
  target: { role: 'problem' },
  explain(context) {
    const { parts, hints, pressRelease } = context.model
    const problem = parts.problem
    if (problem) {
      context.report({
        at: problem.label.position,
        message: `The problem section “${problem.label.text}” has no real content: ${whyNotAnswered(problem.content, 'section')}.`,
        help: 'Describe the customer’s problem in their terms: who has it, how often, and what it costs them today.'
      })
      return
    }
    if (hints.problem) {
      context.report({
        at: hints.problem.position,
        uncertain: true,
        message: `No section is labelled as the problem; this paragraph seems to describe it: “${hints.problem.text}”`,
        help: 'Label the paragraph (start it with `**The problem.**`, or put it under a `### The Problem` heading) so reviewers find the problem where they expect it.'
      })
      return
    }
    context.report({
      at: pressRelease?.label.position,
      message: 'Missing a problem section: nothing in the document is labelled as the customer’s problem.'
    })
  }
})

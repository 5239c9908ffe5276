import { whyNotAnswered } from './support/explain.js'
import { problemLabelFix, withFix } from './support/fixes.js'
import { defineRule } from './rule.js'

export default defineRule({
  kind: 'schema',
  id: 'problem-section',
  description: 'The PR/FAQ states the customer’s problem: in a labelled problem section with real content, or (reported as a notice) in an unlabelled paragraph.',
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
      const where = hints.problem.source === 'faq-answer' ? 'this FAQ answer states it' : hints.problem.source === 'background' ? 'this background section states it' : 'this paragraph states it'
      context.report({
        at: hints.problem.position,
        advisory: true,
        message: `No section is labelled as the problem, but ${where}: “${hints.problem.text}”`,
        help: 'Label it, so that reviewers find the problem where they look for it: start the paragraph with `**The problem.**`, or put it under a `### The Problem` heading in the press release.',
        ...withFix(problemLabelFix(context, hints.problem))
      })
      return
    }
    context.report({
      at: pressRelease?.label.position,
      message: 'Missing a problem statement: nothing is labelled as the customer’s problem, and no paragraph says what is missing or hard for them today and what it costs them.'
    })
  }
})

import { t } from '../messages/text.js'
import { defineRule } from './rule.js'
import { whyNotAnswered } from './support/explain.js'
import { problemLabelFix, withFix } from './support/fixes.js'

export default defineRule({
  kind: 'schema',
  id: 'problem-section',
  description: 'The PR/FAQ states the customer’s problem: in a labelled problem section with real content, or (reported as a notice) in an unlabelled paragraph.',
  help: 'Add a problem section, as a heading (`### The Problem`) or a bold label (`**The problem.** …`): who has the problem, what it costs them today, and why what they use now falls short.',
  rationale: 'Working backwards starts from the customer’s problem; if reviewers cannot find it, they cannot judge whether the solution is worth building.',
  defaultSeverity: 'error',
  target: { role: 'problem' },
  explain(context) {
    const { parts, hints, pressRelease } = context.model
    const problem = parts.problem
    if (problem) {
      context.report({
        at: problem.label.position,
        message: t('problem.empty', { section: problem.label.text, why: whyNotAnswered(problem.content, 'section') }),
        help: t('problem.empty.help')
      })
      return
    }
    if (hints.problem) {
      const key = hints.problem.source === 'faq-answer' ? 'problem.unlabelled.faq-answer' : hints.problem.source === 'background' ? 'problem.unlabelled.background' : 'problem.unlabelled.paragraph'
      context.report({
        at: hints.problem.position,
        advisory: true,
        message: t(key, { text: hints.problem.text }),
        help: t('problem.unlabelled.help'),
        ...withFix(problemLabelFix(context, hints.problem))
      })
      return
    }
    context.report({
      at: pressRelease?.label.position,
      message: t('problem.missing')
    })
  }
})

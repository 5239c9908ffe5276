import { t } from '../messages/text.js'
import { defineRule } from './rule.js'

/** About a page: the length of a real press release. */
export const DEFAULT_MAX_WORDS = 800

export default defineRule({
  kind: 'model',
  id: 'press-release-length',
  description: `The press release fits on about a page (at most ${DEFAULT_MAX_WORDS} words by default; the option maxWords changes it).`,
  help: 'Cut the press release to what a customer would read: the headline, the problem, the solution, a quote or two and how to start. Move details to the FAQ.',
  rationale: 'A press release that runs for pages hides the idea instead of sharpening it; the limit forces the writer to decide what matters to the customer.',
  defaultSeverity: 'warning',
  check(context) {
    const { release, pressRelease } = context.model
    const maxWords = context.options.maxWords ?? DEFAULT_MAX_WORDS
    if (!release || release.words <= maxWords) return
    context.report({
      // Its label, or its first character: a finding shown over a whole page says less, not more.
      at: pressRelease?.label.position ?? { ...release.position, end: release.position.start },
      message: t('press-release-length.found', { words: release.words, maxWords })
    })
  }
})

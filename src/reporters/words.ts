import type { Severity } from '../findings/finding.js'
import { type Language, render, t } from '../messages/text.js'

/** "6 errors, 1 warning" (and notices when there are any), in the language of the run. */
export function severityCounts(counts: Record<Severity, number>, language: Language): string {
  const parts = [render(t('summary.errors', { n: counts.error }), language), render(t('summary.warnings', { n: counts.warning }), language)]
  if (counts.notice > 0) parts.push(render(t('summary.notices', { n: counts.notice }), language))
  return parts.join(language === 'ja' ? '、' : ', ')
}

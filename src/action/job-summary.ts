import * as core from '@actions/core'
import type { FileReport } from '../findings/finding.js'
import type { MessageKey } from '../messages/en.js'
import { render, t } from '../messages/text.js'
import { showInvisible } from '../reporters/invisible.js'
import { escapeMarkdown, type SummaryContext, summaryMarkdown } from '../reporters/markdown.js'

/** GitHub drops a step summary over 1 MiB; keep well under it. */
const MAX_JOB_SUMMARY = 900_000

/**
 * The job summary lists every finding, so nothing is lost when annotations
 * hit GitHub's per-step limit or comments cannot be posted.
 */
export async function writeJobSummary(reports: FileReport[], context: SummaryContext, options: { overwrite?: boolean } = {}): Promise<void> {
  if (!process.env.GITHUB_STEP_SUMMARY) return
  const findings = reports.flatMap((report) => report.findings)
  const parts = [summaryMarkdown(reports, context)]
  if (findings.length > 0) {
    const language = context.language ?? 'en'
    const say = (key: MessageKey) => render(t(key), language)
    const header = (['summary.severity', 'summary.where', 'summary.rule', 'summary.message', 'summary.how'] as const).map(say).join(' | ')
    parts.push('', `### ${say('summary.every-finding')}`, '', `| ${header} |`, '| --- | --- | --- | --- | --- |')
    for (const finding of findings) {
      parts.push(
        `| ${say(`severity.${finding.severity}`)} | [${escapeMarkdown(finding.file)}:${finding.line}](${context.lineUrl(finding.file, finding.line)}) | [\`${finding.ruleId}\`](${finding.url}) | ${escapeMarkdown(finding.message)} | ${showInvisible(finding.help).replace(/\|/gu, '\\|')} |`
      )
    }
  }
  let text = parts.join('\n')
  if (text.length > MAX_JOB_SUMMARY) text = `${text.slice(0, text.lastIndexOf('\n', MAX_JOB_SUMMARY))}\n\n… truncated; the JSON report (output \`report\`) has every finding.`
  await core.summary.addRaw(text, true).write({ overwrite: options.overwrite ?? false })
}

import { styleText } from 'node:util'
import { countBySeverity, type FileReport, type Finding } from '../findings/finding.js'
import type { MessageKey } from '../messages/en.js'
import { type Language, type Param, render, t } from '../messages/text.js'
import { showInvisible } from './invisible.js'
import { severityCounts } from './words.js'

export interface TextOptions {
  /** The source line, for the snippet under each finding; undefined when unavailable. */
  readLine(file: string, line: number): string | undefined
  color: boolean
  /** Inputs that named nothing to check (reported on stderr): the summary must not say all is well. */
  failedInputs?: number
  /** The language of the last line (findings carry their own); English when absent. */
  language?: Language
}

/** A file that is not text, or was not read, has no line worth showing (and a binary one must not reach the terminal). */
const NO_SNIPPET = new Set(['file-not-text', 'file-too-large'])

/**
 * Human output in the style of rustc and eipw: the finding, where it is, the
 * source line with the span underlined, how to fix it and where to read more.
 */
export function formatText(reports: FileReport[], options: TextOptions): string {
  const paint = painter(options.color)
  const blocks = reports.flatMap((report) => report.findings.map((finding) => formatFinding(finding, options, paint)))
  return `${[...blocks, summary(reports, paint, options.failedInputs ?? 0, options.language ?? 'en')].join('\n\n')}\n`
}

function formatFinding(finding: Finding, options: TextOptions, paint: Painter): string {
  const color = finding.severity === 'error' ? paint.red : finding.severity === 'warning' ? paint.yellow : paint.cyan
  const gutter = ' '.repeat(String(finding.line).length)
  // Everything printed that came from a document or a file name is shown, not obeyed: no escape sequences, no bidi reordering.
  const lines = [
    `${color(paint.bold(`${finding.severity}[${finding.ruleId}]`))}${paint.bold(`: ${showInvisible(finding.message)}`)}`,
    `${gutter}${paint.blue('-->')} ${showInvisible(finding.file)}:${finding.line}:${finding.column}`
  ]
  const source = NO_SNIPPET.has(finding.ruleId) ? undefined : options.readLine(finding.file, finding.line)
  if (source !== undefined) {
    const start = Math.max(0, finding.column - 1)
    const end = finding.endLine === finding.line ? Math.max(start + 1, finding.endColumn - 1) : Math.max(start + 1, source.length)
    // The caret is placed under the text as displayed (tabs expanded, hidden characters shown).
    const caretStart = display(source.slice(0, start)).length
    const caretEnd = Math.max(caretStart + 1, display(source.slice(0, Math.min(end, Math.max(source.length, start + 1)))).length)
    lines.push(
      `${gutter} ${paint.blue('|')}`,
      `${paint.blue(String(finding.line))} ${paint.blue('|')} ${display(source)}`,
      `${gutter} ${paint.blue('|')} ${' '.repeat(caretStart)}${color('^'.repeat(caretEnd - caretStart))}`
    )
  }
  lines.push(`${gutter} ${paint.blue('=')} ${paint.bold('help')}: ${showInvisible(finding.help)}`, `${gutter} ${paint.blue('=')} ${paint.bold('docs')}: ${finding.url}`)
  return lines.join('\n')
}

/** A source line as printed: tabs as four spaces; a lone "\r" (a character of its line, as in git) as ␍; hidden characters shown. */
function display(text: string): string {
  return showInvisible(text.replace(/\t/gu, '    ').replace(/\r/gu, '␍'))
}

function summary(reports: FileReport[], paint: Painter, failedInputs: number, language: Language): string {
  const say = (key: MessageKey, params?: Record<string, Param>) => render(t(key, params), language)
  const counts = countBySeverity(reports)
  const checked = say('cli.checked', { files: reports.length })
  const suppressed = reports.reduce((sum, report) => sum + (report.suppressed?.length ?? 0), 0)
  const suppressedNote = suppressed > 0 ? say('cli.suppressed', { n: suppressed }) : ''
  const failed = failedInputs > 0 ? say('cli.failed-inputs', { n: failedInputs }) : ''
  const stop = language === 'ja' ? '。' : '.'
  if (counts.error + counts.warning + counts.notice === 0) {
    return failed ? `${paint.red('✖')} ${say('cli.clean-failed', { failed, checked })}${suppressedNote}${stop}` : paint.green(`✔ ${say('cli.clean', { checked })}${suppressedNote}${stop}`)
  }
  const withFindings = reports.filter((report) => report.findings.length > 0).length
  const mark = counts.error > 0 || failed ? paint.red('✖') : paint.yellow('⚠')
  return `${mark} ${say('cli.found', { failed, checked, counts: severityCounts(counts, language), withFindings })}${suppressedNote}${stop}`
}

type Paint = (text: string) => string
interface Painter {
  red: Paint
  yellow: Paint
  cyan: Paint
  blue: Paint
  green: Paint
  bold: Paint
}

function painter(enabled: boolean): Painter {
  // Whether to colour is decided at the edge (the CLI: flags, NO_COLOR, FORCE_COLOR, a terminal or not).
  const style = (format: Parameters<typeof styleText>[0]): Paint => (enabled ? (text) => styleText(format, text, { validateStream: false }) : (text) => text)
  return { red: style('red'), yellow: style('yellow'), cyan: style('cyan'), blue: style('blue'), green: style('green'), bold: style('bold') }
}

import { countBySeverity, type FileReport, type Finding } from '../findings/finding.js'

export interface TextOptions {
  /** The source line, for the snippet under each finding; undefined when unavailable. */
  readLine(file: string, line: number): string | undefined
  color: boolean
}

/**
 * Human output in the style of rustc and eipw: the finding, where it is, the
 * source line with the span underlined, how to fix it and where to read more.
 */
export function formatText(reports: FileReport[], options: TextOptions): string {
  const paint = painter(options.color)
  const blocks = reports.flatMap((report) => report.findings.map((finding) => formatFinding(finding, options, paint)))
  return `${[...blocks, summary(reports, paint)].join('\n\n')}\n`
}

function formatFinding(finding: Finding, options: TextOptions, paint: Painter): string {
  const color = finding.severity === 'error' ? paint.red : finding.severity === 'warning' ? paint.yellow : paint.cyan
  const gutter = ' '.repeat(String(finding.line).length)
  const lines = [
    `${color(paint.bold(`${finding.severity}[${finding.ruleId}]`))}${paint.bold(`: ${finding.message}`)}`,
    `${gutter}${paint.blue('-->')} ${finding.file}:${finding.line}:${finding.column}`
  ]
  const source = options.readLine(finding.file, finding.line)
  if (source !== undefined) {
    // A lone "\r" is a character of its line, as in git, but printed it would return to the line's start.
    const shown = source.replace(/\t/g, '    ').replace(/\r/g, '␍')
    const start = Math.max(0, finding.column - 1)
    const end = finding.endLine === finding.line ? Math.max(start + 1, finding.endColumn - 1) : Math.max(start + 1, source.length)
    lines.push(
      `${gutter} ${paint.blue('|')}`,
      `${paint.blue(String(finding.line))} ${paint.blue('|')} ${shown}`,
      `${gutter} ${paint.blue('|')} ${' '.repeat(start)}${color('^'.repeat(Math.min(end, Math.max(source.length, start + 1)) - start))}`
    )
  }
  lines.push(`${gutter} ${paint.blue('=')} ${paint.bold('help')}: ${finding.help}`, `${gutter} ${paint.blue('=')} ${paint.bold('docs')}: ${finding.url}`)
  return lines.join('\n')
}

function summary(reports: FileReport[], paint: Painter): string {
  const counts = countBySeverity(reports)
  const files = reports.length
  const checked = `${files} PR/FAQ file${files === 1 ? '' : 's'} checked`
  const suppressed = reports.reduce((sum, report) => sum + (report.suppressed?.length ?? 0), 0)
  const suppressedNote = suppressed > 0 ? ` (${plural(suppressed, 'finding')} suppressed with a reason)` : ''
  if (counts.error + counts.warning + counts.notice === 0) return paint.green(`✔ ${checked}: no problems found${suppressedNote}.`)
  const parts = [plural(counts.error, 'error'), plural(counts.warning, 'warning'), ...(counts.notice > 0 ? [plural(counts.notice, 'notice')] : [])]
  const withFindings = reports.filter((report) => report.findings.length > 0).length
  const mark = counts.error > 0 ? paint.red('✖') : paint.yellow('⚠')
  return `${mark} ${checked}: ${parts.join(', ')} in ${withFindings} file${withFindings === 1 ? '' : 's'}${suppressedNote}.`
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`
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
  const wrap = (open: number, close: number): Paint => (enabled ? (text) => `\u001b[${open}m${text}\u001b[${close}m` : (text) => text)
  return { red: wrap(31, 39), yellow: wrap(33, 39), cyan: wrap(36, 39), blue: wrap(34, 39), green: wrap(32, 39), bold: wrap(1, 22) }
}

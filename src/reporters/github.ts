import type { FileReport, Finding } from '../findings/finding.js'

const COMMAND: Record<Finding['severity'], string> = { error: 'error', warning: 'warning', notice: 'notice' }

/**
 * GitHub workflow commands (`::error file=…,line=…::message`): annotations on
 * the files, for `--format github` in any workflow step.
 */
export function formatWorkflowCommands(reports: FileReport[]): string {
  const lines = reports.flatMap((report) => report.findings.map(workflowCommand))
  return lines.length > 0 ? `${lines.join('\n')}\n` : ''
}

export function workflowCommand(finding: Finding): string {
  const properties = [
    `file=${escapeProperty(finding.file)}`,
    `line=${finding.line}`,
    `endLine=${finding.endLine}`,
    ...(finding.line === finding.endLine ? [`col=${finding.column}`, `endColumn=${Math.max(finding.column, finding.endColumn - 1)}`] : []),
    `title=${escapeProperty(`prfaq-gate (${finding.ruleId})`)}`
  ]
  const body = `${finding.message}\n${finding.help}\nSee ${finding.url}`
  return `::${COMMAND[finding.severity]} ${properties.join(',')}::${escapeData(body)}`
}

// From @actions/core's command.ts: what the runner unescapes.
function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A')
}

function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C')
}

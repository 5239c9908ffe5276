import * as core from '@actions/core'
import type { Finding, Severity } from '../findings/finding.js'
import { showInvisible } from '../reporters/invisible.js'

/**
 * GitHub shows at most 10 annotations of each severity per step and drops
 * the rest silently. Every annotation of the step goes through this budget —
 * the gate's own reason, the run's warnings, the findings — so that what
 * matters most is emitted first and nothing is dropped unseen: findings that
 * do not fit are counted and listed in the job summary instead.
 */
export const ANNOTATIONS_PER_SEVERITY = 10

const EMIT: Record<Severity, (message: string, properties?: core.AnnotationProperties) => void> = {
  error: core.error,
  warning: core.warning,
  notice: core.notice
}

class AnnotationBudget {
  private readonly used: Record<Severity, number> = { error: 0, warning: 0, notice: 0 }

  /** The run's own messages: an annotation while there is room, else a plain log line (the log has no limit). */
  error(message: string): void {
    this.message('error', message)
  }

  warning(message: string): void {
    this.message('warning', message)
  }

  notice(message: string): void {
    this.message('notice', message)
  }

  /** Fails the step (exit code 1) with the reason as an error annotation. */
  fail(message: string): void {
    process.exitCode = 1
    this.error(message)
  }

  /** Annotates the files with findings in the room left; returns how many did not fit. */
  findings(findings: Finding[]): number {
    let hidden = 0
    for (const finding of findings) {
      const shown = this.tryEmit(finding.severity, showInvisible(`${finding.message}\n${finding.help}\n${finding.url}`), {
        title: `prfaq-gate (${finding.ruleId})`,
        file: finding.file,
        startLine: finding.line,
        endLine: finding.endLine,
        ...(finding.line === finding.endLine ? { startColumn: finding.column, endColumn: Math.max(finding.column, finding.endColumn - 1) } : {})
      })
      if (!shown) hidden++
    }
    return hidden
  }

  private message(severity: Severity, message: string): void {
    if (!this.tryEmit(severity, message)) core.info(`${severity}: ${message}`)
  }

  private tryEmit(severity: Severity, message: string, properties?: core.AnnotationProperties): boolean {
    if (this.used[severity] >= ANNOTATIONS_PER_SEVERITY) return false
    this.used[severity]++
    EMIT[severity](message, properties)
    return true
  }
}

/** The step's one budget: a run is one process, so one instance. */
export const annotations = new AnnotationBudget()

import { isAbsolute } from 'node:path'
import { pathToFileURL } from 'node:url'
import type { Log, ReportingDescriptor, Result } from 'sarif'
import type { FileReport, Finding, Fix, Severity } from '../findings/finding.js'
import { fingerprint } from '../findings/finding.js'
import { RULES } from '../rules/index.js'
import { docsUrl } from '../rules/rule.js'
import { HOMEPAGE, TOOL_NAME, VERSION } from '../version.js'

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', notice: 'note' }

/**
 * SARIF 2.1.0, in the shape GitHub code scanning accepts
 * (`github/codeql-action/upload-sarif`): a rule descriptor for every result
 * (built-in rules and the team's own schemas), findings switched off in the
 * document as results with an in-source suppression and its justification,
 * and artifact URIs that survive any file name.
 */
export function formatSarif(reports: FileReport[]): string {
  return `${JSON.stringify(toSarif(reports), null, 2)}\n`
}

export function toSarif(reports: FileReport[]): Log {
  const rules = descriptors(reports)
  const ruleIndex = new Map(rules.map((rule, index) => [rule.id, index]))
  const results = reports.flatMap((report) => [
    ...report.findings.map((finding) => result(finding, ruleIndex)),
    ...(report.suppressed ?? []).map(({ finding, reason }) => ({
      ...result(finding, ruleIndex),
      suppressions: [{ kind: 'inSource' as const, justification: reason }]
    }))
  ])
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: TOOL_NAME, version: VERSION, semanticVersion: VERSION, informationUri: HOMEPAGE, rules } },
        columnKind: 'utf16CodeUnits',
        results
      }
    ]
  }
}

/** The built-in rules, then a descriptor for each team-schema id the findings use. */
function descriptors(reports: FileReport[]): ReportingDescriptor[] {
  const builtIn: ReportingDescriptor[] = RULES.map((rule) => ({
    id: rule.id,
    name: rule.id,
    shortDescription: { text: rule.description },
    fullDescription: { text: rule.description },
    help: { text: rule.help, markdown: rule.help },
    helpUri: docsUrl(rule.id),
    defaultConfiguration: { level: LEVEL[rule.defaultSeverity] }
  }))
  const known = new Set(builtIn.map((rule) => rule.id))
  const team = new Map<string, ReportingDescriptor>()
  for (const finding of reports.flatMap((report) => [...report.findings, ...(report.suppressed ?? []).map(({ finding }) => finding)])) {
    if (known.has(finding.ruleId) || team.has(finding.ruleId)) continue
    team.set(finding.ruleId, {
      id: finding.ruleId,
      name: finding.ruleId,
      shortDescription: { text: finding.message },
      help: { text: finding.help, markdown: finding.help },
      helpUri: finding.url,
      properties: { tags: ['team-schema'] }
    })
  }
  return [...builtIn, ...team.values()]
}

function result(finding: Finding, ruleIndex: Map<string, number>): Result {
  return {
    ruleId: finding.ruleId,
    ruleIndex: ruleIndex.get(finding.ruleId)!,
    level: LEVEL[finding.severity],
    message: { text: `${finding.message}\n${finding.help}` },
    locations: [
      {
        physicalLocation: {
          artifactLocation: artifactLocation(finding.file),
          region: {
            startLine: finding.line,
            startColumn: finding.column,
            endLine: finding.endLine,
            endColumn: Math.max(finding.endColumn, finding.line === finding.endLine ? finding.column : 1)
          }
        }
      }
    ],
    partialFingerprints: { 'prfaqGate/v1': fingerprint(finding) },
    ...(finding.fix ? { fixes: [sarifFix(finding.file, finding.fix)] } : {})
  }
}

/**
 * A fix as SARIF states it: the whole lines `line`–`endLine` (a region
 * without columns covers whole lines, without their final line break) are
 * replaced by the fix's text, as the GitHub suggestion replaces them.
 */
function sarifFix(file: string, fix: Fix): NonNullable<Result['fixes']>[number] {
  return {
    description: { text: fix.description },
    artifactChanges: [
      {
        artifactLocation: artifactLocation(file),
        replacements: [{ deletedRegion: { startLine: fix.line, endLine: fix.endLine }, insertedContent: { text: fix.replacement } }]
      }
    ]
  }
}

/**
 * A relative path becomes a URI reference under %SRCROOT% with every segment
 * percent-encoded (`#`, `?`, `%`, spaces and non-ASCII included: `encodeURI`
 * would leave `#` and cut `docs/x#1.md` to `docs/x`); an absolute one (a
 * file outside the working directory) becomes a file: URI.
 */
export function artifactLocation(file: string): { uri: string; uriBaseId?: string } {
  if (isAbsolute(file)) return { uri: pathToFileURL(file).href }
  return { uri: file.split('/').map(encodeURIComponent).join('/'), uriBaseId: '%SRCROOT%' }
}

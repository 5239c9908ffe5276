import type { FileReport, Severity } from '../findings/finding.js'
import { RULES } from '../rules/index.js'
import { docsUrl } from '../rules/rule.js'
import { HOMEPAGE, TOOL_NAME, VERSION } from '../version.js'

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', notice: 'note' }

/** SARIF 2.1.0, in the shape GitHub code scanning accepts (`github/codeql-action/upload-sarif`). */
export function formatSarif(reports: FileReport[]): string {
  const ruleIndex = new Map(RULES.map((rule, index) => [rule.id, index]))
  const sarif = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: TOOL_NAME,
            version: VERSION,
            semanticVersion: VERSION,
            informationUri: HOMEPAGE,
            rules: RULES.map((rule) => ({
              id: rule.id,
              name: rule.id,
              shortDescription: { text: rule.description },
              fullDescription: { text: rule.description },
              help: { text: rule.help, markdown: rule.help },
              helpUri: docsUrl(rule.id),
              defaultConfiguration: { level: LEVEL[rule.defaultSeverity] }
            }))
          }
        },
        columnKind: 'utf16CodeUnits',
        results: reports.flatMap((report) =>
          report.findings.map((finding) => ({
            ruleId: finding.ruleId,
            ...(ruleIndex.has(finding.ruleId) ? { ruleIndex: ruleIndex.get(finding.ruleId) } : {}),
            level: LEVEL[finding.severity],
            message: { text: `${finding.message}\n${finding.help}` },
            locations: [
              {
                physicalLocation: {
                  artifactLocation: { uri: encodeURI(finding.file), uriBaseId: '%SRCROOT%' },
                  region: {
                    startLine: finding.line,
                    startColumn: finding.column,
                    endLine: finding.endLine,
                    endColumn: Math.max(finding.endColumn, finding.line === finding.endLine ? finding.column : 1)
                  }
                }
              }
            ],
            partialFingerprints: { 'prfaqGate/v1': `${finding.ruleId}:${finding.file}:${finding.message}` }
          }))
        )
      }
    ]
  }
  return `${JSON.stringify(sarif, null, 2)}\n`
}

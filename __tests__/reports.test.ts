import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { Ajv2020 } from 'ajv/dist/2020.js'
import addFormats from 'ajv-formats'
import { describe, expect, it } from 'vitest'
import { defaultSettings } from '../src/config/defaults.js'
import { lintText } from '../src/engine/lint.js'
import type { FileReport } from '../src/findings/finding.js'
import { toJsonReport } from '../src/reporters/json.js'
import { artifactLocation, toSarif } from '../src/reporters/sarif.js'
import { MISSING_FINANCE, PASSING, PLACEHOLDER_PROBLEM } from './fixtures/documents.js'
import { runCli, tempTree } from './helpers/process.js'

const ROOT = join(import.meta.dirname, '..')
const ajv = new Ajv2020({ allErrors: true, strict: true })
addFormats.default(ajv)
const validateReport = ajv.compile(JSON.parse(readFileSync(join(ROOT, 'schema', 'report.schema.json'), 'utf8')) as object)

function report(file: string, text: string, settings = defaultSettings()): FileReport {
  const { findings, suppressed } = lintText(text, file, settings)
  return { file, findings, suppressed }
}

const SUPPRESSED_FINANCE = `<!-- prfaq-gate-disable faq-finance -- pricing is decided in the finance review -->\n${MISSING_FINANCE}`

describe('the JSON report matches schema/report.schema.json', () => {
  it('from the CLI, with findings, suppressions and a clean file', async () => {
    const cwd = tempTree({ 'a-prfaq.md': PASSING, 'b-prfaq.md': PLACEHOLDER_PROBLEM, 'c-prfaq.md': SUPPRESSED_FINANCE })
    const output = JSON.parse((await runCli(['check', '-f', 'json', '.'], cwd)).stdout) as unknown
    expect(validateReport(output), JSON.stringify(validateReport.errors)).toBe(true)
    expect((output as { files: Array<{ suppressed?: unknown[] }> }).files[2]!.suppressed).toHaveLength(1)
  })

  it('and the schema refuses what the contract does not allow', () => {
    const good = toJsonReport([report('b-prfaq.md', PLACEHOLDER_PROBLEM)])
    expect(validateReport(good)).toBe(true)
    const finding = good.files[0]!.findings[0]!
    for (const bad of [
      { ...good, version: 2 },
      { ...good, extra: 1 },
      { ...good, files: [{ path: 'x', findings: [{ ...finding, line: 0 }] }] },
      { ...good, files: [{ path: 'x', findings: [{ ...finding, severity: 'fatal' }] }] }
    ]) {
      expect(validateReport(bad)).toBe(false)
    }
  })
})

describe('SARIF', () => {
  it('percent-encodes every path segment: #, ?, %, spaces and non-ASCII survive', () => {
    expect(artifactLocation('docs/x#1.md')).toEqual({ uri: 'docs/x%231.md', uriBaseId: '%SRCROOT%' })
    expect(artifactLocation('docs/q?.md').uri).toBe('docs/q%3F.md')
    expect(artifactLocation('docs/100%.md').uri).toBe('docs/100%25.md')
    expect(artifactLocation('docs/a b/Ünïcode.md').uri).toBe('docs/a%20b/%C3%9Cn%C3%AFcode.md')
    for (const file of ['docs/x#1.md', 'docs/q?.md', 'docs/a b/Ünïcode.md']) {
      expect(decodeURIComponent(new URL(artifactLocation(file).uri, 'file:///repo/').pathname.slice('/repo/'.length))).toBe(file)
    }
    expect(artifactLocation('/home/me/x#1.md')).toEqual({ uri: 'file:///home/me/x%231.md' })
  })

  it('reports suppressed findings as suppressed results, with the justification', () => {
    const [run] = toSarif([report('c-prfaq.md', SUPPRESSED_FINANCE)]).runs
    const finance = run!.results!.filter((result) => result.ruleId === 'faq-finance')
    expect(finance).toHaveLength(1)
    expect(finance[0]!.suppressions).toEqual([{ kind: 'inSource', justification: 'pricing is decided in the finance review' }])
  })

  it('has a rule descriptor for every result, team-schema findings included', () => {
    const settings = defaultSettings()
    settings.schemas = [{ id: 'tenets-section', message: 'The PR/FAQ has no Tenets section.', help: 'Add one.', severity: 'error', schema: { required: ['nonexistent'] } }]
    settings.rules['tenets-section'] = 'error'
    const [run] = toSarif([report('a-prfaq.md', MISSING_FINANCE, settings)]).runs
    const rules = run!.tool.driver.rules!
    expect(run!.results!.map((result) => result.ruleId).sort()).toEqual(['faq-finance', 'tenets-section'])
    for (const result of run!.results!) expect(rules[result.ruleIndex!]!.id).toBe(result.ruleId)
    expect(rules.find((rule) => rule.id === 'tenets-section')).toMatchObject({ helpUri: expect.stringContaining('team-schemas'), help: { text: 'Add one.' } })
  })

  it('carries a fix as a replacement of whole lines, as the suggestion would make it', () => {
    const [finding] = report('a-prfaq.md', MISSING_FINANCE).findings
    const fix = finding!.fix!
    const [run] = toSarif([report('a-prfaq.md', MISSING_FINANCE), report('b-prfaq.md', PLACEHOLDER_PROBLEM)]).runs
    const [finance, problem] = run!.results!
    expect(finance!.fixes).toEqual([
      {
        description: { text: fix.description },
        artifactChanges: [
          { artifactLocation: { uri: 'a-prfaq.md', uriBaseId: '%SRCROOT%' }, replacements: [{ deletedRegion: { startLine: fix.line, endLine: fix.line }, insertedContent: { text: fix.replacement } }] }
        ]
      }
    ])
    expect(fix.replacement).toContain(MISSING_FINANCE.split('\n')[fix.line - 1])
    // A finding without a mechanical fix has none in SARIF either.
    expect(problem!.ruleId).toBe('problem-section')
    expect(problem!.fixes).toBeUndefined()
  })

  it('the CLI writes it for a file whose name has a # and a space', async () => {
    const cwd = tempTree({ 'docs/launch #2 prfaq.md': PLACEHOLDER_PROBLEM })
    const sarif = JSON.parse((await runCli(['check', '-f', 'sarif', 'docs/launch #2 prfaq.md'], cwd)).stdout)
    expect(sarif.runs[0].results[0].locations[0].physicalLocation.artifactLocation).toEqual({ uri: 'docs/launch%20%232%20prfaq.md', uriBaseId: '%SRCROOT%' })
  })
})

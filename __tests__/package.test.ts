import { execFileSync, spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { MISSING_FINANCE, PASSING } from './fixtures/documents.js'
import { ROOT } from './helpers/process.js'

/**
 * The npm package as a user gets it: `npm pack`, then an install of the
 * tarball into a fresh project with no network at all (--offline: every
 * byte the CLI runs is in the tarball), then the installed CLI on a passing
 * and a failing document.
 */

/** npm itself: the one running this test under `npm test`, else the one on PATH. */
function npm(args: string[], cwd: string): string {
  const script = process.env.npm_execpath
  const [command, commandArgs] = script?.endsWith('.js') ? [process.execPath, [script, ...args]] : ['npm', args]
  return execFileSync(command, commandArgs, { cwd, encoding: 'utf8', env: { ...process.env, npm_config_audit: 'false', npm_config_fund: 'false', npm_config_update_notifier: 'false' } })
}

let project: string
let packed: { filename: string; size: number; unpackedSize: number; files: Array<{ path: string }> }

beforeAll(() => {
  const out = mkdtempSync(join(tmpdir(), 'prfaq-gate-pack-'))
  packed = (JSON.parse(npm(['pack', '--json', '--pack-destination', out], ROOT)) as (typeof packed)[])[0]!
  project = mkdtempSync(join(tmpdir(), 'prfaq-gate-consumer-'))
  writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'consumer', version: '1.0.0', private: true }))
  npm(['install', '--offline', '--no-audit', '--no-fund', join(out, packed.filename)], project)
}, 120_000)

describe('the npm package', () => {
  it('installs as one package, with no dependencies, from the tarball alone', () => {
    const installed = readdirSync(join(project, 'node_modules')).filter((name) => !name.startsWith('.'))
    expect(installed).toEqual(['prfaq-gate'])
    const manifest = JSON.parse(readFileSync(join(project, 'node_modules', 'prfaq-gate', 'package.json'), 'utf8'))
    expect(manifest.dependencies ?? {}).toEqual({})
  })

  it('ships the CLI, its licenses and the schemas, and nothing it does not need', () => {
    const files = packed.files.map((file) => file.path).sort()
    expect(files).toEqual([
      'CHANGELOG.md',
      'LICENSE',
      'README.md',
      'dist/cli.js',
      'dist/licenses.txt',
      'dist/package.json',
      'package.json',
      'schema/config.schema.json',
      'schema/prfaq.schema.json',
      'schema/report.schema.json'
    ])
  })

  it('runs from node_modules/.bin on a passing and a failing document', () => {
    writeFileSync(join(project, 'launch-prfaq.md'), PASSING)
    writeFileSync(join(project, 'draft-prfaq.md'), MISSING_FINANCE)
    const bin = join(project, 'node_modules', '.bin', 'prfaq-gate')
    expect(existsSync(bin)).toBe(true)
    const env = { PATH: `${join(process.execPath, '..')}:${process.env.PATH ?? ''}` }
    const passing = spawnSync(bin, ['check', 'launch-prfaq.md'], { cwd: project, encoding: 'utf8', env })
    expect([passing.status, passing.stderr]).toEqual([0, ''])
    expect(passing.stdout).toContain('1 PR/FAQ file checked: no problems found')
    const failing = spawnSync(bin, ['check', '--format', 'json', 'draft-prfaq.md'], { cwd: project, encoding: 'utf8', env })
    expect(failing.status).toBe(1)
    expect(JSON.parse(failing.stdout).files[0].findings.map((finding: { ruleId: string }) => finding.ruleId)).toEqual(['faq-finance'])
  })

  it('lets tools resolve the schemas through its exports, and offers no library entry point', () => {
    const resolved = execFileSync(process.execPath, ['--input-type=module', '-e', "console.log(import.meta.resolve('prfaq-gate/schema/config.schema.json'))"], { cwd: project, encoding: 'utf8' })
    expect(resolved.trim()).toMatch(/node_modules\/prfaq-gate\/schema\/config\.schema\.json$/u)
    const library = spawnSync(process.execPath, ['--input-type=module', '-e', "await import('prfaq-gate')"], { cwd: project, encoding: 'utf8' })
    expect(library.stderr).toContain('ERR_PACKAGE_PATH_NOT_EXPORTED')
  })
})

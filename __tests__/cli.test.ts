import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { ResolvedConfig } from '../src/config/resolve.js'
import { batchesOf, lintFiles, workersFor } from '../src/run/pool.js'
import { MISSING_FINANCE, PASSING, PLACEHOLDER_PROBLEM } from './fixtures/documents.js'
import { CLI, runCli, tempTree } from './helpers/process.js'

/** These tests run the committed bundle (dist/cli.js) as a process: what `npx prfaq-gate` runs. */
describe('prfaq-gate check (dist/cli.js as a process)', () => {
  it('exits 0 and says so when every PR/FAQ passes', async () => {
    const cwd = tempTree({ 'docs/launch-prfaq.md': PASSING })
    const result = await runCli(['check', 'docs'], cwd)
    expect(result.stderr).toBe('')
    expect(result.stdout).toContain('1 PR/FAQ file checked: no problems found')
    expect(result.code).toBe(0)
  })

  it('exits 1 and prints the finding with the source line and help', async () => {
    const cwd = tempTree({ 'launch-prfaq.md': MISSING_FINANCE })
    const result = await runCli(['check', 'launch-prfaq.md', '--no-color'], cwd)
    expect(result.code).toBe(1)
    expect(result.stdout).toContain('error[faq-finance]: The FAQ has no question about money')
    expect(result.stdout).toContain('--> launch-prfaq.md:15:1')
    expect(result.stdout).toContain('15 | ### Internal FAQ')
    expect(result.stdout).toContain('= help: Add an internal FAQ question')
    expect(result.stdout).toContain('docs/rules/faq-finance.md')
  })

  it('prints the JSON contract', async () => {
    const cwd = tempTree({ 'a-prfaq.md': PASSING, 'b-prfaq.md': PLACEHOLDER_PROBLEM })
    const result = await runCli(['check', '--format', 'json', '.'], cwd)
    expect(result.code).toBe(1)
    const report = JSON.parse(result.stdout)
    expect(Object.keys(report).sort()).toEqual(['errorCount', 'files', 'version', 'warningCount'])
    expect(report).toMatchObject({ version: 1, errorCount: 1, warningCount: 0 })
    expect(report.files).toEqual([
      { path: 'a-prfaq.md', language: 'en', findings: [] },
      {
        path: 'b-prfaq.md',
        language: 'en',
        findings: [
          {
            ruleId: 'problem-section',
            severity: 'error',
            message: expect.stringContaining('has no real content'),
            help: expect.any(String),
            line: 5,
            column: 1,
            endLine: 5,
            endColumn: 16,
            url: expect.stringMatching(/docs\/rules\/problem-section\.md$/u)
          }
        ]
      }
    ])
  })

  it('prints SARIF 2.1.0 with the rules and a located result', async () => {
    const cwd = tempTree({ 'b-prfaq.md': PLACEHOLDER_PROBLEM })
    const sarif = JSON.parse((await runCli(['check', '-f', 'sarif', 'b-prfaq.md'], cwd)).stdout)
    expect(sarif.version).toBe('2.1.0')
    const [run] = sarif.runs
    expect(run.tool.driver.rules.map((rule: { id: string }) => rule.id)).toContain('problem-section')
    expect(run.results).toHaveLength(1)
    expect(run.results[0]).toMatchObject({
      ruleId: 'problem-section',
      level: 'error',
      locations: [{ physicalLocation: { artifactLocation: { uri: 'b-prfaq.md' }, region: { startLine: 5, startColumn: 1 } } }]
    })
  })

  it('prints workflow-command annotations', async () => {
    const cwd = tempTree({ 'b-prfaq.md': PLACEHOLDER_PROBLEM })
    const { stdout } = await runCli(['check', '--format=github', 'b-prfaq.md'], cwd)
    expect(stdout).toMatch(/^::error file=b-prfaq\.md,line=5,endLine=5,col=1,endColumn=15,title=prfaq-gate \(problem-section\)::The problem section/u)
    expect(stdout.trim().split('\n')).toHaveLength(1)
  })

  it('checks only PR/FAQs in directories: by name, by folder, by front matter', async () => {
    const cwd = tempTree({
      'README.md': '# Not a PR/FAQ\n',
      'docs/guide.md': '# Also not\n',
      'docs/Q3-PRFAQ.md': PASSING,
      'docs/pr_faq-v2.markdown': PASSING,
      'prfaqs/launch.md': PASSING,
      'notes/launch.md': `---\ntype: prfaq\n---\n\n${PASSING}`,
      'node_modules/pkg/prfaq.md': PASSING
    })
    const report = JSON.parse((await runCli(['check', '-f', 'json'], cwd)).stdout)
    expect(report.files.map((file: { path: string }) => file.path)).toEqual(['docs/Q3-PRFAQ.md', 'docs/pr_faq-v2.markdown', 'notes/launch.md', 'prfaqs/launch.md'])
  })

  it('always checks a file named explicitly, and filters globs', async () => {
    const cwd = tempTree({ 'docs/plan.md': PASSING, 'docs/x-prfaq.md': PASSING, 'docs/y.md': PASSING })
    const explicit = JSON.parse((await runCli(['check', '-f', 'json', 'docs/plan.md'], cwd)).stdout)
    expect(explicit.files.map((file: { path: string }) => file.path)).toEqual(['docs/plan.md'])
    const glob = JSON.parse((await runCli(['check', '-f', 'json', 'docs/*.md'], cwd)).stdout)
    expect(glob.files.map((file: { path: string }) => file.path)).toEqual(['docs/x-prfaq.md'])
  })

  it('absolute paths and globs work too', async () => {
    const cwd = tempTree({ 'docs/x-prfaq.md': PASSING, 'docs/y.md': PASSING })
    const absolute = JSON.parse((await runCli(['check', '-f', 'json', `${cwd}/docs/x-prfaq.md`], cwd)).stdout)
    expect(absolute.files).toHaveLength(1)
    const directory = JSON.parse((await runCli(['check', '-f', 'json', `${cwd}/docs`], tempTree({}))).stdout)
    expect(directory.files).toHaveLength(1)
    const glob = await runCli(['check', '-f', 'json', `${cwd}/docs/*.md`], tempTree({}))
    expect(glob.code).toBe(0)
    expect(JSON.parse(glob.stdout).files).toHaveLength(1)
  })

  it('a closed pipe is not an error', async () => {
    const files: Record<string, string> = {}
    for (let i = 0; i < 30; i++) files[`d${i}-prfaq.md`] = MISSING_FINANCE
    const cwd = tempTree(files)
    const { spawnSync } = await import('node:child_process')
    const result = spawnSync('sh', ['-c', `"${process.execPath}" "${CLI}" check --no-color . | head -n 1`], { cwd, encoding: 'utf8' })
    expect(result.stdout.split('\n')[0]).toContain('error[faq-finance]')
    expect(result.stderr).toBe('')
  })

  it('a missing path is exit 2 with a message naming it, and the other files are still checked', async () => {
    const cwd = tempTree({ 'a-prfaq.md': MISSING_FINANCE })
    const result = await runCli(['check', '-f', 'json', 'nope.md', 'a-prfaq.md'], cwd)
    expect(result.code).toBe(2)
    expect(result.stderr).toContain('nope.md: no such file or directory')
    expect(JSON.parse(result.stdout).files[0].findings[0].ruleId).toBe('faq-finance')
  })

  it('a binary or empty file is a finding naming the file; the run goes on', async () => {
    const cwd = tempTree({ 'a-prfaq.md': new Uint8Array([0x00, 0xff, 0x10]), 'b-prfaq.md': '', 'c-prfaq.md': PASSING })
    const result = await runCli(['check', '-f', 'json', '.'], cwd)
    expect(result.code).toBe(1)
    const report = JSON.parse(result.stdout)
    expect(report.files.map((file: { path: string; findings: Array<{ ruleId: string }> }) => [file.path, file.findings.map((f) => f.ruleId)])).toEqual([
      ['a-prfaq.md', ['file-not-text']],
      ['b-prfaq.md', ['file-empty']],
      ['c-prfaq.md', []]
    ])
  })

  it('usage errors exit 2 with a clear message and the usage', async () => {
    const cwd = tempTree({})
    for (const args of [['check', '--format', 'xml'], ['frobnicate'], ['check', '--bogus'], []]) {
      const result = await runCli(args, cwd)
      expect(result.code, args.join(' ')).toBe(2)
      expect(result.stderr).toMatch(/^prfaq-gate: .+\n\nUsage: prfaq-gate/u)
      expect(result.stderr).not.toMatch(/\n\s+at /u)
    }
  })

  it('a bad config is exit 2 naming the file, line and key', async () => {
    const cwd = tempTree({ 'a-prfaq.md': PASSING, 'cfg.yml': 'rules:\n  faq-finance: warn\n' })
    const result = await runCli(['check', '--config', 'cfg.yml', 'a-prfaq.md'], cwd)
    expect(result.code).toBe(2)
    expect(result.stderr).toContain('cfg.yml:2:16: "rules.faq-finance" must be one of "off", "notice", "warning", "error"; found "warn"')
  })

  it('uses the config in .github/prfaq-gate.yml', async () => {
    const cwd = tempTree({ 'a-prfaq.md': MISSING_FINANCE, '.github/prfaq-gate.yml': 'rules:\n  faq-finance: warning\n' })
    const result = await runCli(['check', '-f', 'json', 'a-prfaq.md'], cwd)
    expect(result.code).toBe(0)
    expect(JSON.parse(result.stdout)).toMatchObject({ errorCount: 0, warningCount: 1 })
  })

  it('a config with a team schema file and overrides, from --config', async () => {
    const cwd = tempTree({
      'docs/a-prfaq.md': PASSING,
      'legacy/b-prfaq.md': PASSING,
      'conf/prfaq.json': JSON.stringify({
        vocabulary: { sections: { tenets: ['Tenets'] } },
        schemas: [{ id: 'tenets-section', message: 'No Tenets section.', file: 'tenets.yml' }],
        overrides: [{ files: ['legacy/**'], rules: { 'tenets-section': 'off' } }]
      }),
      'conf/tenets.yml': 'properties:\n  sections:\n    contains: { properties: { role: { const: tenets } }, required: [role] }\n'
    })
    const result = await runCli(['check', '-f', 'json', '--config', 'conf/prfaq.json', 'docs', 'legacy'], cwd)
    expect(result.code).toBe(1)
    const report = JSON.parse(result.stdout)
    expect(report.files.map((file: { path: string; findings: Array<{ ruleId: string; line: number }> }) => [file.path, file.findings.map((f) => `${f.line} ${f.ruleId}`)])).toEqual([
      ['docs/a-prfaq.md', ['1 tenets-section']],
      ['legacy/b-prfaq.md', []]
    ])
  })

  it('init writes a skeleton that check then flags until it is filled, and never overwrites', async () => {
    const cwd = tempTree({})
    const init = await runCli(['init', 'docs/new-prfaq.md'], cwd)
    expect(init.code).toBe(0)
    expect(init.stdout).toContain('Wrote docs/new-prfaq.md')
    const report = JSON.parse((await runCli(['check', '-f', 'json', 'docs'], cwd)).stdout)
    expect(report.errorCount).toBe(6)
    const findings: Array<{ ruleId: string; severity: string; message: string }> = report.files[0].findings
    expect(findings.filter((f) => f.severity === 'error').every((f) => /has no real (answer|content)/u.test(f.message))).toBe(true)
    expect(findings.filter((f) => f.severity === 'warning').every((f) => f.ruleId === 'template-leftovers')).toBe(true)
    const again = await runCli(['init', 'docs/new-prfaq.md'], cwd)
    expect(again.code).toBe(2)
    expect(again.stderr).toContain('already exists; use --force')
  })

  it('checks many files on worker threads with the same results as one thread', async () => {
    // Over a megabyte in all, so that two workers are worth starting (see workersFor).
    const appendix = `\n## Appendix\n\n${'A paragraph of background that makes the document long enough to share out.\n\n'.repeat(260)}`
    const files: Record<string, string> = {}
    for (let i = 0; i < 60; i++) files[`docs/d${String(i).padStart(2, '0')}-prfaq.md`] = (i % 3 === 0 ? MISSING_FINANCE : PASSING) + appendix
    const cwd = tempTree(files)
    const many = JSON.parse((await runCli(['check', '-f', 'json', '--jobs', '2', 'docs'], cwd)).stdout)
    expect(many.files).toHaveLength(60)
    expect(many.errorCount).toBe(20)
    const single = JSON.parse((await runCli(['check', '-f', 'json', 'docs/d03-prfaq.md'], cwd)).stdout)
    expect(many.files[3]).toEqual(single.files[0])
  })

  it('numbers lines and columns as git and GitHub do: a lone "\\r" ends no line', async () => {
    // Two lone "\r"s before the problem heading: micromark (and GitHub's renderer) see three more lines, git sees none.
    const text = MISSING_FINANCE.replace('## Press Release\n\n', '## Press Release\n\nDrafted by the ledger team.\rReviewed in March.\r\r').replace(
      'Finance teams spend ten working days every month reconciling statements by hand.',
      'TBD'
    )
    const cwd = tempTree({ 'launch-prfaq.md': text })
    /** Where git itself shows a string: `git grep` prints the line and the 1-based column (in bytes; these lines are ASCII). */
    const gitSees = (fixed: string) => {
      const output = execFileSync('git', ['grep', '--no-index', '-n', '--column', '-F', fixed, 'launch-prfaq.md'], { cwd, encoding: 'utf8' })
      const [, line, column] = /^[^:]+:(\d+):(\d+):/u.exec(output)!
      return { line: Number(line), column: Number(column) }
    }
    expect(gitSees('### The Problem')).toEqual({ line: 5, column: 49 })
    expect(gitSees('### Internal FAQ')).toEqual({ line: 15, column: 1 })

    const report = JSON.parse((await runCli(['check', '--format', 'json', 'launch-prfaq.md'], cwd)).stdout)
    expect(report.files[0].findings.map((finding: { ruleId: string }) => finding.ruleId)).toEqual(['problem-section', 'faq-finance'])
    expect(report.files[0].findings[0]).toMatchObject(gitSees('### The Problem'))
    expect(report.files[0].findings[1]).toMatchObject(gitSees('### Internal FAQ'))

    const model = JSON.parse((await runCli(['model', 'launch-prfaq.md'], cwd)).stdout)
    expect(model.parts.problem.label.position.start).toMatchObject(gitSees('### The Problem'))

    // The text format shows that line, its lone "\r"s visible, and underlines the heading.
    const shown = (await runCli(['check', '--no-color', 'launch-prfaq.md'], cwd)).stdout.split('\n')
    const source = shown.findIndex((line) => line.startsWith('5 | '))
    expect(shown[source]).toBe('5 | Drafted by the ledger team.␍Reviewed in March.␍␍### The Problem')
    expect(shown[source + 1]!.indexOf('^')).toBe(shown[source]!.indexOf('###'))
  })

  it('prints the version and the document model', async () => {
    const cwd = tempTree({ 'a-prfaq.md': PASSING })
    const version = await runCli(['--version'], cwd)
    expect(version.stdout.trim()).toBe(JSON.parse(readFileSync(join(import.meta.dirname, '..', 'package.json'), 'utf8')).version)
    const model = JSON.parse((await runCli(['model', 'a-prfaq.md'], cwd)).stdout)
    expect(model.parts.problem.label.text).toBe('The Problem')
    expect(model.faq.questions.map((question: { topics: string[] }) => question.topics[0])).toEqual(['finance', 'technical', 'big-idea', 'should-do', 'plan'])
  })
})

describe('checking on this thread', () => {
  it("lets timers run while it checks (the Action's run deadline must be able to strike)", async () => {
    // About a megabyte on this thread: a second or more of checking.
    const appendix = `\n## Appendix\n\n${'A paragraph of background that makes the document long enough to take a while.\n\n'.repeat(200)}`
    const files: Record<string, string> = {}
    for (let i = 0; i < 60; i++) files[`d${i}-prfaq.md`] = PASSING + appendix
    const cwd = tempTree(files)
    let ticks = 0
    const timer = setInterval(() => ticks++, 5)
    const started = performance.now()
    const results = await lintFiles(Object.keys(files), new ResolvedConfig({}), { cwd })
    const elapsed = performance.now() - started
    clearInterval(timer)
    expect(results.map((result) => result.file)).toEqual(Object.keys(files))
    // At least one turn of the event loop per 50 ms of checking, with room for a slow machine.
    expect(ticks).toBeGreaterThanOrEqual(Math.floor(elapsed / 200))
    expect(ticks).toBeGreaterThan(0)
  })
})

describe('sharing files out to worker threads', () => {
  const sizes = (entries: Array<[string, number]>) => new Map(entries)
  const each = (files: string[]) => files.map((file) => [file])

  it('starts workers only for work worth them, never more than asked', () => {
    // Sixty files of 1 KB; a thousand of 8.5 KB; one of 50 MB.
    expect(workersFor(60, 60 * 1000, 8)).toBe(0)
    expect(workersFor(1000, 1000 * 8500, 2)).toBe(2)
    expect(workersFor(1000, 1000 * 8500, 64)).toBe(16)
    expect(workersFor(1, 50_000_000, 4)).toBe(0)
  })

  it('batches by bytes, largest documents first, every file exactly once, the parts of a split document together', () => {
    const files = Array.from({ length: 300 }, (_, i) => `d${i}.md`)
    const byFile = sizes(files.map((file, i) => [file, 2000 + ((i * 7919) % 18_000)]))
    const documents = [['docs/split/a.md', 'docs/split/b.md'], ...each(files)]
    byFile.set('docs/split/a.md', 30_000).set('docs/split/b.md', 30_000)
    const batches = batchesOf(documents, byFile)
    expect(batches.flat(2).sort()).toEqual([...files, 'docs/split/a.md', 'docs/split/b.md'].sort())
    expect(batches.flat().find((document) => document.includes('docs/split/a.md'))).toEqual(['docs/split/a.md', 'docs/split/b.md'])
    const bytesOf = (document: string[]) => document.reduce((sum, file) => sum + byFile.get(file)!, 0)
    for (const [index, batch] of batches.entries()) {
      // A batch closes as soon as it reaches the target: without its last document it was under it.
      if (index < batches.length - 1) expect(batch.reduce((sum, document) => sum + bytesOf(document), 0) - bytesOf(batch.at(-1)!)).toBeLessThan(64 * 1024)
    }
    expect(batches[0]![0]).toEqual(['docs/split/a.md', 'docs/split/b.md'])
  })
})

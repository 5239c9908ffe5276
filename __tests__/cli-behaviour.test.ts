import { execFileSync } from 'node:child_process'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { MISSING_FINANCE, PASSING, PLACEHOLDER_PROBLEM } from './fixtures/documents.js'
import { CLI, runCli, runNode, tempTree } from './helpers/process.js'

/** The CLI as a careful user meets it: mistakes on the command line, failures, colours, hostile files. */

const ESC = '\u001b'

describe('the command line explains its mistakes in plain words', () => {
  it.each([
    [['check', '--frmat', 'json'], 'unknown option --frmat'],
    [['check', '--format'], 'option --format needs a value'],
    [['check', '-f'], 'option --format needs a value'],
    [['init', '--force=yes'], 'option --force takes no value'],
    [['check', '--jobs', 'many'], '--jobs must be a whole number from 1 to 256, not "many"'],
    [['check', '--format', 'xml'], 'unknown --format "xml"; use one of text, json, sarif, github'],
    [['lint'], 'unknown command "lint"']
  ])('%j: exit 2, one line of reason, then the usage', async (args, reason) => {
    const result = await runCli(args, tempTree({}))
    expect(result.code).toBe(2)
    const [first, second, third] = result.stderr.split('\n')
    expect(first).toBe(`prfaq-gate: ${reason}`)
    expect([second, third]).toEqual(['', 'Usage: prfaq-gate <command> [options]'])
    // Never Node's own advice or a stack trace.
    expect(result.stderr).not.toMatch(/To specify a positional argument|ERR_PARSE_ARGS|\n\s+at /u)
    expect(result.stdout).toBe('')
  })
})

describe('a run where an input failed never reads as a success', () => {
  it('check missing.md ok.md: the good file is checked, but no ✔ and exit 2', async () => {
    const cwd = tempTree({ 'ok-prfaq.md': PASSING })
    const result = await runCli(['check', '--no-color', 'missing.md', 'ok-prfaq.md'], cwd)
    expect(result.code).toBe(2)
    expect(result.stderr).toContain('missing.md: no such file or directory')
    expect(result.stdout).not.toContain('✔')
    expect(result.stdout).toContain('✖ 1 input named nothing to check (see above); 1 PR/FAQ file checked: no problems found in those.')
  })

  it('a named pipe is refused by name, never read (reading it would wait for a writer forever)', async () => {
    const cwd = tempTree({ 'ok-prfaq.md': PASSING })
    execFileSync('mkfifo', [join(cwd, 'pipe-prfaq.md')])
    const result = await runCli(['check', '--no-color', 'pipe-prfaq.md', 'ok-prfaq.md'], cwd, { timeoutMs: 20_000 })
    expect(result.code).toBe(2)
    expect(result.stderr).toContain('pipe-prfaq.md: not a regular file (a pipe, socket or device), so there is nothing to check')
    expect(result.stdout).toContain('✖ 1 input named nothing to check (see above); 1 PR/FAQ file checked: no problems found in those.')
    // In a folder, it is passed over like any other non-file.
    const walked = await runCli(['check', '--no-color', '.'], cwd, { timeoutMs: 20_000 })
    expect(walked.code).toBe(0)
    expect(walked.stdout).toContain('✔ 1 PR/FAQ file checked')
  })

  it('with findings too, the summary names the failed input', async () => {
    const cwd = tempTree({ 'a-prfaq.md': MISSING_FINANCE })
    const result = await runCli(['check', '--no-color', 'a-prfaq.md', 'docs/*-prfaq.md'], cwd)
    expect(result.code).toBe(2)
    expect(result.stdout).toContain('✖ 1 input named nothing to check (see above); 1 PR/FAQ file checked: 1 error, 0 warnings in 1 file.')
  })
})

describe('what reaches the terminal', () => {
  it('a binary file is reported, never echoed', async () => {
    const binary = Buffer.concat([Buffer.from('# Title\n'), Buffer.from([0x00, 0x1b, 0x5b, 0x32, 0x4a, 0x07, 0xff, 0xfe, 0x0d])])
    const cwd = tempTree({ 'image-prfaq.md': binary })
    const result = await runCli(['check', '--no-color', 'image-prfaq.md'], cwd)
    expect(result.code).toBe(1)
    expect(result.stdout).toContain('error[file-not-text]')
    // biome-ignore lint/suspicious/noControlCharactersInRegex: the test asserts that no control character reaches the terminal
    expect(result.stdout).not.toMatch(/[\u0000\u0007\u001b\ufffd]/u)
    expect(result.stdout).not.toContain(' | ')
  })

  it('escape sequences and bidi controls in a document are shown, not obeyed', async () => {
    const hostile = PLACEHOLDER_PROBLEM.replace('### The Problem', `### The Problem ${ESC}[2J\u202Eevil`)
    const cwd = tempTree({ 'a-prfaq.md': hostile })
    const result = await runCli(['check', '--no-color', 'a-prfaq.md'], cwd)
    expect(result.stdout).toContain('<U+001B>[2J<U+202E>evil')
    // biome-ignore lint/suspicious/noControlCharactersInRegex: the test asserts that no escape sequence reaches the terminal
    expect(result.stdout).not.toMatch(/[\u001b\u202e]/u)
  })
})

describe('colours follow the terminal, NO_COLOR and FORCE_COLOR', () => {
  const run = (env: Record<string, string>, args: string[] = []) =>
    runNode(CLI, ['check', ...args, 'a-prfaq.md'], { cwd: tempTree({ 'a-prfaq.md': MISSING_FINANCE }), env: { PATH: process.env.PATH ?? '', ...env } })

  it('piped output is plain by default', async () => {
    expect((await run({})).stdout).not.toContain(ESC)
  })

  it('FORCE_COLOR colours it, NO_COLOR does not, and the flags win over both', async () => {
    expect((await run({ FORCE_COLOR: '1' })).stdout).toContain(`${ESC}[31m`)
    expect((await run({ NO_COLOR: '1' })).stdout).not.toContain(ESC)
    expect((await run({}, ['--color'])).stdout).toContain(`${ESC}[31m`)
    expect((await run({ FORCE_COLOR: '1' }, ['--no-color'])).stdout).not.toContain(ESC)
  })

  it('JSON is never coloured', async () => {
    const result = await run({ FORCE_COLOR: '1' }, ['-f', 'json'])
    expect(() => JSON.parse(result.stdout)).not.toThrow()
  })
})

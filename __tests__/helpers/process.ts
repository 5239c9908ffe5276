import { spawn } from 'node:child_process'
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'

export const ROOT = join(import.meta.dirname, '..', '..')
export const CLI = join(ROOT, 'dist', 'cli.js')

export interface ProcessResult {
  code: number | null
  stdout: string
  stderr: string
  /** Killed after `timeoutMs`: it hung. */
  timedOut?: boolean
}

interface RunOptions {
  cwd: string
  env?: NodeJS.ProcessEnv
  input?: string
  /** Kill the process after this long and report `timedOut` (a hang must fail a test, not stall the run). */
  timeoutMs?: number
}

/** Runs a built bundle as a real process, the way users and GitHub run it. */
export function runNode(script: string, args: string[], options: RunOptions): Promise<ProcessResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [script, ...args], { cwd: options.cwd, env: options.env ?? { PATH: process.env.PATH ?? '' } })
    let stdout = ''
    let stderr = ''
    let timedOut = false
    const timer =
      options.timeoutMs === undefined
        ? undefined
        : setTimeout(() => {
            timedOut = true
            child.kill('SIGKILL')
          }, options.timeoutMs)
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk))
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk))
    child.on('error', reject)
    child.on('close', (code) => {
      clearTimeout(timer)
      resolve({ code, stdout, stderr, ...(timedOut ? { timedOut } : {}) })
    })
    child.stdin.end(options.input ?? '')
  })
}

export function runCli(args: string[], cwd: string, options: { timeoutMs?: number } = {}): Promise<ProcessResult> {
  return runNode(CLI, args, { cwd, ...options })
}

/** A temporary directory holding the given files (path → content). */
export function tempTree(files: Record<string, string | Uint8Array>): string {
  const root = mkdtempSync(join(tmpdir(), 'prfaq-gate-'))
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true })
    writeFileSync(join(root, path), content)
  }
  return root
}

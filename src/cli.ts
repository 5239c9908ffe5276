#!/usr/bin/env node
import { styleText } from 'node:util'
import { isMainThread, parentPort, workerData } from 'node:worker_threads'
import { runCli } from './cli/main.js'
import { serveWorker } from './run/pool.js'

// The CLI bundle is also its own worker script: the pool (src/run/pool.ts)
// starts this file again in worker threads to check files on every core.
if (isMainThread) {
  // `prfaq-gate check … | head` closes the pipe early: that is not an error worth a stack trace.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0)
    throw error
  })
  const code = await runCli(process.argv.slice(2), {
    cwd: process.cwd(),
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    // Node's own decision: a terminal that has colours, unless NO_COLOR; FORCE_COLOR forces them.
    color: styleText('red', 'x', { stream: process.stdout }) !== 'x',
    workerScript: new URL(import.meta.url)
  }).catch((error: unknown) => {
    process.stderr.write(`prfaq-gate: internal error: ${error instanceof Error ? error.message : String(error)}\n`)
    return 2
  })
  process.exitCode = code
} else if (parentPort && workerData?.prfaqGateWorker) {
  serveWorker(parentPort, workerData)
}

// Runs the engine of one build on the pathological generators of
// bench/adversarial.mjs, each case in a worker thread that is terminated when
// it runs longer than the timeout ("> 60 s" rather than a hung benchmark).
// Used by bench/run.mjs (the `adversarial` section) and on its own, to measure
// another build (for example the code before a fix):
//
//   node bench/adversarial-run.mjs [--build DIR] [--sizes 16,128,1024] [--timeout 60] [--only a,b]
//
// which prints one JSON line per case.

import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { Worker } from 'node:worker_threads'
import { GENERATORS } from './adversarial.mjs'
import { median } from './measure.mjs'

const HERE = dirname(fileURLToPath(import.meta.url))
const WORKER = join(HERE, 'adversarial-worker.mjs')

/** Repetitions by size: medians for small cases, one run for the largest. */
export const repsFor = (bytes, reps) => (bytes <= 64 * 1024 ? Math.max(reps, 5) : bytes <= 256 * 1024 ? Math.max(reps, 3) : Math.max(1, Math.min(reps, 2)))

function startWorker(buildDir, warmTexts) {
  const worker = new Worker(WORKER, { workerData: { buildDir, warmTexts } })
  const ready = new Promise((resolve, reject) => {
    worker.once('message', resolve)
    worker.once('error', reject)
  })
  return { worker, ready }
}

/**
 * Yields { name, bytes, samples, ms (median), findings } or { name, bytes, timedOut } or
 * { name, bytes, error } for each generator × size.
 */
export async function* runAdversarial({ buildDir, sizes, timeoutMs, reps = 1, names = Object.keys(GENERATORS), warmTexts = [] }) {
  let current = startWorker(buildDir, warmTexts)
  for (const name of names) {
    let timedOutAt
    for (const bytes of sizes) {
      // Time grows with size: a larger case after a timeout would only time out too (and cost the wait).
      if (timedOutAt !== undefined) {
        yield { name, bytes, timedOut: true, skipped: true }
        continue
      }
      await current.ready
      const outcome = await new Promise((resolve) => {
        const timer = setTimeout(() => resolve({ timedOut: true }), timeoutMs)
        const done = (value) => {
          clearTimeout(timer)
          current.worker.off('message', onMessage)
          current.worker.off('error', onError)
          resolve(value)
        }
        const onMessage = (message) => done(message)
        const onError = (error) => done({ error: `${error.name}: ${error.message}` })
        current.worker.on('message', onMessage)
        current.worker.on('error', onError)
        current.worker.postMessage({ name, bytes, reps: repsFor(bytes, reps) })
      })
      if (outcome.timedOut || outcome.error) {
        if (outcome.timedOut) timedOutAt = bytes
        await current.worker.terminate()
        current = startWorker(buildDir, warmTexts)
        yield { name, bytes, ...outcome }
        continue
      }
      yield { name, bytes: outcome.bytes, samples: outcome.samples, ms: median(outcome.samples), findings: outcome.findings }
    }
  }
  await current.worker.terminate()
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const arg = (flag, fallback) => {
    const at = process.argv.indexOf(flag)
    return at === -1 ? fallback : process.argv[at + 1]
  }
  const buildDir = resolve(arg('--build', join(HERE, '..', 'build')))
  const sizes = arg('--sizes', '16,128,1024')
    .split(',')
    .map((kb) => Number(kb) * 1024)
  const timeoutMs = Number(arg('--timeout', '60')) * 1000
  const only = arg('--only', '')
  const names = only ? only.split(',') : Object.keys(GENERATORS)
  for await (const result of runAdversarial({ buildDir, sizes, timeoutMs, names })) {
    const { samples, ...rest } = result
    console.log(JSON.stringify({ ...rest, findings: rest.findings?.map((f) => `${f.ruleId}:${f.line}`) }))
  }
}

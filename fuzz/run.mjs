#!/usr/bin/env node
// `npm run fuzz`: generated and mutated documents through the engine
// (lintBytes from build/src/engine/lint.js), on every core. Reports crashes
// (any throw), findings outside the document, output that differs between
// two runs on the same input, hangs, and the worst time per KB against the
// run's own unmutated PR/FAQ-like documents. Inputs worth a look go to
// fuzz/.crashes/ (git-ignored). Not part of `npm test`.
//
//   FUZZ_COUNT=100000 FUZZ_SEED=prfaq-gate-fuzz-v1 npm run fuzz
//   FUZZ_CASE=1234 npm run fuzz      # one case again, by number
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, writeFileSync } from 'node:fs'
import { availableParallelism } from 'node:os'
import { dirname, join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import { Worker } from 'node:worker_threads'
import { fuzzCase } from './generate.mjs'

const HERE = dirname(fileURLToPath(import.meta.url))
const ROOT = join(HERE, '..')
const CRASHES = join(HERE, '.crashes')

if (Number(process.versions.node.split('.')[0]) < 24) {
  const local = join(ROOT, 'node_modules', '.bin', 'node')
  if (existsSync(local) && !process.env.FUZZ_REEXEC) {
    const { status } = spawnSync(local, process.argv.slice(1), { stdio: 'inherit', env: { ...process.env, FUZZ_REEXEC: '1' } })
    process.exit(status ?? 1)
  }
  console.error(`fuzz: needs node >= 24 (this is ${process.version}); run it with \`npm run fuzz\`.`)
  process.exit(2)
}

const COUNT = Number(process.env.FUZZ_COUNT ?? 100_000)
const SEED = process.env.FUZZ_SEED ?? 'prfaq-gate-fuzz-v1'
const WORKERS = Number(process.env.FUZZ_WORKERS ?? availableParallelism())
/** A case running this long is a hang: the worker is stopped and the input saved. */
const HANG_MS = Number(process.env.FUZZ_HANG_S ?? 60) * 1000
const log = (message) => process.stderr.write(`fuzz: ${message}\n`)

if (!existsSync(join(ROOT, 'build/src/engine/lint.js'))) {
  log('build/ missing: running `npm run build`')
  if (spawnSync('npm', ['run', 'build'], { cwd: ROOT, stdio: ['ignore', process.stderr, process.stderr] }).status !== 0) process.exit(2)
}

function save(i, kind, detail) {
  mkdirSync(CRASHES, { recursive: true })
  const { bytes, description } = fuzzCase(SEED, i)
  const base = join(CRASHES, `${kind}-${i}`)
  writeFileSync(`${base}.md`, bytes)
  writeFileSync(`${base}.json`, `${JSON.stringify({ seed: SEED, case: i, kind, description, bytes: bytes.length, detail }, null, 2)}\n`)
  return relative(ROOT, `${base}.md`)
}

const stats = { cases: 0, bytes: 0, crashes: [], positions: [], loneCrPositions: [], nondeterministic: [], hangs: [], refused: 0, typicalPerKb: [], slowest: [] }

function record(report) {
  stats.cases++
  stats.bytes += report.bytes
  if (report.crash) stats.crashes.push({ i: report.i, description: report.description, error: report.crash, file: save(report.i, 'crash', report.crash) })
  if (report.nondeterministic) stats.nondeterministic.push({ i: report.i, file: save(report.i, 'nondeterministic') })
  for (const problem of report.positions ?? []) {
    // Another change makes "\n" the only line break; until then a lone CR shifts positions.
    const list = problem.loneCr ? stats.loneCrPositions : stats.positions
    list.push({ i: report.i, ...problem, file: problem.loneCr && stats.loneCrPositions.length > 20 ? undefined : save(report.i, problem.loneCr ? 'lone-cr-position' : 'position', problem) })
  }
  if (report.refused) stats.refused++
  if (report.ms === undefined) return
  const perKb = report.ms / Math.max(1, report.bytes / 1024)
  if (report.typical && report.bytes >= 1024) stats.typicalPerKb.push(perKb)
  stats.slowest.push({ i: report.i, perKb, ms: report.ms, bytes: report.bytes, description: report.description })
  if (stats.slowest.length > 50) stats.slowest = stats.slowest.sort((a, b) => b.perKb - a.perKb).slice(0, 10)
}

async function runShare(offset, stride, count) {
  for (let from = offset; from < count; ) {
    const outcome = await new Promise((resolve) => {
      const worker = new Worker(join(HERE, 'worker.mjs'), { workerData: { root: ROOT, seed: SEED, count, stride, offset: from } })
      let current = from
      let startedAt = performance.now()
      const watchdog = setInterval(() => {
        if (performance.now() - startedAt > HANG_MS) {
          clearInterval(watchdog)
          worker.terminate()
          resolve({ hang: current })
        }
      }, 1000)
      worker.on('message', (message) => {
        if (message.kind === 'start') {
          current = message.i
          startedAt = performance.now()
        } else if (message.kind === 'done') record(message)
        else if (message.kind === 'finished') {
          clearInterval(watchdog)
          worker.terminate()
          resolve({ finished: true })
        }
      })
      worker.on('error', (error) => {
        clearInterval(watchdog)
        resolve({ crashedWorker: current, error })
      })
    })
    if (outcome.finished) return
    const i = outcome.hang ?? outcome.crashedWorker
    if (outcome.hang !== undefined) stats.hangs.push({ i, file: save(i, 'hang') })
    else stats.crashes.push({ i, error: `worker died: ${outcome.error?.message}`, file: save(i, 'crash', String(outcome.error)) })
    from = i + stride
  }
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted.length ? sorted[sorted.length >> 1] : Number.NaN
}

const single = process.env.FUZZ_CASE
const start = performance.now()
if (single !== undefined) {
  await runShare(Number(single), 1, Number(single) + 1)
} else {
  log(`${COUNT.toLocaleString('en-US')} cases, seed "${SEED}", ${WORKERS} worker threads`)
  const progress = setInterval(() => log(`${stats.cases.toLocaleString('en-US')} cases, ${(stats.bytes / 1e6).toFixed(0)} MB, ${((performance.now() - start) / 1000).toFixed(0)} s`), 30_000)
  await Promise.all(Array.from({ length: WORKERS }, (_, w) => runShare(w, WORKERS, COUNT)))
  clearInterval(progress)
}

const seconds = (performance.now() - start) / 1000
const typical = median(stats.typicalPerKb)
const worst = stats.slowest.sort((a, b) => b.perKb - a.perKb).slice(0, 5)
for (const slow of worst.slice(0, 3)) slow.file = save(slow.i, 'slow', { perKb: slow.perKb, ms: slow.ms })
const lines = [
  `prfaq-gate fuzz — seed "${SEED}", ${stats.cases.toLocaleString('en-US')} cases (${(stats.bytes / 1e6).toFixed(1)} MB) in ${seconds.toFixed(0)} s on ${WORKERS} threads`,
  `crashes (any throw):                     ${stats.crashes.length}`,
  `findings outside the document:           ${stats.positions.length}`,
  `  … on documents with a lone CR:         ${stats.loneCrPositions.length} (lines still break at a lone CR; reported apart)`,
  `non-deterministic output:                ${stats.nondeterministic.length}`,
  `hangs (> ${HANG_MS / 1000} s):                         ${stats.hangs.length}`,
  `refused as document-too-complex:         ${stats.refused}`,
  `typical time per KB (unmutated, ≥ 1 KB): ${typical.toFixed(3)} ms`,
  `worst time per KB:                       ${worst[0] ? `${worst[0].perKb.toFixed(3)} ms = ${(worst[0].perKb / typical).toFixed(1)}× typical (case ${worst[0].i}: ${worst[0].description}, ${worst[0].bytes} bytes, ${worst[0].ms.toFixed(0)} ms)` : '—'}`,
  ...worst
    .slice(1)
    .map((slow) => `                                         ${slow.perKb.toFixed(3)} ms (${(slow.perKb / typical).toFixed(1)}×) case ${slow.i}: ${slow.description}, ${slow.bytes} bytes`)
]
for (const [title, list] of [
  ['crash', stats.crashes],
  ['position', stats.positions],
  ['non-deterministic', stats.nondeterministic],
  ['hang', stats.hangs],
  ['lone-CR position', stats.loneCrPositions.slice(0, 5)]
]) {
  for (const entry of list.slice(0, 10))
    lines.push(
      `${title}: case ${entry.i}${entry.ruleId ? ` ${entry.ruleId} at ${entry.line}:${entry.column}–${entry.endLine}:${entry.endColumn}` : ''}${entry.error ? ` ${entry.error.split('\n')[0]}` : ''}${entry.file ? ` → ${entry.file}` : ''}`
    )
}
console.log(lines.join('\n'))
process.exitCode = stats.crashes.length + stats.positions.length + stats.nondeterministic.length + stats.hangs.length > 0 ? 1 : 0

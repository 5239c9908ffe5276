// Worker thread of fuzz/run.mjs: checks its share of the cases through the
// engine (lintBytes from build/), twice each, and reports what it finds.

import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { parentPort, workerData } from 'node:worker_threads'
import { fuzzCase } from './generate.mjs'

const { root, seed, count, stride, offset } = workerData
const { lintBytes } = await import(pathToFileURL(join(root, 'build/src/engine/lint.js')).href)
const { defaultSettings } = await import(pathToFileURL(join(root, 'build/src/config/defaults.js')).href)
const settings = defaultSettings()
const decoder = new TextDecoder('utf-8', { fatal: false })

/** Findings whose positions lie outside the document, lines counted at "\n" only. */
function positionProblems(result, bytes) {
  const problems = []
  const text = decoder.decode(bytes).replace(/^\uFEFF/u, '')
  const lines = text.split('\n')
  const byteLines = bytes.reduce((n, byte) => n + (byte === 0x0a ? 1 : 0), 1)
  for (const finding of [...result.findings, ...result.suppressed.map((entry) => entry.finding)]) {
    const inside = (line, column) => {
      if (finding.ruleId === 'file-not-text') return line >= 1 && line <= byteLines && column >= 1
      return line >= 1 && line <= lines.length && column >= 1 && column <= lines[line - 1].length + 1
    }
    const ordered = finding.endLine > finding.line || (finding.endLine === finding.line && finding.endColumn >= finding.column)
    if (!inside(finding.line, finding.column) || !inside(finding.endLine, finding.endColumn) || !ordered) {
      problems.push({ ruleId: finding.ruleId, line: finding.line, column: finding.column, endLine: finding.endLine, endColumn: finding.endColumn, loneCr: /\r(?!\n)/u.test(text) })
    }
  }
  return problems
}

const stable = (result) => JSON.stringify(result)

// Compile the engine's paths before anything is timed.
for (let i = 0; i < 40; i++) lintBytes(fuzzCase(`${seed} warm-up`, i).bytes, 'warm.md', settings)

for (let i = offset; i < count; i += stride) {
  parentPort.postMessage({ kind: 'start', i })
  const { bytes, description, typical } = fuzzCase(seed, i)
  const report = { kind: 'done', i, bytes: bytes.length, description, typical }
  try {
    let start = performance.now()
    const first = lintBytes(bytes, 'fuzz.md', settings)
    const firstMs = performance.now() - start
    start = performance.now()
    const second = lintBytes(bytes, 'fuzz.md', settings)
    // The faster of the two runs: a garbage collection or the other thread does not make a case look slow.
    report.ms = Math.min(firstMs, performance.now() - start)
    if (stable(first) !== stable(second)) report.nondeterministic = true
    const problems = positionProblems(first, bytes)
    if (problems.length > 0) report.positions = problems
    report.refused = first.findings.some((finding) => finding.ruleId === 'document-too-complex')
  } catch (error) {
    report.crash = `${error?.name}: ${error?.message}\n${error?.stack?.split('\n').slice(1, 6).join('\n')}`
  }
  parentPort.postMessage(report)
}
parentPort.postMessage({ kind: 'finished' })

// Worker thread for the benchmark's adversarial section (bench/adversarial-run.mjs):
// lints one generated document per message with the engine of a given build and
// posts back the time. A worker, not the benchmark's own thread, because a case
// that runs away must be stoppable (the parent terminates the worker).

import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { parentPort, workerData } from 'node:worker_threads'
import { GENERATORS } from './adversarial.mjs'
import { collectGarbage } from './measure.mjs'

const { buildDir, warmTexts } = workerData
const { lintText } = await import(pathToFileURL(join(buildDir, 'src/engine/lint.js')).href)
const { defaultSettings } = await import(pathToFileURL(join(buildDir, 'src/config/defaults.js')).href)
const settings = defaultSettings()

for (const text of warmTexts) lintText(text, 'warm.md', settings)

parentPort.on('message', ({ name, bytes, reps }) => {
  const text = GENERATORS[name].generate(bytes)
  // One untimed run first, as the typical baseline has its warm-up round: the
  // code paths this generator exercises are compiled and the heap has grown to
  // the document's size before timing. Above 128 KB a small instance does (the
  // timed runs are long enough that compilation is noise).
  lintText(bytes <= 128 * 1024 ? text : GENERATORS[name].generate(4096), 'warm.md', settings)
  const samples = []
  let findings = []
  for (let i = 0; i < reps; i++) {
    collectGarbage()
    const start = performance.now()
    const result = lintText(text, `${name}.md`, settings)
    samples.push(performance.now() - start)
    findings = result.findings.map((finding) => ({ ruleId: finding.ruleId, line: finding.line, message: finding.message }))
  }
  parentPort.postMessage({ samples, bytes: Buffer.byteLength(text), findings })
})
parentPort.postMessage({ ready: true })

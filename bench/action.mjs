#!/usr/bin/env node
// The Action on a 50-document pull request, as GitHub runs it: dist/index.js
// as a process against the project's GitHub API fake on 127.0.0.1. Reported
// as seconds and as a ratio against a baseline measured in the same run: the
// same Action on a pull request that touches no PR/FAQ (start-up, one listing,
// no writes). Scenarios: the first run (review + summary comment written) and
// a re-run on the same head (nothing to write).
//
//   node bench/action.mjs            (npm run bench runs it as its "action" section)
//   BENCH_ACTION_DOCS=50 BENCH_REPS=3
import { spawn } from 'node:child_process'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { CORPUS_DIR, ensureCorpus } from './corpus.mjs'
import { median } from './measure.mjs'

const HERE = dirname(fileURLToPath(import.meta.url))
const ROOT = join(HERE, '..')
// BENCH_ACTION: another build of the Action (say, an older dist/index.js) to compare.
const ACTION = process.env.BENCH_ACTION ?? join(ROOT, 'dist', 'index.js')
const { FakeGitHub } = await import('../__tests__/github/fake-github.ts')

const DOCS = Number(process.env.BENCH_ACTION_DOCS ?? 50)
const REPS = Number(process.env.BENCH_REPS ?? 3)
const HEAD = 'a'.repeat(40)
const BASE = 'c'.repeat(40)

function addedPatch(content) {
  const lines = content.replace(/\n$/u, '').split('\n')
  return [`@@ -0,0 +1,${lines.length} @@`, ...lines.map((line) => `+${line}`)].join('\n')
}

function documents() {
  const { manifest } = ensureCorpus({})
  return manifest.files
    .filter((file) => file.path.startsWith('docs/'))
    .slice(0, DOCS)
    .map((file) => ({ path: `plans/${file.path.split('/').pop()}`, content: readFileSync(join(CORPUS_DIR, file.path), 'utf8') }))
}

function pullWith(docs) {
  const files = docs.map(({ path, content }) => ({ filename: path, status: 'added', patch: addedPatch(content) }))
  // The baseline touches one file that is not a PR/FAQ.
  if (docs.length === 0) files.push({ filename: 'src/app.ts', status: 'modified', patch: '@@ -1,1 +1,1 @@\n-a\n+b' })
  return { number: 7, headSha: HEAD, baseSha: BASE, files, contents: Object.fromEntries(docs.map(({ path, content }) => [path, content])) }
}

function runAction(apiUrl) {
  const dir = mkdtempSync(join(tmpdir(), 'prfaq-gate-bench-'))
  const event = join(dir, 'event.json')
  writeFileSync(event, JSON.stringify({ number: 7, pull_request: { number: 7, head: { sha: HEAD }, base: { sha: BASE } } }))
  writeFileSync(join(dir, 'output'), '')
  writeFileSync(join(dir, 'summary.md'), '')
  const env = {
    PATH: process.env.PATH ?? '',
    GITHUB_ACTIONS: 'true',
    GITHUB_EVENT_NAME: 'pull_request',
    GITHUB_EVENT_PATH: event,
    GITHUB_REPOSITORY: 'acme/plans',
    GITHUB_API_URL: apiUrl,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_OUTPUT: join(dir, 'output'),
    GITHUB_STEP_SUMMARY: join(dir, 'summary.md'),
    GITHUB_WORKSPACE: dir,
    GITHUB_WORKFLOW: 'prfaq-gate',
    GITHUB_JOB: 'prfaq',
    RUNNER_TEMP: dir,
    'INPUT_GITHUB-TOKEN': 'bench-token'
  }
  const start = process.hrtime.bigint()
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [ACTION], { cwd: dir, env, stdio: ['ignore', 'pipe', 'pipe'] })
    let stderr = ''
    child.stdout.resume()
    child.stderr.setEncoding('utf8').on('data', (chunk) => (stderr += chunk))
    child.on('error', reject)
    child.on('close', (code) => {
      if (code !== 0 && code !== 1) reject(new Error(`the Action exited ${code}: ${stderr}`))
      else resolve(Number(process.hrtime.bigint() - start) / 1e9)
    })
  })
}

/** One sample of each scenario, on a fresh fake. */
async function sample(docs) {
  const baselineFake = new FakeGitHub({ owner: 'acme', repo: 'plans', pulls: [pullWith([])], refs: { [BASE]: {} } })
  const baselineUrl = await baselineFake.start()
  const baseline = await runAction(baselineUrl)
  await baselineFake.stop()

  const fake = new FakeGitHub({ owner: 'acme', repo: 'plans', pulls: [pullWith(docs)], refs: { [BASE]: {} } })
  const apiUrl = await fake.start()
  const first = await runAction(apiUrl)
  const firstRequests = fake.requests.length
  const rerun = await runAction(apiUrl)
  const rerunRequests = fake.requests.length - firstRequests
  const violations = fake.violations.length
  await fake.stop()
  return { baseline, first, rerun, firstRequests, rerunRequests, violations }
}

export async function measureAction() {
  if (!process.versions.node.startsWith('24')) throw new Error('bench/action.mjs needs Node 24 (npm run bench uses it)')
  const docs = documents()
  const samples = []
  for (let i = 0; i < REPS; i++) samples.push(await sample(docs))
  const pick = (key) => median(samples.map((s) => s[key]))
  return {
    documents: docs.length,
    baselineSeconds: pick('baseline'),
    firstRunSeconds: pick('first'),
    rerunSeconds: pick('rerun'),
    firstOverBaseline: pick('first') / pick('baseline'),
    rerunOverBaseline: pick('rerun') / pick('baseline'),
    firstRunRequests: samples[0].firstRequests,
    rerunRequests: samples[0].rerunRequests,
    violations: samples[0].violations
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const result = await measureAction()
  const f = (s) => `${s.toFixed(2)} s`
  console.log(`Action on a ${result.documents}-document pull request (dist/index.js against the GitHub fake, median of ${REPS}):`)
  console.log(`  baseline (no PR/FAQ changed)  ${f(result.baselineSeconds)}`)
  console.log(`  first run                     ${f(result.firstRunSeconds)}  ${result.firstOverBaseline.toFixed(2)}× baseline, ${result.firstRunRequests} requests`)
  console.log(`  re-run, same head             ${f(result.rerunSeconds)}  ${result.rerunOverBaseline.toFixed(2)}× baseline, ${result.rerunRequests} requests`)
  if (result.violations) console.log(`  ${result.violations} API rule violations recorded by the fake`)
}

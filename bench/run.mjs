#!/usr/bin/env node
// `npm run bench`: generates (or reuses) the deterministic corpus, measures the
// parser floor, the engine, the CLI against markdownlint-cli2, peak memory,
// linearity on large documents, start-up and a nesting stress file — all in
// one run — then prints a table and writes bench/.results/latest.json.
// See bench/README.md for what each number means and the env knobs.
import { execFileSync, spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { availableParallelism, cpus, loadavg, platform, release, totalmem } from 'node:os'
import { dirname, join, relative } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

const HERE = dirname(fileURLToPath(import.meta.url))
const ROOT = join(HERE, '..')
const RESULTS_DIR = join(HERE, '.results')

// ---------------------------------------------------------------------------
// Node 24, as the project requires (npm run puts node_modules/.bin/node first).

const major = Number(process.versions.node.split('.')[0])
if (major < 24) {
  const local = join(ROOT, 'node_modules', '.bin', 'node')
  if (existsSync(local) && !process.env.BENCH_REEXEC) {
    console.error(`bench: node ${process.version} is too old; re-running with ${relative(process.cwd(), local)}`)
    const { status } = spawnSync(local, process.argv.slice(1), { stdio: 'inherit', env: { ...process.env, BENCH_REEXEC: '1' } })
    process.exit(status ?? 1)
  }
  console.error(`bench: needs node >= 24 (this is ${process.version}); run it with \`npm run bench\`.`)
  process.exit(2)
}

// ---------------------------------------------------------------------------
// Knobs

function intEnv(name, fallback, min = 1) {
  const raw = process.env[name]
  if (raw === undefined || raw === '') return fallback
  const value = Number(raw)
  if (!Number.isInteger(value) || value < min) {
    console.error(`bench: ${name}=${raw} must be an integer >= ${min}`)
    process.exit(2)
  }
  return value
}

const CONFIG = {
  reps: intEnv('BENCH_REPS', 3),
  largeReps: intEnv('BENCH_LARGE_REPS', intEnv('BENCH_REPS', 3)),
  cliReps: intEnv('BENCH_CLI_REPS', intEnv('BENCH_REPS', 3)),
  startupReps: intEnv('BENCH_STARTUP_REPS', 10),
  warmup: intEnv('BENCH_WARMUP', 1, 0),
  timeoutS: intEnv('BENCH_TIMEOUT', 600),
  only: process.env.BENCH_ONLY ? new Set(process.env.BENCH_ONLY.split(',').map((s) => s.trim())) : undefined,
  forceCorpus: process.env.BENCH_FORCE_CORPUS === '1',
  build: process.env.BENCH_BUILD === '1',
  strict: process.env.BENCH_STRICT === '1',
  adversarialSizes: (process.env.BENCH_ADVERSARIAL_SIZES ?? '16,128,1024').split(',').map((kb) => Number(kb) * 1024),
  adversarialOnly: process.env.BENCH_ADVERSARIAL_ONLY ? process.env.BENCH_ADVERSARIAL_ONLY.split(',') : undefined,
  adversarialTimeoutS: intEnv('BENCH_ADVERSARIAL_TIMEOUT', 60)
}
/** The document of the one-document cold start: the passing example, so every rule runs and the CLI exits 0. */
const ONE_DOCUMENT = 'examples/passing-prfaq.md'
const SECTIONS = ['startup', 'cli', 'inprocess', 'large', 'stress', 'adversarial']
if (CONFIG.only) {
  for (const name of CONFIG.only) {
    if (!SECTIONS.includes(name)) {
      console.error(`bench: BENCH_ONLY: unknown section "${name}"; use ${SECTIONS.join(', ')}`)
      process.exit(2)
    }
  }
}
const enabled = (section) => !CONFIG.only || CONFIG.only.has(section)

const TARGETS = {
  engineOverFloor: 1.3, // engine time / floor time, at most
  // markdownlint-cli2 wall time / ours, at least: 2 where the CLI has a second core for its workers, else 1.5.
  baselineOverCli: availableParallelism() >= 2 ? 2 : 1.5,
  rssOverBaseline: 1.0, // our peak RSS / markdownlint-cli2's, at most
  linearity: 1.5, // per-byte engine time of the 5 MB document / typical documents, at most
  adversarial: 10 // per-byte engine time of any pathological generator / typical documents, at most
}

const log = (message) => process.stderr.write(`bench: ${message}\n`)

// ---------------------------------------------------------------------------
// Build and corpus

const BUILD_LINT = join(ROOT, 'build/src/engine/lint.js')
const CLI = join(ROOT, 'dist/cli.js')

function npm(args) {
  // Under `npm run`, npm_execpath is npm's own CLI script: run it with this node.
  const execPath = process.env.npm_execpath
  const [command, commandArgs] = execPath?.endsWith('.js') ? [process.execPath, [execPath, ...args]] : ['npm', args]
  const { status } = spawnSync(command, commandArgs, { cwd: ROOT, stdio: ['ignore', process.stderr, process.stderr] })
  if (status !== 0) {
    console.error(`bench: \`npm ${args.join(' ')}\` failed (exit ${status})`)
    process.exit(2)
  }
}

if (CONFIG.build || !existsSync(join(ROOT, 'build/src')) || !existsSync(BUILD_LINT) || !existsSync(CLI)) {
  log('build/src or dist/cli.js missing (or BENCH_BUILD=1): running `npm run build`')
  npm(['run', 'build'])
}

function newestMtime(dir) {
  let newest = 0
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) newest = Math.max(newest, statSync(join(entry.parentPath, entry.name)).mtimeMs)
  }
  return newest
}
const warnings = []
const WATCHED = [BUILD_LINT, join(ROOT, 'build/src/parse/markdown.js'), CLI]
const watchedAtStart = WATCHED.map((path) => statSync(path).mtimeMs)
const loadAtStart = loadavg().map((x) => +x.toFixed(2))
const busyAtStart = await cpuBusy(1000)

/** Share of all CPUs busy over `ms` (from /proc/stat), before the benchmark adds its own load; undefined off Linux. */
async function cpuBusy(ms) {
  const sample = () => {
    const fields = readFileSync('/proc/stat', 'utf8').split('\n', 1)[0].trim().split(/\s+/u).slice(1).map(Number)
    return { idle: fields[3] + (fields[4] ?? 0), total: fields.reduce((a, b) => a + b, 0) }
  }
  try {
    const before = sample()
    await new Promise((resolve) => setTimeout(resolve, ms))
    const after = sample()
    return 1 - (after.idle - before.idle) / Math.max(1, after.total - before.total)
  } catch {
    return undefined
  }
}
{
  const srcTime = newestMtime(join(ROOT, 'src'))
  if (srcTime > newestMtime(join(ROOT, 'build/src'))) warnings.push('src/ has changes newer than build/src: in-process numbers may be stale (BENCH_BUILD=1 rebuilds first).')
  if (srcTime > statSync(CLI).mtimeMs) warnings.push('src/ has changes newer than dist/cli.js: CLI numbers may be stale (BENCH_BUILD=1 rebuilds first).')
}

const { ensureCorpus, DEFAULT_PARAMS, CORPUS_DIR } = await import('./corpus.mjs')
const { collectGarbage, cpuMethod, crashSigns, memoryMethod, median, runProcess, summarize, timed } = await import('./measure.mjs')

const params = process.env.BENCH_SEED ? { ...DEFAULT_PARAMS, seed: process.env.BENCH_SEED } : DEFAULT_PARAMS
const corpus = ensureCorpus({ params, force: CONFIG.forceCorpus })
log(corpus.generated ? `corpus generated in ${corpus.seconds.toFixed(1)} s` : 'corpus up to date (manifest hash matches)')
const manifest = corpus.manifest
const corpusRel = relative(ROOT, CORPUS_DIR).split('\\').join('/')
const docFiles = manifest.files.filter((file) => file.path.startsWith('docs/'))
const docsBytes = docFiles.reduce((sum, file) => sum + file.bytes, 0)

// The floor, as the issue defines it: raw mdast-util-from-markdown + full GFM + front matter.
const { fromMarkdown } = await import('mdast-util-from-markdown')
const { gfm } = await import('micromark-extension-gfm')
const { gfmFromMarkdown } = await import('mdast-util-gfm')
const { frontmatter } = await import('micromark-extension-frontmatter')
const { frontmatterFromMarkdown } = await import('mdast-util-frontmatter')
const floorOptions = { extensions: [gfm(), frontmatter(['yaml'])], mdastExtensions: [gfmFromMarkdown(), frontmatterFromMarkdown(['yaml'])] }
const parseFloor = (text) => fromMarkdown(text, floorOptions)
// The engine's own parser configuration (GFM without autolink literals, see src/parse/markdown.ts).
const { parseMarkdown } = await import(pathToFileURL(join(ROOT, 'build/src/parse/markdown.js')).href)
const { WorkBudget, budgetFor } = await import(pathToFileURL(join(ROOT, 'build/src/parse/complexity.js')).href)
const { LineIndex } = await import(pathToFileURL(join(ROOT, 'build/src/text/positions.js')).href)
const { lintText } = await import(pathToFileURL(BUILD_LINT).href)
const { defaultSettings } = await import(pathToFileURL(join(ROOT, 'build/src/config/defaults.js')).href)
const settings = defaultSettings()

const memory = memoryMethod()
const cpuTime = cpuMethod(memory)
const timeoutMs = CONFIG.timeoutS * 1000
const results = { startup: null, cli: null, inprocess: null, large: null, stress: null, adversarial: null }

// ---------------------------------------------------------------------------
// 6. Start-up: `node dist/cli.js --version` vs bare `node -e ""`, and checking one
//    document cold (`check examples/passing-prfaq.md`) vs `--version`: the
//    vocabulary compiled and every rule run once, in a fresh process

if (enabled('startup')) {
  log(`start-up: ${CONFIG.startupReps} × (dist/cli.js --version, node -e "", dist/cli.js check one document)`)
  const ours = []
  const bare = []
  const oneDocument = []
  let version
  const problems = []
  for (let i = 0; i < CONFIG.warmup + CONFIG.startupReps; i++) {
    const a = await runProcess(process.execPath, [CLI, '--version'], { cwd: ROOT, memory: 'none', timeoutMs })
    const b = await runProcess(process.execPath, ['-e', ''], { cwd: ROOT, memory: 'none', timeoutMs })
    version = a.stdout.trim()
    const c = await runProcess(process.execPath, [CLI, 'check', ONE_DOCUMENT], { cwd: ROOT, memory: 'none', timeoutMs })
    version = a.stdout.trim()
    if (a.code !== 0 || !/^\d+\.\d+\.\d+/u.test(version)) problems.push(`--version exited ${a.code ?? a.signal} with ${JSON.stringify(a.stdout.slice(0, 80))}`)
    if (c.code !== 0) problems.push(`check ${ONE_DOCUMENT} exited ${c.code ?? c.signal}`)
    if (i < CONFIG.warmup) continue
    ours.push(a.wallMs)
    bare.push(b.wallMs)
    oneDocument.push(c.wallMs)
  }
  results.startup = { version, ours: summarize(ours), bareNode: summarize(bare), oneDocument: summarize(oneDocument), problems }
}

// ---------------------------------------------------------------------------
// 3 + 4. The CLI as a process vs markdownlint-cli2, 1,000 files: wall time and peak RSS

const mdlPackage = JSON.parse(readFileSync(join(ROOT, 'node_modules/markdownlint-cli2/package.json'), 'utf8'))
const mdlBin = join(ROOT, 'node_modules/markdownlint-cli2', typeof mdlPackage.bin === 'string' ? mdlPackage.bin : mdlPackage.bin['markdownlint-cli2'])
const MDL_CONFIG_FILES = [
  '.markdownlint-cli2.jsonc',
  '.markdownlint-cli2.yaml',
  '.markdownlint-cli2.cjs',
  '.markdownlint-cli2.mjs',
  '.markdownlint.jsonc',
  '.markdownlint.json',
  '.markdownlint.yaml',
  '.markdownlint.yml',
  '.markdownlint.cjs',
  '.markdownlint.mjs'
]
const mdlConfig = MDL_CONFIG_FILES.filter((name) => existsSync(join(ROOT, name)))
if (mdlConfig.length > 0) warnings.push(`markdownlint-cli2 picks up ${mdlConfig.join(', ')} from the repository root: the baseline is not its defaults.`)

function checkOurs(run, expectedFiles) {
  const problems = []
  if (run.timedOut) problems.push(`timed out after ${CONFIG.timeoutS} s`)
  if (run.signal) problems.push(`killed by ${run.signal}`)
  if (run.code !== 0 && run.code !== 1) problems.push(`exit code ${run.code}`)
  problems.push(...crashSigns(run.stderr))
  let report
  try {
    report = JSON.parse(run.stdout)
    if (expectedFiles !== undefined && report.files.length !== expectedFiles) problems.push(`checked ${report.files.length} files, expected ${expectedFiles}`)
  } catch {
    problems.push('stdout is not the JSON report')
  }
  return { problems, report }
}

function checkMdl(run, expectedFiles) {
  const problems = []
  if (run.timedOut) problems.push(`timed out after ${CONFIG.timeoutS} s`)
  if (run.signal) problems.push(`killed by ${run.signal}`)
  if (run.code !== 0 && run.code !== 1) problems.push(`exit code ${run.code}`)
  problems.push(...crashSigns(run.stderr))
  const linted = /Linting: (\d+) file/u.exec(run.stdout)
  const summary = /Summary: (\d+) (?:issue|error)/u.exec(run.stdout)
  if (!linted || Number(linted[1]) !== expectedFiles) problems.push(`linted ${linted?.[1] ?? '?'} files, expected ${expectedFiles}`)
  return { problems, issues: summary ? Number(summary[1]) : null }
}

if (enabled('cli')) {
  const docsDir = `${corpusRel}/docs`
  const ourArgs = [CLI, 'check', '--format', 'json', docsDir]
  const mdlArgs = [mdlBin, `${docsDir}/**/*.md`]
  log(`CLI: ${CONFIG.warmup} warm-up + ${CONFIG.cliReps} timed rounds of prfaq-gate and markdownlint-cli2 on ${docFiles.length} files (peak RSS via ${memory}, CPU time via ${cpuTime})`)
  const ours = { wall: [], rss: [], cpu: [], problems: [] }
  const mdl = { wall: [], rss: [], cpu: [], problems: [] }
  let ourReport
  let mdlIssues
  for (let round = 0; round < CONFIG.warmup + CONFIG.cliReps; round++) {
    const order = round % 2 === 0 ? ['ours', 'mdl'] : ['mdl', 'ours']
    for (const who of order) {
      if (who === 'ours') {
        const run = await runProcess(process.execPath, ourArgs, { cwd: ROOT, memory, timeoutMs })
        const { problems, report } = checkOurs(run, docFiles.length)
        ours.problems.push(...problems.map((p) => `round ${round + 1}: ${p}`))
        ourReport ??= report
        if (round >= CONFIG.warmup) record(ours, run)
        log(
          `  prfaq-gate        ${(run.wallMs / 1000).toFixed(2)} s${fmtRunCpu(run)}${run.maxRssKb ? `, ${(run.maxRssKb / 1024).toFixed(0)} MB` : ''}${round < CONFIG.warmup ? ' (warm-up)' : ''}${problems.length ? ` — ${problems.join('; ')}` : ''}`
        )
      } else {
        const run = await runProcess(process.execPath, mdlArgs, { cwd: ROOT, memory, timeoutMs })
        const { problems, issues } = checkMdl(run, docFiles.length)
        mdl.problems.push(...problems.map((p) => `round ${round + 1}: ${p}`))
        mdlIssues ??= issues
        if (round >= CONFIG.warmup) record(mdl, run)
        log(
          `  markdownlint-cli2 ${(run.wallMs / 1000).toFixed(2)} s${fmtRunCpu(run)}${run.maxRssKb ? `, ${(run.maxRssKb / 1024).toFixed(0)} MB` : ''}${round < CONFIG.warmup ? ' (warm-up)' : ''}${problems.length ? ` — ${problems.join('; ')}` : ''}`
        )
      }
    }
  }
  results.cli = {
    command: { ours: `node ${relative(ROOT, CLI)} check --format json ${docsDir}`, markdownlintCli2: `node ${relative(ROOT, mdlBin)} "${docsDir}/**/*.md"` },
    markdownlintCli2Version: mdlPackage.version,
    memoryMethod: memory,
    cpuMethod: cpuTime,
    ours: {
      wallMs: summarize(ours.wall),
      maxRssKb: ours.rss.length ? summarize(ours.rss) : null,
      cpuS: ours.cpu.length ? summarize(ours.cpu) : null,
      problems: ours.problems,
      // Every finding, notices included (the report's counts are of errors and warnings only), to compare with the engine's.
      findings: ourReport ? { errors: ourReport.errorCount, warnings: ourReport.warningCount, all: ourReport.files.reduce((sum, file) => sum + file.findings.length, 0) } : null
    },
    markdownlintCli2: { wallMs: summarize(mdl.wall), maxRssKb: mdl.rss.length ? summarize(mdl.rss) : null, cpuS: mdl.cpu.length ? summarize(mdl.cpu) : null, problems: mdl.problems, issues: mdlIssues }
  }
}

/** ", 12.34 s CPU" for a run whose CPU time was measured. */
function fmtRunCpu(run) {
  return run.userS === null ? '' : ` wall, ${(run.userS + run.sysS).toFixed(2)} s CPU`
}

function record(target, run) {
  target.wall.push(run.wallMs)
  if (run.maxRssKb) target.rss.push(run.maxRssKb)
  if (run.userS !== null) target.cpu.push(run.userS + run.sysS)
}

// ---------------------------------------------------------------------------
// 1 + 2. Floor (parseMarkdown) and engine (lintText) in-process on the 1,000 documents

const readDoc = (file) => ({ path: `${corpusRel}/${file.path}`, bytes: file.bytes, text: readFileSync(join(CORPUS_DIR, file.path), 'utf8') })

function floorPass(docs) {
  return timed(() => {
    let nodes = 0
    for (const doc of docs) nodes += parseFloor(doc.text).children.length
    return nodes
  })
}

/**
 * The engine's own parse, as lintText runs it (src/engine/lint.ts,
 * parseWithinBudget): its parser configuration, with the work budget that
 * stops a pathological document. What the engine adds on top of this is the
 * model, the rules and the findings.
 */
function parserPass(docs) {
  return timed(() => {
    let nodes = 0
    for (const doc of docs) nodes += parseMarkdown(doc.text, new LineIndex(doc.text), new WorkBudget(budgetFor(doc.text.length))).children.length
    return nodes
  })
}

/** The same parser without the work budget: what the budget's counting costs, for information. */
function plainParserPass(docs) {
  return timed(() => {
    let nodes = 0
    for (const doc of docs) nodes += parseMarkdown(doc.text).children.length
    return nodes
  })
}

/** One engine pass; records per-document times, and tallies findings when `counts` is given. */
function enginePass(docs, perDoc, counts) {
  return timed(() => {
    let total = 0
    for (let i = 0; i < docs.length; i++) {
      const start = performance.now()
      const { findings } = lintText(docs[i].text, docs[i].path, settings)
      if (perDoc) perDoc[i].push(performance.now() - start)
      total += findings.length
      if (counts) {
        for (const finding of findings) {
          const key = `${finding.ruleId} (${finding.severity})`
          counts[key] = (counts[key] ?? 0) + 1
        }
      }
    }
    return total
  })
}

if (enabled('inprocess') || enabled('large') || enabled('adversarial')) {
  const docs = docFiles.map(readDoc)
  log(`in-process: ${CONFIG.warmup} warm-up + ${CONFIG.reps} timed rounds of floor and engine over ${docs.length} documents (${(docsBytes / 1e6).toFixed(2)} MB)`)
  const floor = []
  const engine = []
  const parser = []
  const plainParser = []
  const perDoc = docs.map(() => [])
  let counts
  for (let round = 0; round < CONFIG.warmup + CONFIG.reps; round++) {
    const warm = round < CONFIG.warmup
    // Alternate the order so neither side always runs on a heap the other just filled.
    const passes = round % 2 === 0 ? ['floor', 'engine', 'parser', 'plain'] : ['plain', 'parser', 'engine', 'floor']
    const line = []
    for (const pass of passes) {
      // The first engine pass counts what each document costs; the later ones only time.
      const first = pass === 'engine' && !counts
      if (first) counts = {}
      const tally = first ? counts : undefined
      const { ms } = pass === 'floor' ? floorPass(docs) : pass === 'parser' ? parserPass(docs) : pass === 'plain' ? plainParserPass(docs) : enginePass(docs, warm ? undefined : perDoc, tally)
      if (!warm) ({ floor, engine, parser, plain: plainParser })[pass].push(ms)
      line.push(`${pass} ${(ms / 1000).toFixed(2)} s`)
    }
    log(`  ${line.join(', ')}${warm ? ' (warm-up)' : ''}`)
  }
  const perDocMedian = perDoc.map((samples, i) => ({ path: docs[i].path, bytes: docs[i].bytes, ms: median(samples) }))
  const slowest = [...perDocMedian].sort((a, b) => b.ms / b.bytes - a.ms / a.bytes).slice(0, 3)
  const docMs = perDocMedian.map((doc) => doc.ms).sort((a, b) => a - b)
  results.inprocess = {
    documents: docs.length,
    bytes: docsBytes,
    floorMs: summarize(floor),
    engineMs: summarize(engine),
    parserMs: summarize(parser),
    plainParserMs: summarize(plainParser),
    // Ratios of passes in the same round: a machine that slows down between rounds slows both sides of each.
    engineOverParser: summarize(engine.map((ms, round) => ms / parser[round])),
    engineOverFloor: summarize(engine.map((ms, round) => ms / floor[round])),
    engineFindings: counts,
    perDocumentEngineMs: { p50: docMs[Math.floor(docMs.length * 0.5)], p90: docMs[Math.floor(docMs.length * 0.9)], p99: docMs[Math.floor(docMs.length * 0.99)], max: docMs.at(-1) },
    slowestPerByte: slowest.map((doc) => ({ ...doc, msPerKB: (doc.ms / doc.bytes) * 1024 }))
  }
}

// ---------------------------------------------------------------------------
// 5. Linearity: the 256 KB, 1 MB and 5 MB documents through the engine and the floor

if (enabled('large')) {
  const large = manifest.files.filter((file) => file.path.startsWith('large/')).sort((a, b) => a.bytes - b.bytes)
  results.large = []
  for (const file of large) {
    const doc = readDoc(file)
    const floor = []
    const engine = []
    let ruleIds = []
    let error
    log(`large: ${file.path} (${(file.bytes / 1024).toFixed(0)} KB), ${CONFIG.largeReps} rounds`)
    for (let round = 0; round < CONFIG.largeReps; round++) {
      const passes = round % 2 === 0 ? ['floor', 'engine'] : ['engine', 'floor']
      const line = []
      for (const pass of passes) {
        try {
          if (pass === 'floor') {
            const { ms } = timed(() => parseFloor(doc.text).children.length)
            floor.push(ms)
            line.push(`floor ${(ms / 1000).toFixed(2)} s`)
          } else {
            const { ms, value } = timed(() => lintText(doc.text, doc.path, settings))
            engine.push(ms)
            ruleIds = value.findings.map((finding) => finding.ruleId)
            line.push(`engine ${(ms / 1000).toFixed(2)} s`)
          }
        } catch (caught) {
          error = `${pass}: ${caught?.name}: ${caught?.message}`
          line.push(`${pass} threw ${caught?.name}`)
        }
      }
      log(`  ${line.join(', ')}`)
    }
    results.large.push({ path: doc.path, bytes: file.bytes, floorMs: summarize(floor), engineMs: summarize(engine), ruleIds, error })
    collectGarbage()
  }
}

// ---------------------------------------------------------------------------
// 7. Nesting stress: the engine in-process, the raw parser in a child (it may
//    overflow the stack or take long), and the CLI as a process.

if (enabled('stress')) {
  results.stress = []
  for (const file of manifest.files.filter((f) => f.path.startsWith('stress/'))) {
    const doc = readDoc(file)
    log(`stress: ${file.path} (${(file.bytes / 1024).toFixed(0)} KB)`)
    const entry = { path: doc.path, bytes: file.bytes, maxNesting: settings.maxNesting }
    const engine = []
    try {
      for (let i = 0; i < Math.max(3, CONFIG.reps); i++) {
        const { ms, value } = timed(() => lintText(doc.text, doc.path, settings))
        engine.push(ms)
        entry.engineRuleIds = value.findings.map((finding) => finding.ruleId)
      }
      entry.engineMs = summarize(engine)
    } catch (caught) {
      entry.engineError = `${caught?.name}: ${caught?.message}`
    }
    // The raw parser, without the engine's nesting pre-check.
    const script = `
      const { parseMarkdown } = await import(${JSON.stringify(pathToFileURL(join(ROOT, 'build/src/parse/markdown.js')).href)})
      const text = (await import('node:fs')).readFileSync(${JSON.stringify(join(CORPUS_DIR, file.path))}, 'utf8')
      const start = performance.now()
      try { parseMarkdown(text); console.log(JSON.stringify({ ok: true, ms: performance.now() - start })) }
      catch (error) { console.log(JSON.stringify({ ok: false, ms: performance.now() - start, error: error.name + ': ' + error.message })) }`
    const floorRun = await runProcess(process.execPath, ['--input-type=module', '-e', script], { cwd: ROOT, memory, timeoutMs })
    try {
      entry.floor = JSON.parse(floorRun.stdout.trim().split('\n').pop())
    } catch {
      entry.floor = {
        ok: false,
        error: floorRun.timedOut ? `timed out after ${CONFIG.timeoutS} s` : `exit ${floorRun.code ?? floorRun.signal}: ${floorRun.stderr.split('\n').find((l) => /Error/u.test(l)) ?? ''}`
      }
    }
    entry.floor.maxRssKb = floorRun.maxRssKb
    const cliRun = await runProcess(process.execPath, [CLI, 'check', '--format', 'json', doc.path], { cwd: ROOT, memory, timeoutMs })
    const { problems, report } = checkOurs(cliRun, 1)
    entry.cli = { exitCode: cliRun.code, wallMs: cliRun.wallMs, maxRssKb: cliRun.maxRssKb, ruleIds: report?.files[0]?.findings.map((f) => f.ruleId), problems }
    results.stress.push(entry)
  }
}

// ---------------------------------------------------------------------------
// 8. Adversarial: each pathological generator of bench/adversarial.mjs at 16 KB,
//    128 KB and 1 MB through the engine, in a worker thread stopped after
//    BENCH_ADVERSARIAL_TIMEOUT seconds; time per KB against the typical
//    documents' (section 2, same run). Also how much of its work budget the
//    most demanding corpus document uses.

if (enabled('adversarial')) {
  const { GENERATORS } = await import('./adversarial.mjs')
  const { runAdversarial } = await import('./adversarial-run.mjs')
  const { WorkBudget, budgetFor } = await import(pathToFileURL(join(ROOT, 'build/src/parse/complexity.js')).href)
  const names = CONFIG.adversarialOnly ?? Object.keys(GENERATORS)
  log(`adversarial: ${names.length} generators × ${CONFIG.adversarialSizes.map((b) => `${b / 1024} KB`).join(', ')} (timeout ${CONFIG.adversarialTimeoutS} s each)`)
  const warmTexts = docFiles.slice(0, 50).map((file) => readFileSync(join(CORPUS_DIR, file.path), 'utf8'))
  const cases = []
  for await (const result of runAdversarial({ buildDir: join(ROOT, 'build'), sizes: CONFIG.adversarialSizes, timeoutMs: CONFIG.adversarialTimeoutS * 1000, names, warmTexts })) {
    const refused = result.findings?.find((finding) => finding.ruleId === 'document-too-complex')
    cases.push({
      name: result.name,
      bytes: result.bytes,
      ms: result.ms ?? null,
      samples: result.samples ?? [],
      timedOut: Boolean(result.timedOut),
      error: result.error,
      refusedAtLine: refused?.line ?? null,
      refusal: refused?.message
    })
    log(
      `  ${result.name} ${(result.bytes / 1024).toFixed(0)} KB: ${result.timedOut ? `> ${CONFIG.adversarialTimeoutS} s` : (result.error ?? `${result.ms.toFixed(0)} ms${refused ? ` (refused at line ${refused.line})` : ''}`)}`
    )
  }
  let headroom = { ratio: 0, path: null }
  for (const file of docFiles) {
    const text = readFileSync(join(CORPUS_DIR, file.path), 'utf8')
    const budget = new WorkBudget(Number.POSITIVE_INFINITY)
    parseMarkdown(text, undefined, budget)
    const ratio = budget.spent / budgetFor(text.length)
    if (ratio > headroom.ratio) headroom = { ratio, path: file.path }
  }
  results.adversarial = { timeoutS: CONFIG.adversarialTimeoutS, cases, corpusBudgetUse: headroom }
}

// ---------------------------------------------------------------------------
// Report

const rows = []
const fmtS = (ms) => (ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(ms >= 100 ? 0 : 1)} ms`)
const fmtMBs = (bytes, ms) => `${(bytes / 1e6 / (ms / 1000)).toFixed(2)} MB/s`
const fmtMB = (kb) => `${(kb / 1024).toFixed(0)} MB`
const fmtX = (ratio) => `${ratio.toFixed(2)}×`
const fmtNsB = (ms, bytes) => `${((ms * 1e6) / bytes).toFixed(0)} ns/B`
const verdict = (ok) => (ok ? 'PASS' : 'FAIL')
const fmtMsPerKb = (ms, bytes) => `${((ms * 1024) / bytes).toFixed(2)} ms/KB`

const ip = results.inprocess
if (ip) {
  const floorMs = ip.floorMs.median
  const engineMs = ip.engineMs.median
  rows.push({ id: 'floor', name: `1 floor: parseMarkdown, ${ip.documents} docs`, value: `${fmtS(floorMs)} = ${fmtMBs(ip.bytes, floorMs)}`, baseline: '', ratio: '', target: '', status: 'info' })
  const ratio = ip.engineOverFloor.median
  rows.push({
    id: 'engine',
    name: `2 engine: lintText, ${ip.documents} docs`,
    value: `${fmtS(engineMs)} = ${fmtMBs(ip.bytes, engineMs)}`,
    baseline: `floor ${fmtS(floorMs)}`,
    ratio: fmtX(ratio),
    target: `≤ ${TARGETS.engineOverFloor}×`,
    status: verdict(ratio <= TARGETS.engineOverFloor),
    measured: ratio,
    note: "ratio: the median of the rounds' own ratios"
  })
  const parserMs = ip.parserMs.median
  const plainMs = ip.plainParserMs.median
  rows.push({
    id: 'parser',
    name: `  the engine's own parse (with its budget)`,
    value: `${fmtS(parserMs)} = ${fmtMBs(ip.bytes, parserMs)}`,
    baseline: `floor ${fmtS(floorMs)}`,
    ratio: fmtX(parserMs / floorMs),
    target: '',
    status: 'info',
    note: `the work budget's counting: ${fmtX(parserMs / plainMs)} the same parser without it (${fmtS(plainMs)})`
  })
  rows.push({
    id: 'engine-over-parser',
    name: `  engine over its own parse`,
    value: fmtX(ip.engineOverParser.median),
    baseline: `parse ${fmtS(parserMs)}`,
    ratio: fmtX(ip.engineOverParser.median),
    target: `≤ ${TARGETS.engineOverFloor}×`,
    status: verdict(ip.engineOverParser.median <= TARGETS.engineOverFloor),
    measured: ip.engineOverParser.median,
    note: `rounds: ${ip.engineOverParser.samples.map((r) => r.toFixed(2)).join(', ')}; against the parser without its budget: ${fmtX(engineMs / plainMs)}`
  })
}
const cli = results.cli
if (cli) {
  const crashed = cli.ours.problems.length > 0 || cli.markdownlintCli2.problems.length > 0
  const ratio = cli.markdownlintCli2.wallMs.median / cli.ours.wallMs.median
  rows.push({
    id: 'cli',
    name: `3 CLI wall time, ${docFiles.length} files`,
    value: fmtS(cli.ours.wallMs.median),
    baseline: `markdownlint-cli2 ${fmtS(cli.markdownlintCli2.wallMs.median)}`,
    ratio: fmtX(ratio),
    target: `≥ ${TARGETS.baselineOverCli}×`,
    status: verdict(ratio >= TARGETS.baselineOverCli),
    measured: ratio
  })
  if (cli.ours.cpuS && cli.markdownlintCli2.cpuS) {
    const cpuRatio = cli.markdownlintCli2.cpuS.median / cli.ours.cpuS.median
    rows.push({
      id: 'cpu',
      name: '  CLI CPU time (user+sys), same runs',
      value: `${cli.ours.cpuS.median.toFixed(2)} s`,
      baseline: `markdownlint-cli2 ${cli.markdownlintCli2.cpuS.median.toFixed(2)} s`,
      ratio: fmtX(cpuRatio),
      target: '',
      status: 'info',
      measured: cpuRatio,
      note: `CPU per wall second: ours ${(cli.ours.cpuS.median / (cli.ours.wallMs.median / 1000)).toFixed(2)}, markdownlint-cli2 ${(cli.markdownlintCli2.cpuS.median / (cli.markdownlintCli2.wallMs.median / 1000)).toFixed(2)}`
    })
  } else {
    rows.push({ id: 'cpu', name: '  CLI CPU time (user+sys), same runs', value: 'not measured', baseline: `(no GNU time, no /proc)`, ratio: '', target: '', status: 'SKIP' })
  }
  if (cli.ours.maxRssKb && cli.markdownlintCli2.maxRssKb) {
    const rss = cli.ours.maxRssKb.median / cli.markdownlintCli2.maxRssKb.median
    rows.push({
      id: 'memory',
      name: `4 peak RSS, ${docFiles.length} files`,
      value: fmtMB(cli.ours.maxRssKb.median),
      baseline: `markdownlint-cli2 ${fmtMB(cli.markdownlintCli2.maxRssKb.median)}`,
      ratio: fmtX(rss),
      target: `≤ ${TARGETS.rssOverBaseline}×`,
      status: verdict(rss <= TARGETS.rssOverBaseline),
      measured: rss
    })
  } else {
    rows.push({
      id: 'memory',
      name: `4 peak RSS, ${docFiles.length} files`,
      value: 'not measured',
      baseline: `(BENCH_MEMORY=${memory})`,
      ratio: '',
      target: `≤ ${TARGETS.rssOverBaseline}×`,
      status: 'SKIP'
    })
  }
  rows.push({
    id: 'cli-crash',
    name: '  CLI runs without crashes',
    value: crashed ? [...cli.ours.problems.map((p) => `ours ${p}`), ...cli.markdownlintCli2.problems.map((p) => `mdl ${p}`)].slice(0, 2).join('; ') : 'ok',
    baseline: '',
    ratio: '',
    target: 'no crash',
    status: verdict(!crashed)
  })
}
if (results.large) {
  const typicalEngine = ip ? ip.engineMs.median / ip.bytes : undefined
  const typicalFloor = ip ? ip.floorMs.median / ip.bytes : undefined
  for (const doc of results.large) {
    const label = `${(doc.bytes / 1024 / 1024).toFixed(doc.bytes < 1024 * 1024 ? 2 : 1)} MB`
    const gated = doc === results.large.at(-1)
    const key = doc.path
      .split('/')
      .pop()
      .replace(/^prfaq-large-|\.md$/gu, '')
    if (doc.error || doc.engineMs.samples.length === 0) {
      rows.push({ id: `linearity-${key}`, name: `5 linearity ${label}: engine`, value: doc.error ?? 'failed', baseline: '', ratio: '', target: gated ? `≤ ${TARGETS.linearity}×` : '', status: 'FAIL' })
      continue
    }
    const perByte = doc.engineMs.median / doc.bytes
    const ratio = typicalEngine ? perByte / typicalEngine : undefined
    rows.push({
      id: `linearity-${key}`,
      name: `5 linearity ${label}: engine per byte`,
      value: `${fmtS(doc.engineMs.median)} = ${fmtNsB(doc.engineMs.median, doc.bytes)}`,
      baseline: typicalEngine ? `typical ${fmtNsB(ip.engineMs.median, ip.bytes)}` : '(run inprocess too)',
      ratio: ratio ? fmtX(ratio) : '',
      target: gated ? `≤ ${TARGETS.linearity}×` : `(≤ ${TARGETS.linearity}×)`,
      status: ratio === undefined ? 'SKIP' : gated ? verdict(ratio <= TARGETS.linearity) : 'info',
      measured: ratio
    })
    const floorPerByte = doc.floorMs.median / doc.bytes
    const smallest = results.large[0]
    const sameMix =
      doc !== smallest && !smallest.error && smallest.engineMs.samples.length > 0
        ? `; engine per byte vs the ${(smallest.bytes / 1024).toFixed(0)} KB document (same content mix) ${fmtX(perByte / (smallest.engineMs.median / smallest.bytes))}`
        : ''
    rows.push({
      id: `linearity-floor-${key}`,
      name: `  floor per byte, ${label}`,
      value: `${fmtS(doc.floorMs.median)} = ${fmtNsB(doc.floorMs.median, doc.bytes)}`,
      baseline: typicalFloor ? `typical ${fmtNsB(ip.floorMs.median, ip.bytes)}` : '',
      ratio: typicalFloor ? fmtX(floorPerByte / typicalFloor) : '',
      target: '',
      status: 'info',
      note: `engine/floor ${fmtX(doc.engineMs.median / doc.floorMs.median)}${sameMix}`
    })
  }
}
if (results.startup) {
  const s = results.startup
  rows.push({
    id: 'startup',
    name: '6 start-up: dist/cli.js --version',
    value: fmtS(s.ours.median),
    baseline: `node -e "" ${fmtS(s.bareNode.median)}`,
    ratio: fmtX(s.ours.median / s.bareNode.median),
    target: '',
    status: s.problems.length ? 'FAIL' : 'info',
    note: s.problems[0]
  })
  rows.push({
    id: 'startup-check',
    name: `6 start-up: check ${ONE_DOCUMENT}`,
    value: fmtS(s.oneDocument.median),
    baseline: `--version ${fmtS(s.ours.median)}`,
    ratio: fmtX(s.oneDocument.median / s.ours.median),
    target: '≤ 2×',
    status: verdict(s.oneDocument.median <= 2 * s.ours.median)
  })
}
if (results.stress) {
  for (const entry of results.stress) {
    const name = entry.path
      .split('/')
      .pop()
      .replace(/^prfaq-|\.md$/gu, '')
    const crashed = Boolean(entry.engineError) || entry.cli.problems.length > 0
    rows.push({
      id: `stress-${name}`,
      name: `7 stress ${name}: engine`,
      value: entry.engineError ?? fmtS(entry.engineMs.median),
      baseline: entry.floor.ok ? `raw parser ${fmtS(entry.floor.ms)}` : `raw parser: ${entry.floor.error}`,
      ratio: '',
      target: 'no crash',
      status: verdict(!crashed),
      note: `engine findings: ${[...new Set(entry.engineRuleIds ?? [])].join(', ') || 'none'}; CLI exit ${entry.cli.exitCode} in ${fmtS(entry.cli.wallMs)} [${[...new Set(entry.cli.ruleIds ?? [])].join(', ')}]${entry.cli.problems.length ? `: ${entry.cli.problems.join('; ')}` : ''}`
    })
  }
}

if (results.adversarial) {
  const typical = ip ? ip.engineMs.median / ip.bytes : undefined
  const byName = Map.groupBy(results.adversarial.cases, (entry) => entry.name)
  let worst
  for (const [name, cases] of byName) {
    const parts = []
    let failed = false
    let maxRatio = 0
    for (const entry of cases) {
      const size = entry.bytes >= 1024 * 1024 ? `${(entry.bytes / 1024 / 1024).toFixed(0)} MB` : `${(entry.bytes / 1024).toFixed(0)} KB`
      if (entry.timedOut || entry.error || entry.ms === null) {
        failed = true
        parts.push(`${size} ${entry.timedOut ? `> ${results.adversarial.timeoutS} s` : 'error'}`)
        continue
      }
      const ratio = typical ? entry.ms / entry.bytes / typical : undefined
      if (ratio !== undefined) {
        maxRatio = Math.max(maxRatio, ratio)
        if (!worst || ratio > worst.ratio) worst = { ratio, name, size }
      }
      parts.push(`${size} ${fmtMsPerKb(entry.ms, entry.bytes)}${ratio !== undefined ? ` (${fmtX(ratio)})` : ''}`)
    }
    const refusedAt = [...new Set(cases.map((entry) => entry.refusedAtLine).filter((line) => line !== null))]
    const status = typical === undefined ? 'SKIP' : failed ? 'FAIL' : verdict(maxRatio <= TARGETS.adversarial)
    rows.push({
      id: `adversarial-${name}`,
      name: `8 adversarial ${name}`,
      value: parts.join(', '),
      baseline: typical ? `typical ${fmtMsPerKb(ip.engineMs.median, ip.bytes)}` : '(run inprocess too)',
      ratio: maxRatio ? fmtX(maxRatio) : '',
      target: `≤ ${TARGETS.adversarial}×`,
      status,
      measured: maxRatio,
      note: refusedAt.length ? `refused at line ${refusedAt.join(', ')} (${cases.filter((entry) => entry.refusedAtLine !== null).length} of ${cases.length} sizes)` : 'checked at every size'
    })
  }
  if (worst)
    rows.push({
      id: 'adversarial-worst',
      name: '  adversarial: worst time per KB',
      value: `${worst.name} at ${worst.size}`,
      baseline: '',
      ratio: fmtX(worst.ratio),
      target: `≤ ${TARGETS.adversarial}×`,
      status: verdict(worst.ratio <= TARGETS.adversarial),
      measured: worst.ratio
    })
  const use = results.adversarial.corpusBudgetUse
  rows.push({
    id: 'adversarial-headroom',
    name: `  work budget used by the ${docFiles.length} documents`,
    value: `max ${(use.ratio * 100).toFixed(2)}%`,
    baseline: use.path ?? '',
    ratio: '',
    target: '',
    status: 'info'
  })
}

function table(rows) {
  const columns = [
    ['Measurement', (r) => r.name],
    ['Value', (r) => r.value],
    ['Baseline (same run)', (r) => r.baseline],
    ['Ratio', (r) => r.ratio],
    ['Target', (r) => r.target],
    ['Status', (r) => r.status]
  ]
  const widths = columns.map(([title, get]) => Math.max(title.length, ...rows.map((r) => String(get(r)).length)))
  const line = (cells) =>
    cells
      .map((cell, i) => String(cell).padEnd(widths[i]))
      .join('  ')
      .trimEnd()
  const out = [line(columns.map(([title]) => title)), line(widths.map((w) => '-'.repeat(w)))]
  for (const r of rows) {
    out.push(line(columns.map(([, get]) => get(r))))
    if (r.note) out.push(`${' '.repeat(2)}    ${r.note}`)
  }
  return out.join('\n')
}

const changedDuringRun = WATCHED.filter((path, i) => !existsSync(path) || statSync(path).mtimeMs !== watchedAtStart[i])
if (changedDuringRun.length > 0)
  warnings.push(`${changedDuringRun.map((path) => relative(ROOT, path)).join(', ')} changed while the benchmark ran (a concurrent build?): numbers mix two builds; run it again.`)
if (busyAtStart !== undefined ? busyAtStart > 0.15 : loadAtStart[0] > 1) {
  warnings.push(
    `something else was using the CPUs when the benchmark started (${busyAtStart !== undefined ? `${(busyAtStart * 100).toFixed(0)}% busy` : `load average ${loadAtStart[0]}`}): timings may be noisy.`
  )
}
const cpu = cpus()[0]?.model ?? 'unknown CPU'
let commit
try {
  commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim()
} catch {
  commit = undefined
}
const environment = {
  node: process.version,
  platform: `${platform()} ${release()}`,
  cpu,
  cpus: availableParallelism(),
  memoryGB: +(totalmem() / 2 ** 30).toFixed(1),
  cpuBusyAtStart: busyAtStart === undefined ? null : +busyAtStart.toFixed(3),
  loadavgAtStart: loadAtStart,
  loadavgAtEnd: loadavg().map((x) => +x.toFixed(2)),
  commit
}
const statuses = rows.map((r) => r.status)
const passed = statuses.filter((s) => s === 'PASS').length
const failed = statuses.filter((s) => s === 'FAIL').length

const out = []
out.push(`prfaq-gate benchmark — node ${process.version}, ${environment.cpus} CPUs (${cpu}), ${environment.platform}${commit ? `, commit ${commit}` : ''}`)
out.push(
  `corpus ${manifest.contentHash.slice(0, 12)} (seed "${manifest.params.seed}"): ${docFiles.length} documents, ${(docsBytes / 1e6).toFixed(2)} MB, ${Math.min(...docFiles.map((f) => f.bytes))}–${Math.max(...docFiles.map((f) => f.bytes))} bytes each; large: ${manifest.files
    .filter((f) => f.path.startsWith('large/'))
    .map((f) => `${(f.bytes / 1024).toFixed(0)} KB`)
    .join(', ')}`
)
out.push(
  `repetitions (medians): in-process ${CONFIG.reps}, large ${CONFIG.largeReps}, CLI ${CONFIG.cliReps}, start-up ${CONFIG.startupReps}; warm-up ${CONFIG.warmup}; peak RSS via ${memory}, CPU time via ${cpuTime}`
)
out.push('')
out.push(table(rows))
out.push('')
if (ip) {
  out.push(
    `engine findings on the ${ip.documents} documents: ${Object.entries(ip.engineFindings)
      .map(([k, v]) => `${k} ${v}`)
      .join(', ')}`
  )
  out.push(
    `engine per document: p50 ${fmtS(ip.perDocumentEngineMs.p50)}, p90 ${fmtS(ip.perDocumentEngineMs.p90)}, p99 ${fmtS(ip.perDocumentEngineMs.p99)}, max ${fmtS(ip.perDocumentEngineMs.max)}; slowest per byte: ${ip.slowestPerByte.map((d) => `${d.path.split('/').pop()} ${d.msPerKB.toFixed(2)} ms/KB`).join(', ')}`
  )
}
if (cli) {
  out.push(
    `CLI findings: prfaq-gate ${cli.ours.findings ? `${cli.ours.findings.errors} errors, ${cli.ours.findings.warnings} warnings` : '?'}; markdownlint-cli2 ${cli.markdownlintCli2.issues ?? '?'} issues (v${cli.markdownlintCli2Version}, default rules)`
  )
  if (ip && cli.ours.findings) {
    const total = Object.values(ip.engineFindings).reduce((a, b) => a + b, 0)
    if (total !== cli.ours.findings.all) warnings.push(`the CLI reported ${cli.ours.findings.all} findings but the in-process engine ${total}: dist/ and build/ may differ.`)
  }
}
for (const warning of warnings) out.push(`warning: ${warning}`)
out.push(`${passed} PASS, ${failed} FAIL — results in ${relative(process.cwd(), join(RESULTS_DIR, 'latest.json')) || 'bench/.results/latest.json'}`)
console.log(out.join('\n'))

mkdirSync(RESULTS_DIR, { recursive: true })
const json = {
  date: new Date().toISOString(),
  environment,
  config: CONFIG.only ? { ...CONFIG, only: [...CONFIG.only] } : CONFIG,
  targets: TARGETS,
  corpus: { contentHash: manifest.contentHash, configHash: manifest.configHash, params: manifest.params, documents: docFiles.length, bytes: docsBytes, generated: corpus.generated },
  results,
  summary: rows.map(({ id, name, value, baseline, ratio, target, status, measured, note }) => ({ id, name: name.trim(), value, baseline, ratio, target, status, measured, note })),
  pass: passed,
  fail: failed,
  warnings
}
writeFileSync(join(RESULTS_DIR, 'latest.json'), `${JSON.stringify(json, null, 2)}\n`)
if (CONFIG.strict && failed > 0) process.exitCode = 1

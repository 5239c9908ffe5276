// `npm run eval`: how well prfaq-gate recognises real PR/FAQs. Runs the bundled
// CLI over ../shared/corpus (when present) and compares which rules fire with
// the reader judgements in its MANIFEST.tsv. Prints a table and agreement figures.
import { spawnSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const corpus = process.env.PRFAQ_CORPUS ?? join(root, '..', 'shared', 'corpus')
const manifestPath = join(corpus, 'MANIFEST.tsv')
if (!existsSync(manifestPath)) {
  console.log(`No corpus at ${corpus} (set PRFAQ_CORPUS); nothing to evaluate.`)
  process.exit(0)
}

const [header, ...rows] = readFileSync(manifestPath, 'utf8').trim().split('\n').map((line) => line.split('\t'))
const entries = rows.map((cells) => Object.fromEntries(header.map((name, i) => [name, cells[i]])))

const cli = spawnSync(process.execPath, [join(root, 'dist', 'cli.js'), 'check', '--format', 'json', ...entries.map((e) => e.file)], {
  cwd: corpus,
  encoding: 'utf8',
  maxBuffer: 64 * 1024 * 1024
})
if (cli.status === 2 || !cli.stdout) {
  console.error(cli.stderr)
  process.exit(2)
}
const report = JSON.parse(cli.stdout)
const findingsByFile = new Map(report.files.map((file) => [file.path, file.findings]))

// 41a and 41b are one document split over two files: a rule passes if either file satisfies it.
const documentOf = (file) => file.replace(/^(\d+)[a-z]-.*$/u, '$1')
const documents = new Map()
for (const entry of entries) {
  const id = documentOf(entry.file)
  const findings = findingsByFile.get(entry.file) ?? []
  const fired = (rule, severity) => findings.some((f) => f.ruleId === rule && (!severity || f.severity === severity))
  const outcome = {
    problem: fired('problem-section', 'error') ? 'n' : fired('problem-section') ? 'w' : 'y',
    finance: fired('faq-finance') ? 'n' : 'y',
    technical: fired('faq-technical-hurdles') ? 'n' : 'y',
    bezos: ['bezos-big-idea', 'bezos-should-do', 'bezos-plan-to-succeed'].filter((rule) => !fired(rule)).length
  }
  const previous = documents.get(id)
  if (!previous) documents.set(id, { files: [entry.file], entry, outcome })
  else {
    previous.files.push(entry.file)
    for (const key of ['problem', 'finance', 'technical']) if (outcome[key] === 'y' || previous.outcome[key] === 'y') previous.outcome[key] = 'y'
    const answered = (file) => ['bezos-big-idea', 'bezos-should-do', 'bezos-plan-to-succeed'].filter((rule) => !(findingsByFile.get(file) ?? []).some((f) => f.ruleId === rule))
    previous.outcome.bezos = new Set([...previous.files.flatMap(answered)]).size
  }
}

// Bezos: the judgement is y / partial / n; the tool answers 0–3 criteria.
const bezosVerdict = (answered) => (answered === 3 ? 'y' : answered === 0 ? 'n' : 'partial')
const agree = { problemStrict: 0, problemLenient: 0, finance: 0, technical: 0, bezos: 0, bezosAnyOk: 0 }
// Templates leave placeholders where answers go; readers judged whether the slot exists, the rules whether it is answered.
const agreeNonTemplate = { ...agree }
let nonTemplates = 0
const lines = [['document', 'kind', 'problem (judge/tool)', 'finance', 'technical', 'bezos (judge/tool: criteria answered)'].join(' | ')]
for (const { files, entry, outcome } of documents.values()) {
  const judged = { problem: entry.has_problem, finance: entry.has_finance_faq, technical: entry.has_technical_faq, bezos: entry.bezos_criteria }
  const hits = {
    problemStrict: judged.problem === outcome.problem,
    problemLenient: (judged.problem === 'y') === (outcome.problem !== 'n'),
    finance: judged.finance === outcome.finance,
    technical: judged.technical === outcome.technical,
    bezos: judged.bezos === bezosVerdict(outcome.bezos),
    bezosAnyOk: (judged.bezos === 'n') === (outcome.bezos === 0)
  }
  if (entry.kind !== 'template') nonTemplates++
  for (const [key, hit] of Object.entries(hits)) {
    if (!hit) continue
    agree[key]++
    if (entry.kind !== 'template') agreeNonTemplate[key]++
  }
  const mark = (a, b) => `${a}/${b}${a === b || (a === 'y' && b === 'w') ? '' : ' ✗'}`
  lines.push(
    [
      files.join('+'),
      entry.kind,
      mark(judged.problem, outcome.problem),
      mark(judged.finance, outcome.finance),
      mark(judged.technical, outcome.technical),
      `${judged.bezos}/${outcome.bezos}${judged.bezos === bezosVerdict(outcome.bezos) ? '' : ' ✗'}`
    ].join(' | ')
  )
}
const total = documents.size
const pct = (n, of) => `${n}/${of} (${Math.round((100 * n) / of)}%)`.padEnd(13)
console.log(lines.join('\n'))
console.log(`\nTool: y = rule passes, n = error, w = problem-section warning (an unlabelled paragraph looks like the problem).`)
console.log(`\nAgreement with the reader judgements (all ${total} documents | the ${nonTemplates} that are not templates):`)
const row = (label, key) => console.log(`  ${label.padEnd(52)} ${pct(agree[key], total)} | ${pct(agreeNonTemplate[key], nonTemplates)}`)
row('problem-section, strict (y ⇔ no finding):', 'problemStrict')
row('problem-section, lenient (y ⇔ no error):', 'problemLenient')
row('faq-finance:', 'finance')
row('faq-technical-hurdles:', 'technical')
row('bezos criteria (y=3, partial=1–2, n=0 answered):', 'bezos')
row('bezos criteria, any answered vs none:', 'bezosAnyOk')
console.log(`\nThe judgement "y" for the problem counts unlabelled problem paragraphs too; the rule looks for a labelled one.`)

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
const lines = [['document', 'kind', 'problem (judge/tool)', 'finance', 'technical', 'bezos (judge/tool: criteria answered)'].join(' | ')]
for (const { files, entry, outcome } of documents.values()) {
  const judged = { problem: entry.has_problem, finance: entry.has_finance_faq, technical: entry.has_technical_faq, bezos: entry.bezos_criteria }
  if (judged.problem === outcome.problem) agree.problemStrict++
  if ((judged.problem === 'y') === (outcome.problem !== 'n')) agree.problemLenient++
  if (judged.finance === outcome.finance) agree.finance++
  if (judged.technical === outcome.technical) agree.technical++
  if (judged.bezos === bezosVerdict(outcome.bezos)) agree.bezos++
  if ((judged.bezos === 'n') === (outcome.bezos === 0)) agree.bezosAnyOk++
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
const pct = (n) => `${n}/${total} (${Math.round((100 * n) / total)}%)`
console.log(lines.join('\n'))
console.log(`\nTool: y = rule passes, n = error, w = problem-section warning (an unlabelled paragraph looks like the problem).`)
console.log(`\nAgreement with the reader judgements over ${total} documents:`)
console.log(`  problem-section, strict (y ⇔ no finding):            ${pct(agree.problemStrict)}`)
console.log(`  problem-section, lenient (y ⇔ no error):             ${pct(agree.problemLenient)}`)
console.log(`  faq-finance:                                         ${pct(agree.finance)}`)
console.log(`  faq-technical-hurdles:                               ${pct(agree.technical)}`)
console.log(`  bezos criteria (y=3, partial=1–2, n=0 answered):     ${pct(agree.bezos)}`)
console.log(`  bezos criteria, any answered vs none:                ${pct(agree.bezosAnyOk)}`)
console.log(`\nThe judgement "y" for the problem counts unlabelled problem paragraphs too; the rule looks for a labelled one.`)

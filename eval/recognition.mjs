// `npm run eval`: how well prfaq-gate recognises real PR/FAQs. Checks every
// document of ../shared/corpus (when present) with the engine (build/src, from
// `npm run build`), compares the verdicts with the reader's judgements in its
// MANIFEST.tsv, prints the per-label agreement and, for every disagreement,
// the lines that decided the verdict: which part or question was found (or
// not), and why it counted or did not.
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
const engine = join(root, 'build', 'src', 'engine', 'lint.js')
if (!existsSync(engine)) {
  console.error('eval: build/src is missing; run `npm run build` first.')
  process.exit(2)
}
const { lintDocuments } = await import(engine)
const { defaultSettings } = await import(join(root, 'build', 'src', 'config', 'defaults.js'))

const [header, ...rows] = readFileSync(manifestPath, 'utf8')
  .trim()
  .split('\n')
  .map((line) => line.split('\t'))
const entries = rows.map((cells) => Object.fromEntries(header.map((name, i) => [name, cells[i]])))
const LABELS = ['problem', 'finance', 'technical', 'bezos']
const RULES = { problem: ['problem-section'], finance: ['faq-finance'], technical: ['faq-technical-hurdles'], bezos: ['bezos-big-idea', 'bezos-should-do', 'bezos-plan-to-succeed'] }

// The engine judges the parts of a split document together (41a + 41b), as a reader does.
// The reader judges the content: a draft's status, which lowers errors to warnings, does not change it.
const settings = { ...defaultSettings(), status: { field: 'status', draft: [] } }
const files = entries.map((entry) => ({ file: entry.file, bytes: readFileSync(join(corpus, entry.file)) }))
const results = new Map(lintDocuments(files, settings).map((result) => [result.file, result]))

const documentOf = (file) => file.replace(/^(\d+)[a-z]-.*$/u, '$1')
const documents = new Map()
for (const entry of entries) {
  const id = documentOf(entry.file)
  const document = documents.get(id) ?? { files: [], entry, findings: [], models: [] }
  const result = results.get(entry.file)
  document.files.push(entry.file)
  document.findings.push(...result.findings)
  if (result.model) document.models.push({ file: entry.file, model: result.model })
  documents.set(id, document)
}

const bezosVerdict = (answered) => (answered === 3 ? 'y' : answered === 0 ? 'n' : 'partial')
function verdicts({ findings }) {
  // The engine judges a split document as one: each rule's finding appears once, in the file it concerns.
  const failed = (rule) => findings.some((f) => f.ruleId === rule && f.severity === 'error')
  return {
    problem: failed('problem-section') ? 'n' : 'y',
    finance: failed('faq-finance') ? 'n' : 'y',
    technical: failed('faq-technical-hurdles') ? 'n' : 'y',
    bezos: bezosVerdict(RULES.bezos.filter((rule) => !failed(rule)).length)
  }
}

const agree = Object.fromEntries(LABELS.map((label) => [label, { all: 0, real: 0 }]))
const disagreements = []
let real = 0
const table = [['document', 'kind', ...LABELS.map((label) => `${label} (reader/tool)`)].join(' | ')]
for (const document of documents.values()) {
  const { entry } = document
  const judged = { problem: entry.has_problem, finance: entry.has_finance_faq, technical: entry.has_technical_faq, bezos: entry.bezos_criteria }
  const tool = verdicts(document)
  const template = entry.kind === 'template'
  if (!template) real++
  const cells = LABELS.map((label) => {
    const hit = judged[label] === tool[label]
    if (hit) {
      agree[label].all++
      if (!template) agree[label].real++
    } else disagreements.push({ document, label, judged: judged[label], tool: tool[label] })
    return `${judged[label]}/${tool[label]}${hit ? '' : ' ✗'}`
  })
  table.push([document.files.join('+'), entry.kind, ...cells].join(' | '))
}

console.log(table.join('\n'))
const total = documents.size
const pct = (n, of) => `${n}/${of} (${Math.round((100 * n) / of)}%)`.padEnd(14)
console.log(`\nAgreement with the reader (all ${total} documents | the ${real} that are not templates; templates leave placeholders where answers go):`)
for (const label of LABELS) console.log(`  ${label.padEnd(10)} ${pct(agree[label].all, total)} | ${pct(agree[label].real, real)}`)

console.log(`\nDisagreements, with the lines that decided them (${disagreements.length}):`)
for (const { document, label, judged, tool } of disagreements) {
  console.log(`\n${document.files.join('+')} — ${label}: reader ${judged}, tool ${tool}${document.entry.kind === 'template' ? ' (template)' : ''}`)
  for (const line of why(document, label)) console.log(`    ${line}`)
}

/** What in the model decided a label: the parts, questions and findings behind it. */
function why(document, label) {
  const lines = []
  const at = (file, position) => `${file}:${position.start.line}`
  for (const finding of document.findings.filter((f) => RULES[label].includes(f.ruleId))) {
    lines.push(`${finding.severity} ${finding.ruleId} at ${finding.file}:${finding.line}: ${finding.message}`)
  }
  for (const { file, model } of document.models) {
    if (label === 'problem') {
      if (model.parts.problem)
        lines.push(`labelled problem “${model.parts.problem.label.text}” at ${at(file, model.parts.problem.label.position)} (substantive: ${model.parts.problem.content.substantive})`)
      if (model.hints.problem)
        lines.push(`unlabelled (${model.hints.problem.source}) at ${at(file, model.hints.problem.position)}: “${model.hints.problem.text}” [${model.hints.problem.cues.join('; ')}]`)
      continue
    }
    const topics = label === 'bezos' ? ['big-idea', 'should-do', 'plan'] : [label]
    const questions = [...(model.faq?.questions ?? []), ...(model.criteria?.entries ?? [])]
    for (const question of questions) {
      const counted = question.topics.filter((topic) => topics.includes(topic))
      const rejected = question.rejected.filter((rejection) => topics.includes(rejection.topic))
      if (counted.length === 0 && rejected.length === 0) continue
      const cues = question.evidence.filter((item) => topics.includes(item.topic)).map((item) => `${item.source}: ${item.cue}`)
      const verdict =
        counted.length > 0 ? `counts for ${counted.join(', ')}${question.answer.substantive ? '' : ', but has no real answer'}` : `did not count: ${rejected.map((r) => r.reason).join('; ')}`
      lines.push(`“${question.text}” at ${at(file, question.position)} ${verdict}${cues.length ? ` [${cues.join('; ')}]` : ''}`)
    }
    if (!model.faq) lines.push(`${file}: no FAQ was recognised`)
  }
  return lines.length > 0 ? lines : ['nothing in the model bears on it']
}

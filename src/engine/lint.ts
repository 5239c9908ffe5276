import type { Root } from 'mdast'
import type { EngineSettings } from '../config/defaults.js'
import { compareFindings, type Finding, type Fix, fingerprintOf, lower, type Severity, type SuppressedFinding } from '../findings/finding.js'
import { detectLanguage } from '../messages/detect.js'
import { type Language, render, ruleText, type Text, t } from '../messages/text.js'
import { buildModel } from '../model/build.js'
import { mergeModels } from '../model/merge.js'
import type { Position, PrFaqModel } from '../model/types.js'
import { budgetFor, DocumentTooComplexError, WorkBudget } from '../parse/complexity.js'
import { readFrontMatter } from '../parse/front-matter.js'
import { parseMarkdown } from '../parse/markdown.js'
import { RULES, ruleById } from '../rules/index.js'
import { docsUrl, type FixSpec, type Report } from '../rules/rule.js'
import { type Decoded, decodeDocument } from '../sources/decode.js'
import { groupDocuments } from '../sources/documents.js'
import { type DocumentInput, headText } from '../sources/read.js'
import { LineIndex } from '../text/positions.js'
import { validateAgainstModelSchema } from '../validate/model-schema.js'
import { checkTeamSchema } from '../validate/team-schemas.js'
import { compileVocabulary } from '../vocabulary/match.js'
import { maxNestingDepth } from './nesting.js'
import { readSuppressions, type Suppression, suppressionFor } from './suppressions.js'

export interface LintResult {
  file: string
  findings: Finding[]
  /** Findings switched off by `prfaq-gate-disable` comments, with their reasons. */
  suppressed: SuppressedFinding[]
  /** Absent when the file could not be read or parsed. */
  model?: PrFaqModel
  /** The language its messages are in. */
  language: Language
}

/** Checks one document given as bytes (a file, or content fetched from GitHub). */
export function lintBytes(bytes: Uint8Array, file: string, settings: EngineSettings): LintResult {
  return lintDecoded(decodeDocument(bytes, settings.maxFileBytes), file, settings)
}

/** Checks decoded text, or reports why the bytes could not be decoded. */
export function lintDecoded(decoded: Decoded, file: string, settings: EngineSettings): LintResult {
  if (!decoded.ok) {
    const findings = new FindingSink(file, settings, new LineIndex(''), fixedLanguage(settings))
    findings.add(decoded.ruleId, { at: pointPosition(decoded.line ?? 1, decoded.column ?? 1), message: decoded.message })
    return findings.result()
  }
  return lintText(decoded.text, file, settings)
}

/** Checks one document given as text: parse → model → schema, rules and team schemas → findings. */
export function lintText(text: string, file: string, settings: EngineSettings): LintResult {
  const prepared = prepareText(text, file, settings)
  if (prepared.model) checkModel(prepared.model, prepared.findings, settings)
  return prepared.result()
}

/**
 * Checks files, judging the parts of a PR/FAQ split over several files
 * together (sources/documents.ts): the rules see one model of the whole
 * document, and each finding goes to the file where its subject is — a
 * missing finance answer to the FAQ's file. Each file's own findings
 * (encoding, front matter, suppressions) stay its own. Results come back in
 * the order the files were given.
 */
export function lintDocuments(inputs: DocumentInput[], settingsFor: EngineSettings | ((file: string) => EngineSettings)): LintResult[] {
  const settings = typeof settingsFor === 'function' ? settingsFor : () => settingsFor
  const prepared = new Map(
    inputs.map((input) => [input.file, 'bytes' in input ? prepareBytes(input.bytes, input.file, settings(input.file)) : prepareDecoded(input.unreadable, input.file, settings(input.file))])
  )
  const heads = inputs.map((input) => ({ file: input.file, head: 'bytes' in input ? headText(input.bytes) : '' }))
  for (const group of groupDocuments(heads)) {
    const parts = group.map((file) => prepared.get(file)!).filter((part) => part.model)
    if (parts.length > 1) checkParts(parts, settings(group[0]!))
    else if (parts[0]) checkModel(parts[0].model!, parts[0].findings, settings(parts[0].file))
  }
  return inputs.map(({ file }) => prepared.get(file)!.result())
}

/** The parts of one document: one merged model, each finding sent to the part its position names. */
function checkParts(parts: Prepared[], settings: EngineSettings): void {
  const byFile = new Map(parts.map((part) => [part.file, part.findings]))
  const model = mergeModels(parts.map((part) => ({ file: part.file, model: part.model! })))
  const primary = parts[0]!.findings
  const partOf = (file: string | undefined) => byFile.get(file ?? '') ?? primary
  const router: Sink = {
    enabled: (ruleId) => primary.enabled(ruleId),
    add: (ruleId, report) => partOf(report.at?.file).add(ruleId, report),
    sourceLine: (line, file) => partOf(file).sourceLine(line),
    render: (message) => primary.render(message)
  }
  checkModel(model, router, settings)
}

interface Prepared {
  file: string
  findings: FindingSink
  model?: PrFaqModel
  result(): LintResult
}

function prepareBytes(bytes: Uint8Array, file: string, settings: EngineSettings): Prepared {
  return prepareDecoded(decodeDocument(bytes, settings.maxFileBytes), file, settings)
}

function prepareDecoded(decoded: Decoded, file: string, settings: EngineSettings): Prepared {
  if (decoded.ok) return prepareText(decoded.text, file, settings)
  const findings = new FindingSink(file, settings, new LineIndex(''), fixedLanguage(settings))
  findings.add(decoded.ruleId, { at: pointPosition(decoded.line ?? 1, decoded.column ?? 1), message: decoded.message })
  return { file, findings, result: () => findings.result() }
}

/** Everything up to the rules: decode checks, parse, front matter, suppressions, the model. */
function prepareText(text: string, file: string, settings: EngineSettings): Prepared {
  const lines = new LineIndex(text)
  const findings = new FindingSink(file, settings, lines, settings.language === 'auto' ? detectLanguage(text) : settings.language)

  const stop = (): Prepared => ({ file, findings, result: () => findings.result() })
  if (text.trim() === '') {
    findings.add('file-empty', { at: undefined, message: t('engine.file-empty') })
    return stop()
  }
  const depth = maxNestingDepth(text)
  if (depth.depth > settings.maxNesting) {
    findings.add('document-too-complex', {
      at: lines.firstLine({ start: lines.pointAt(depth.offset), end: lines.pointAt(depth.offset) }),
      message: t('engine.nested', { depth: depth.depth, limit: settings.maxNesting })
    })
    return stop()
  }
  const parsed = parseWithinBudget(text, lines)
  if (parsed instanceof DocumentTooComplexError) {
    const at = lines.pointAt(parsed.offset)
    findings.add('document-too-complex', { at: lines.firstLine({ start: at, end: at }), message: parsed.text })
    return stop()
  }
  if (!parsed) {
    findings.add('document-too-complex', { at: undefined, message: t('engine.too-deep') })
    return stop()
  }
  const tree = parsed

  // The status comes first: a draft softens every finding, these included.
  const frontMatter = readFrontMatter(tree, text)
  findings.draftStatus = draftStatus(frontMatter?.data, settings)

  const { suppressions, problems } = readSuppressions(tree, text, lines, findings.knownRuleIds())
  for (const problem of problems) findings.add('suppression-invalid', { at: problem.position, message: problem.message })
  findings.suppressions = suppressions

  if (frontMatter?.error) {
    const at = lines.pointAt(frontMatter.error.offset)
    findings.add('front-matter-invalid', { at: { start: at, end: at }, message: t('engine.front-matter', { reason: frontMatter.error.message }) })
  }
  const vocabulary = compileVocabulary(settings.vocabulary)
  const model = buildModel({ tree, lines, frontMatter, vocabulary, substance: settings.substance })
  findings.title = model.title?.position
  return { file, findings, model, result: () => ({ ...findings.result(), model }) }
}

/** Where rule reports go: one file's findings, or (for a split document) the part each names. */
interface Sink {
  enabled(ruleId: string): boolean
  add(ruleId: string, report: Report): void
  /** A line of `file` (the one being checked when absent), for fixes written in the document's own style. */
  sourceLine(line: number, file?: string): string | undefined
  /** A message in the language of the document (the first part, for a split one). */
  render(message: Text | string): string
}

function checkModel(model: PrFaqModel, findings: Sink, settings: EngineSettings): void {
  const { failedRules, contractErrors } = validateAgainstModelSchema(model)
  if (contractErrors.length > 0) {
    // The model broke its own schema: a bug in prfaq-gate, never the writer's fault. Say so loudly.
    const details = contractErrors
      .slice(0, 3)
      .map((error) => `${error.instancePath || '/'} ${error.message}`)
      .join('; ')
    throw new Error(`prfaq-gate built an invalid document model (${details}). Please report this with the document.`)
  }
  for (const rule of RULES) {
    if (rule.kind !== 'schema' || !failedRules.has(rule.id) || !findings.enabled(rule.id)) continue
    rule.explain({
      model,
      report: (report) => findings.add(rule.id, report),
      sourceLine: (at, line = at.start.line) => findings.sourceLine(line, at.file),
      render: (message) => findings.render(message)
    })
  }
  for (const rule of RULES) {
    if (rule.kind !== 'model' || !findings.enabled(rule.id)) continue
    rule.check({
      model,
      options: settings.ruleOptions[rule.id] ?? {},
      report: (report) => findings.add(rule.id, report),
      sourceLine: (at, line = at.start.line) => findings.sourceLine(line, at.file),
      render: (message) => findings.render(message)
    })
  }
  for (const team of settings.schemas) {
    if (!findings.enabled(team.id)) continue
    for (const failure of checkTeamSchema(model, team)) findings.add(team.id, failure)
  }
}

/** The front matter's status, when it is one of the configured draft values. */
function draftStatus(frontMatter: Record<string, unknown> | undefined, settings: EngineSettings): string | undefined {
  const value = frontMatter?.[settings.status.field]
  if (typeof value !== 'string') return undefined
  return settings.status.draft.some((draft) => draft.toLowerCase() === value.trim().toLowerCase()) ? value.trim() : undefined
}

/** The tree; or why the parser stopped: its work budget ran out, or (undefined) its stack. */
function parseWithinBudget(text: string, lines: LineIndex): Root | DocumentTooComplexError | undefined {
  try {
    return parseMarkdown(text, lines, new WorkBudget(budgetFor(text.length)))
  } catch (error) {
    if (error instanceof DocumentTooComplexError) return error
    // Pathological nesting the pre-check did not catch overflows the parser's stack.
    if (error instanceof RangeError) return undefined
    throw error
  }
}

/**
 * Turns rule reports into findings. The engine, not the rule, owns identity
 * and severity: the configured severity, one step lower for an uncertain
 * report (unless strict), warnings raised to errors under the strict preset,
 * errors lowered to warnings for a draft, and inline suppressions last.
 */
class FindingSink {
  private readonly findings: Finding[] = []
  private readonly suppressed: SuppressedFinding[] = []
  /** The title, where findings about the whole document are anchored. */
  title: Position | undefined
  /** Set when the front matter marks the document a draft: its errors become warnings. */
  draftStatus: string | undefined
  suppressions: Suppression[] = []

  constructor(
    private readonly file: string,
    private readonly settings: EngineSettings,
    private readonly lines: LineIndex,
    /** The language its messages are written in. */
    readonly language: Language
  ) {}

  render(message: Text | string): string {
    return render(message, this.language)
  }

  enabled(ruleId: string): boolean {
    return this.configuredSeverity(ruleId) !== undefined
  }

  sourceLine(line: number): string | undefined {
    return this.lines.lineText(line)
  }

  knownRuleIds(): Set<string> {
    return new Set([...RULES.map((rule) => rule.id), ...this.settings.schemas.map((schema) => schema.id)])
  }

  add(ruleId: string, report: Report): void {
    const configured = this.configuredSeverity(ruleId)
    if (!configured) return
    const at = report.at ?? this.title ?? documentStart(this.lines)
    let severity: Severity = this.settings.strict ? configured : report.advisory ? 'notice' : report.uncertain ? lower(configured) : configured
    if (this.settings.strict && severity === 'warning') severity = 'error'
    let message = report.message
    if (this.draftStatus && severity === 'error') {
      severity = 'warning'
      message = t('engine.draft', { message, status: this.draftStatus })
    }
    const finding: Finding = {
      ruleId,
      severity,
      message: this.render(message),
      help: report.help === undefined ? this.helpFor(ruleId) : this.render(report.help),
      file: this.file,
      line: at.start.line,
      column: at.start.column,
      endLine: at.end.line,
      endColumn: at.end.column,
      url: this.urlFor(ruleId)
    }
    // Identity does not depend on the language: the same finding read in German is the same finding.
    if (this.language !== 'en') finding.fingerprint = fingerprintOf(ruleId, this.file, render(message, 'en'))
    const fix = report.fix && buildFix({ ...report.fix, description: this.render(report.fix.description) }, this.lines)
    if (fix) finding.fix = fix
    const suppression = ruleId === 'suppression-invalid' ? undefined : suppressionFor(this.suppressions, ruleId, finding.line)
    if (suppression) this.suppressed.push({ finding, reason: suppression.reason })
    else this.findings.push(finding)
  }

  result(): LintResult {
    return { file: this.file, findings: this.findings.sort(compareFindings), suppressed: this.suppressed, language: this.language }
  }

  private configuredSeverity(ruleId: string): Severity | undefined {
    const setting = this.settings.rules[ruleId] ?? ruleById(ruleId)?.defaultSeverity
    return setting === 'off' ? undefined : setting
  }

  private helpFor(ruleId: string): string {
    const rule = ruleById(ruleId)
    if (rule) return ruleText(this.language, ruleId, 'help') ?? rule.help
    return this.settings.schemas.find((schema) => schema.id === ruleId)?.help ?? ''
  }

  private urlFor(ruleId: string): string {
    if (ruleById(ruleId)) return docsUrl(ruleId)
    return this.settings.schemas.find((schema) => schema.id === ruleId)?.url ?? docsUrl('team-schemas')
  }
}

/**
 * The suggestion for a rule's fix, or undefined when it would lose the
 * author's words: an insert keeps its line verbatim by construction; a
 * placeholder may only be replaced where the line holds nothing but the
 * placeholder and Markdown punctuation (a list marker, emphasis, a colon).
 */
export function buildFix(spec: FixSpec, lines: LineIndex): Fix | undefined {
  const text = lines.lineText(spec.line)
  if (text === undefined) return undefined
  const base = { line: spec.line, endLine: spec.line, description: render(spec.description, 'en') }
  if (spec.kind === 'insert') return { kind: 'insert', ...base, replacement: `${spec.before ?? ''}${text}${spec.after ?? ''}` }
  const index = spec.placeholder === '' ? -1 : text.indexOf(spec.placeholder)
  if (index === -1) return undefined
  const rest = text.slice(0, index) + text.slice(index + spec.placeholder.length)
  if (/[\p{L}\p{N}]/u.test(rest)) return undefined
  return { kind: 'replace-placeholder', ...base, replacement: spec.replacement }
}

/** The configured language, or English where there is no text to detect one from (a binary or unreadable file). */
function fixedLanguage(settings: EngineSettings): Language {
  return settings.language === 'auto' ? 'en' : settings.language
}

/** A position at one point (offsets are not needed once a finding is made). */
function pointPosition(line: number, column: number): Position {
  const point = { line, column, offset: 0 }
  return { start: point, end: point }
}

/** The first line: where a finding about a document without a title goes. */
function documentStart(lines: LineIndex): Position {
  return { start: lines.pointAt(0), end: lines.endOfLine(1) }
}

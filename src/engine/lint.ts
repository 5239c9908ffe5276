import type { Root } from 'mdast'
import type { EngineSettings } from '../config/defaults.js'
import { compareFindings, lower, type Finding, type Severity, type SuppressedFinding } from '../findings/finding.js'
import { buildModel } from '../model/build.js'
import { LineIndex } from '../model/text.js'
import type { PrFaqModel, Position } from '../model/types.js'
import { readFrontMatter } from '../parse/front-matter.js'
import { parseMarkdown } from '../parse/markdown.js'
import { RULES, ruleById } from '../rules/index.js'
import { docsUrl, type Report } from '../rules/rule.js'
import { decodeDocument, type Decoded } from '../sources/decode.js'
import { validateAgainstModelSchema } from '../validate/model-schema.js'
import { checkTeamSchema } from '../validate/team-schemas.js'
import { compileVocabulary } from '../vocabulary/match.js'
import { budgetFor, DocumentTooComplexError, WorkBudget } from './complexity.js'
import { maxNestingDepth } from './nesting.js'
import { readSuppressions, suppressionFor, type Suppression } from './suppressions.js'

export interface LintResult {
  file: string
  findings: Finding[]
  /** Findings switched off by `prfaq-gate-disable` comments, with their reasons. */
  suppressed: SuppressedFinding[]
  /** Absent when the file could not be read or parsed. */
  model?: PrFaqModel
}

/** Checks one document given as bytes (a file, or content fetched from GitHub). */
export function lintBytes(bytes: Uint8Array, file: string, settings: EngineSettings): LintResult {
  return lintDecoded(decodeDocument(bytes, settings.maxFileBytes), file, settings)
}

/** Checks decoded text, or reports why the bytes could not be decoded. */
export function lintDecoded(decoded: Decoded, file: string, settings: EngineSettings): LintResult {
  if (!decoded.ok) {
    const findings = new FindingSink(file, settings, new LineIndex(''))
    findings.add(decoded.ruleId, { at: pointPosition(decoded.line ?? 1, decoded.column ?? 1), message: decoded.message })
    return findings.result()
  }
  return lintText(decoded.text, file, settings)
}

/** Checks one document given as text: parse → model → schema, rules and team schemas → findings. */
export function lintText(text: string, file: string, settings: EngineSettings): LintResult {
  const lines = new LineIndex(text)
  const findings = new FindingSink(file, settings, lines)

  if (text.trim() === '') {
    findings.add('file-empty', { at: undefined, message: 'The file is empty: there is no PR/FAQ to check.' })
    return findings.result()
  }
  const depth = maxNestingDepth(text)
  if (depth.depth > settings.maxNesting) {
    findings.add('document-too-complex', {
      at: lines.firstLine({ start: lines.pointAt(depth.offset), end: lines.pointAt(depth.offset) }),
      message: `Lists or block quotes are nested ${depth.depth} levels deep here (the limit is ${settings.maxNesting}); the document was not checked.`
    })
    return findings.result()
  }
  const parsed = parseWithinBudget(text)
  if (parsed instanceof DocumentTooComplexError) {
    const at = lines.pointAt(parsed.offset)
    findings.add('document-too-complex', { at: lines.firstLine({ start: at, end: at }), message: parsed.message })
    return findings.result()
  }
  if (!parsed) {
    findings.add('document-too-complex', { at: undefined, message: 'The Markdown is too deeply nested to parse; the document was not checked.' })
    return findings.result()
  }
  const tree = parsed

  // The status comes first: a draft softens every finding, these included.
  const frontMatter = readFrontMatter(tree)
  findings.draftStatus = draftStatus(frontMatter?.data, settings)

  const { suppressions, problems } = readSuppressions(tree, text, findings.knownRuleIds())
  for (const problem of problems) findings.add('suppression-invalid', { at: problem.position, message: problem.message })
  findings.suppressions = suppressions

  if (frontMatter?.error) {
    const { line, column, message } = frontMatter.error
    findings.add('front-matter-invalid', { at: pointPosition(line, column), message: `The front matter is not valid YAML: ${message}.` })
  }
  const vocabulary = compileVocabulary(settings.vocabulary)
  const model = buildModel({ tree, lines, frontMatter, vocabulary, substance: settings.substance })
  findings.title = model.title?.position
  checkModel(model, findings, settings)
  return { ...findings.result(), model }
}

function checkModel(model: PrFaqModel, findings: FindingSink, settings: EngineSettings): void {
  const { failedRules, contractErrors } = validateAgainstModelSchema(model)
  if (contractErrors.length > 0) {
    // The model broke its own schema: a bug in prfaq-gate, never the writer's fault. Say so loudly.
    const details = contractErrors.slice(0, 3).map((error) => `${error.instancePath || '/'} ${error.message}`).join('; ')
    throw new Error(`prfaq-gate built an invalid document model (${details}). Please report this with the document.`)
  }
  for (const rule of RULES) {
    if (rule.kind !== 'schema' || !failedRules.has(rule.id) || !findings.enabled(rule.id)) continue
    rule.explain({ model, report: (report) => findings.add(rule.id, report) })
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
function parseWithinBudget(text: string): Root | DocumentTooComplexError | undefined {
  try {
    return parseMarkdown(text, new WorkBudget(budgetFor(text.length)))
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
    private readonly lines: LineIndex
  ) {}

  enabled(ruleId: string): boolean {
    return this.configuredSeverity(ruleId) !== undefined
  }

  knownRuleIds(): Set<string> {
    return new Set([...RULES.map((rule) => rule.id), ...this.settings.schemas.map((schema) => schema.id)])
  }

  add(ruleId: string, report: Report): void {
    const configured = this.configuredSeverity(ruleId)
    if (!configured) return
    const at = report.at ?? this.title ?? documentStart(this.lines)
    let severity: Severity = report.uncertain && !this.settings.strict ? lower(configured) : configured
    if (this.settings.strict && severity === 'warning') severity = 'error'
    let message = report.message
    if (this.draftStatus && severity === 'error') {
      severity = 'warning'
      message = `${message} (A warning, not an error: the document’s status is “${this.draftStatus}”.)`
    }
    const finding: Finding = {
      ruleId,
      severity,
      message,
      help: report.help ?? this.helpFor(ruleId),
      file: this.file,
      line: at.start.line,
      column: at.start.column,
      endLine: at.end.line,
      endColumn: at.end.column,
      url: this.urlFor(ruleId)
    }
    const suppression = ruleId === 'suppression-invalid' ? undefined : suppressionFor(this.suppressions, ruleId, finding.line)
    if (suppression) this.suppressed.push({ finding, reason: suppression.reason })
    else this.findings.push(finding)
  }

  result(): LintResult {
    return { file: this.file, findings: this.findings.sort(compareFindings), suppressed: this.suppressed }
  }

  private configuredSeverity(ruleId: string): Severity | undefined {
    const setting = this.settings.rules[ruleId] ?? ruleById(ruleId)?.defaultSeverity
    return setting === 'off' ? undefined : setting
  }

  private helpFor(ruleId: string): string {
    return ruleById(ruleId)?.help ?? this.settings.schemas.find((schema) => schema.id === ruleId)?.help ?? ''
  }

  private urlFor(ruleId: string): string {
    if (ruleById(ruleId)) return docsUrl(ruleId)
    return this.settings.schemas.find((schema) => schema.id === ruleId)?.url ?? docsUrl('team-schemas')
  }
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

import type { Root } from 'mdast'
import type { EngineSettings } from '../config/defaults.js'
import { compareFindings, lower, type Finding, type Severity } from '../findings/finding.js'
import { buildModel } from '../model/build.js'
import { LineIndex } from '../model/text.js'
import type { PrFaqModel, Position } from '../model/types.js'
import { readFrontMatter } from '../parse/front-matter.js'
import { parseMarkdown } from '../parse/markdown.js'
import { RULES, ruleById } from '../rules/index.js'
import { docsUrl, type Report, type Rule } from '../rules/rule.js'
import { decodeDocument, type Decoded } from '../sources/decode.js'
import { validateAgainstModelSchema } from '../validate/model-schema.js'
import { compileVocabulary } from '../vocabulary/match.js'
import { maxNestingDepth } from './nesting.js'

export interface LintResult {
  file: string
  findings: Finding[]
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
    return { file, findings: findings.sorted() }
  }
  return lintText(decoded.text, file, settings)
}

/** Checks one document given as text: parse → model → schema and rules → findings. */
export function lintText(text: string, file: string, settings: EngineSettings): LintResult {
  const lines = new LineIndex(text)
  const findings = new FindingSink(file, settings, lines)

  if (text.trim() === '') {
    findings.add('file-empty', { at: undefined, message: 'The file is empty: there is no PR/FAQ to check.' })
    return { file, findings: findings.sorted() }
  }
  const depth = maxNestingDepth(text)
  if (depth.depth > settings.maxNesting) {
    findings.add('document-too-complex', {
      at: lines.firstLine({ start: lines.pointAt(depth.offset), end: lines.pointAt(depth.offset) }),
      message: `Lists or block quotes are nested ${depth.depth} levels deep here (the limit is ${settings.maxNesting}); the document was not checked.`
    })
    return { file, findings: findings.sorted() }
  }
  const tree = parseSafely(text)
  if (!tree) {
    findings.add('document-too-complex', { at: undefined, message: 'The Markdown is too deeply nested to parse; the document was not checked.' })
    return { file, findings: findings.sorted() }
  }

  const frontMatter = readFrontMatter(tree)
  if (frontMatter?.error) {
    const { line, column, message } = frontMatter.error
    findings.add('front-matter-invalid', { at: pointPosition(line, column), message: `The front matter is not valid YAML: ${message}.` })
  }
  const vocabulary = compileVocabulary(settings.vocabulary)
  const model = buildModel({ tree, lines, frontMatter, vocabulary, substance: settings.substance })
  findings.title = model.title?.position
  checkModel(model, findings)
  return { file, findings: findings.sorted(), model }
}

function checkModel(model: PrFaqModel, findings: FindingSink): void {
  const { failedRules, contractErrors } = validateAgainstModelSchema(model)
  for (const rule of RULES) {
    if (rule.kind !== 'schema' || !failedRules.has(rule.id) || !findings.enabled(rule.id)) continue
    rule.explain({ model, report: (report) => findings.add(rule.id, report) })
  }
  if (contractErrors.length > 0) {
    // The model broke its own schema: a bug in prfaq-gate, never the writer's fault. Say so loudly.
    const details = contractErrors.slice(0, 3).map((error) => `${error.instancePath || '/'} ${error.message}`).join('; ')
    throw new Error(`prfaq-gate built an invalid document model (${details}). Please report this with the document.`)
  }
}

function parseSafely(text: string): Root | undefined {
  try {
    return parseMarkdown(text)
  } catch (error) {
    // Pathological nesting the pre-check did not catch overflows the parser's stack.
    if (error instanceof RangeError) return undefined
    throw error
  }
}

/** Turns rule reports into findings: rule id, configured severity, position and docs URL. */
class FindingSink {
  private readonly findings: Finding[] = []
  /** The title, where findings about the whole document are anchored. */
  title: Position | undefined

  constructor(
    private readonly file: string,
    private readonly settings: EngineSettings,
    private readonly lines: LineIndex
  ) {}

  enabled(ruleId: string): boolean {
    return this.severityOf(ruleId) !== undefined
  }

  add(ruleId: string, report: Report): void {
    const rule = ruleById(ruleId)
    const configured = this.severityOf(ruleId)
    if (!rule || !configured) return
    const severity = report.uncertain ? lower(configured) : configured
    const at = report.at ?? this.title ?? documentStart(this.lines)
    this.findings.push(toFinding(rule, severity, report, this.file, at))
  }

  sorted(): Finding[] {
    return this.findings.sort(compareFindings)
  }

  private severityOf(ruleId: string): Severity | undefined {
    const setting = this.settings.rules[ruleId] ?? ruleById(ruleId)?.defaultSeverity
    return setting === 'off' ? undefined : setting
  }
}

function toFinding(rule: Rule, severity: Severity, report: Report, file: string, at: Position): Finding {
  return {
    ruleId: rule.id,
    severity,
    message: report.message,
    help: report.help ?? rule.help,
    file,
    line: at.start.line,
    column: at.start.column,
    endLine: at.end.line,
    endColumn: at.end.column,
    url: docsUrl(rule.id)
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

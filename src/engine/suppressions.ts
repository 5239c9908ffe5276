import type { Nodes, Root } from 'mdast'
import { quote, type Text, t } from '../messages/text.js'
import { type LineIndex, type Position, positionOf } from '../text/positions.js'

/**
 * Inline suppressions, written where reviewers see them:
 *   <!-- prfaq-gate-disable faq-finance -- pricing is decided in the finance review -->
 *   <!-- prfaq-gate-disable-next-line problem-section -- the problem is in the linked brief -->
 * The reason after `--` is required: a silenced check is a decision to explain.
 */
export interface Suppression {
  ruleIds: string[]
  reason: string
  /** `file`: the whole document; `next-line`: findings on the line after the comment. */
  scope: 'file' | 'next-line'
  position: Position
  /** For `next-line`: the line it covers, numbered as git does. */
  nextLine?: number
}

export interface SuppressionProblem {
  position: Position
  message: Text
}

// After "<!--": the directive's name. Its body runs to the next "-->" (see directives()).
const DIRECTIVE_NAME = /\s*prfaq-gate-(disable-next-line|disable)\b/uy
const REASON_SEPARATOR = /\s--\s|\s--$|^--\s/u

export function readSuppressions(tree: Root, source: string, lines: LineIndex, knownRuleIds: Set<string>): { suppressions: Suppression[]; problems: SuppressionProblem[] } {
  const suppressions: Suppression[] = []
  const problems: SuppressionProblem[] = []
  // Most documents have none: skip walking the tree.
  if (!source.includes('prfaq-gate-disable')) return { suppressions, problems }
  for (const node of htmlNodes(tree)) {
    for (const directive of directives(node.value)) {
      const position = positionOf(node)
      const scope = directive.name === 'disable' ? 'file' : 'next-line'
      const body = directive.body.trim()
      const separator = REASON_SEPARATOR.exec(body)
      const idsText = separator ? body.slice(0, separator.index) : body
      const reason = separator ? body.slice(separator.index + separator[0].length).trim() : ''
      const ruleIds = idsText.split(/[\s,]+/u).filter(Boolean)
      const unknown = ruleIds.filter((id) => !knownRuleIds.has(id))
      if (ruleIds.length === 0) problems.push({ position, message: t('suppression.no-rule') })
      else if (unknown.length > 0) problems.push({ position, message: t('suppression.unknown', { count: unknown.length, rules: unknown.map(quote) }) })
      else if (!reason) problems.push({ position, message: t('suppression.no-reason', { rules: ruleIds }) })
      else if (scope === 'file') suppressions.push({ ruleIds, reason, scope, position })
      else suppressions.push({ ruleIds, reason, scope, position, nextLine: lineAfter(source, position.end.offset, lines) })
    }
  }
  return { suppressions, problems }
}

/**
 * The line after the one where a comment ends, as the writer's editor and
 * micromark read lines, numbered as git does. After a lone "\r" that is the
 * comment's own line to git, though the writer sees the next line.
 */
function lineAfter(source: string, offset: number, lines: LineIndex): number {
  const lineEnding = /\r\n|\r|\n/gu
  lineEnding.lastIndex = offset
  const next = lineEnding.exec(source)
  return next ? lines.pointAt(next.index + next[0].length).line : lines.pointAt(offset).line + 1
}

/**
 * Each `<!-- prfaq-gate-disable… -->` in an HTML node's text, with its body up
 * to the first `-->`. Found with indexOf rather than one lazy pattern: a block
 * of HTML with thousands of unclosed directive openings would have the
 * pattern rescan to the end of the block from each of them.
 */
function* directives(html: string): Generator<{ name: string; body: string }> {
  let from = 0
  for (;;) {
    const open = html.indexOf('<!--', from)
    if (open === -1) return
    DIRECTIVE_NAME.lastIndex = open + 4
    const name = DIRECTIVE_NAME.exec(html)
    if (!name) {
      from = open + 4
      continue
    }
    const close = html.indexOf('-->', DIRECTIVE_NAME.lastIndex)
    // No "-->" after this opening means none after any later one either.
    if (close === -1) return
    yield { name: name[1]!, body: html.slice(DIRECTIVE_NAME.lastIndex, close) }
    from = close + 3
  }
}

/** Every HTML node (block or inline) outside code: comments inside code fences are code, not directives. */
function* htmlNodes(tree: Root): Generator<Extract<Nodes, { type: 'html' }>> {
  const stack: Nodes[] = [tree]
  while (stack.length > 0) {
    const node = stack.pop()!
    if (node.type === 'html') yield node
    else if ('children' in node) for (const child of node.children as Nodes[]) stack.push(child)
  }
}

/** The suppression that covers a finding at `line`, if any. */
export function suppressionFor(suppressions: Suppression[], ruleId: string, line: number): Suppression | undefined {
  return suppressions.find((suppression) => suppression.ruleIds.includes(ruleId) && (suppression.scope === 'file' || suppression.nextLine === line))
}

import type { Nodes, Root } from 'mdast'
import { fromMarkdown } from 'mdast-util-from-markdown'
import { frontmatterFromMarkdown } from 'mdast-util-frontmatter'
import { gfmFootnoteFromMarkdown } from 'mdast-util-gfm-footnote'
import { gfmStrikethroughFromMarkdown } from 'mdast-util-gfm-strikethrough'
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table'
import { gfmTaskListItemFromMarkdown } from 'mdast-util-gfm-task-list-item'
import { frontmatter } from 'micromark-extension-frontmatter'
import { gfmTable } from 'micromark-extension-gfm-table'
import { gfmTaskListItem } from 'micromark-extension-gfm-task-list-item'
import { hasLoneCarriageReturn, LineIndex } from '../text/positions.js'
import type { WorkBudget } from './complexity.js'
import { budgetGuardExtensions, countedFootnotes, countedStrikethrough } from './guard.js'
import { withBudget } from './work.js'

/**
 * The project's parser: CommonMark + GFM tables, task lists, strikethrough
 * and footnotes + YAML front matter.
 *
 * GFM's autolink literals (bare `www.…` and `https://…` turned into links)
 * are left out on purpose: they change no structure and no text (a link's
 * text is the URL as written), yet they are the dearest part of GFM — about
 * 40% of the whole parse on the benchmark corpus. __tests__/parse.test.ts
 * proves the document model is the same with and without them.
 *
 * The other GFM extensions are used only when the document could contain
 * what they parse (see `extensionsFor`): the table extension alone is tried
 * at the start of every line and costs a quarter of the parse, yet most
 * documents have no table. The same test proves the tree is the same.
 */
const TABLE = { micromark: gfmTable(), mdast: gfmTableFromMarkdown() }
const TASK_LIST = { micromark: gfmTaskListItem(), mdast: gfmTaskListItemFromMarkdown() }
// Strikethrough and footnotes count their work (src/parse/guard.ts).
const STRIKETHROUGH = { micromark: countedStrikethrough(), mdast: gfmStrikethroughFromMarkdown() }
const FOOTNOTE = { micromark: countedFootnotes(), mdast: gfmFootnoteFromMarkdown() }
const FRONT_MATTER = { micromark: frontmatter(['yaml']), mdast: frontmatterFromMarkdown(['yaml']) }
// The guard's own constructs go last, so they are tried first.
const GUARD = budgetGuardExtensions()

/** The extensions a document can need: each is left out only when the characters it starts from are absent. */
function extensionsFor(text: string) {
  const used = [
    ...(mayHaveTable(text) ? [TABLE] : []),
    ...(text.includes('[') ? [TASK_LIST] : []),
    ...(text.includes('~') ? [STRIKETHROUGH] : []),
    ...(text.includes('[^') ? [FOOTNOTE] : []),
    FRONT_MATTER
  ]
  return { extensions: [...used.map((extension) => extension.micromark), ...GUARD], mdastExtensions: used.map((extension) => extension.mdast) }
}

/**
 * A GFM table needs a delimiter row: a line that, after any block-quote
 * markers and indentation, holds only pipes, colons, dashes and blanks, with
 * at least one pipe and one dash. Without such a line there is no table. A
 * plain loop, linear in the text: a regular expression for it backtracks.
 */
export function mayHaveTable(text: string): boolean {
  let inPrefix = true
  let onlyDelimiters = true
  let pipe = false
  let dash = false
  for (let i = 0; i <= text.length; i++) {
    const char = i < text.length ? text[i] : '\n'
    if (char === '\n' || char === '\r') {
      if (onlyDelimiters && pipe && dash) return true
      inPrefix = true
      onlyDelimiters = true
      pipe = dash = false
    } else if (inPrefix && (char === ' ' || char === '\t' || char === '>')) {
    } else {
      inPrefix = false
      if (char === '|') pipe = true
      else if (char === '-') dash = true
      else if (char !== ':' && char !== ' ' && char !== '\t') onlyDelimiters = false
    }
  }
  return false
}

/**
 * Parses as micromark does, so the structure is the one renderers show, and
 * numbers the positions as git and GitHub number lines (see LineIndex):
 * micromark also ends a line at a lone "\r", and a review comment on its
 * line would land lines below the text it is about. With a budget, the
 * parser's super-linear work is counted against it, and parsing stops with
 * a DocumentTooComplexError when it runs out.
 */
export function parseMarkdown(text: string, lines: LineIndex = new LineIndex(text), budget?: WorkBudget): Root {
  const tree = withBudget(budget, () => fromMarkdown(text, extensionsFor(text)))
  // Without a lone "\r", micromark's lines and columns are already git's.
  if (hasLoneCarriageReturn(text)) renumberLines(tree, lines)
  return tree
}

/** Recomputes each node's lines and columns from its offsets. Iterative: nesting can be deep. */
function renumberLines(tree: Root, lines: LineIndex): void {
  const stack: Nodes[] = [tree]
  while (stack.length > 0) {
    const node = stack.pop()!
    if (node.position) {
      renumber(node.position.start, lines)
      renumber(node.position.end, lines)
    }
    if ('children' in node) for (const child of node.children as Nodes[]) stack.push(child)
  }
}

function renumber(point: { line: number; column: number; offset?: number | undefined }, lines: LineIndex): void {
  if (point.offset === undefined) return
  const { line, column } = lines.pointAt(point.offset)
  point.line = line
  point.column = column
}

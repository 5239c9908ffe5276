import type { Nodes, Root } from 'mdast'
import { fromMarkdown } from 'mdast-util-from-markdown'
import { frontmatterFromMarkdown } from 'mdast-util-frontmatter'
import { gfmFootnoteFromMarkdown } from 'mdast-util-gfm-footnote'
import { gfmStrikethroughFromMarkdown } from 'mdast-util-gfm-strikethrough'
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table'
import { gfmTaskListItemFromMarkdown } from 'mdast-util-gfm-task-list-item'
import { frontmatter } from 'micromark-extension-frontmatter'
import { gfmFootnote } from 'micromark-extension-gfm-footnote'
import { gfmStrikethrough } from 'micromark-extension-gfm-strikethrough'
import { gfmTable } from 'micromark-extension-gfm-table'
import { gfmTaskListItem } from 'micromark-extension-gfm-task-list-item'
import { hasLoneCarriageReturn, LineIndex } from '../model/text.js'

/**
 * The project's parser: CommonMark + GFM tables, task lists, strikethrough
 * and footnotes + YAML front matter.
 *
 * GFM's autolink literals (bare `www.…` and `https://…` turned into links)
 * are left out on purpose: they change no structure and no text (a link's
 * text is the URL as written), yet they are the dearest part of GFM — about
 * 40% of the whole parse on the benchmark corpus. __tests__/parse.test.ts
 * proves the document model is the same with and without them.
 */
const micromarkExtensions = [gfmTable(), gfmTaskListItem(), gfmStrikethrough(), gfmFootnote(), frontmatter(['yaml'])]
const mdastExtensions = [
  gfmTableFromMarkdown(),
  gfmTaskListItemFromMarkdown(),
  gfmStrikethroughFromMarkdown(),
  gfmFootnoteFromMarkdown(),
  frontmatterFromMarkdown(['yaml'])
]

/**
 * Parses as micromark does, so the structure is the one renderers show, and
 * numbers the positions as git and GitHub number lines (see LineIndex):
 * micromark also ends a line at a lone "\r", and a review comment on its
 * line would land lines below the text it is about.
 */
export function parseMarkdown(text: string, lines: LineIndex = new LineIndex(text)): Root {
  const tree = fromMarkdown(text, { extensions: micromarkExtensions, mdastExtensions })
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

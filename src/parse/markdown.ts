import type { Root } from 'mdast'
import { fromMarkdown } from 'mdast-util-from-markdown'
import { frontmatterFromMarkdown } from 'mdast-util-frontmatter'
import { gfmFootnoteFromMarkdown } from 'mdast-util-gfm-footnote'
import { gfmStrikethroughFromMarkdown } from 'mdast-util-gfm-strikethrough'
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table'
import { gfmTaskListItemFromMarkdown } from 'mdast-util-gfm-task-list-item'
import { frontmatter } from 'micromark-extension-frontmatter'
import { gfmTable } from 'micromark-extension-gfm-table'
import { gfmTaskListItem } from 'micromark-extension-gfm-task-list-item'
import type { WorkBudget } from '../engine/complexity.js'
import { countedFootnotes, countedStrikethrough, budgetGuardExtensions } from './guard.js'
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
 */
// Strikethrough and footnotes count their work (src/parse/guard.ts); the guard's own constructs go last, so they are tried first.
const micromarkExtensions = [gfmTable(), gfmTaskListItem(), countedStrikethrough(), countedFootnotes(), frontmatter(['yaml']), ...budgetGuardExtensions()]
const mdastExtensions = [
  gfmTableFromMarkdown(),
  gfmTaskListItemFromMarkdown(),
  gfmStrikethroughFromMarkdown(),
  gfmFootnoteFromMarkdown(),
  frontmatterFromMarkdown(['yaml'])
]

/**
 * With a budget, the parser's super-linear work is counted against it, and
 * parsing stops with a DocumentTooComplexError when it runs out.
 */
export function parseMarkdown(text: string, budget?: WorkBudget): Root {
  return withBudget(budget, () => fromMarkdown(text, { extensions: micromarkExtensions, mdastExtensions }))
}

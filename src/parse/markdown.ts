import type { Root } from 'mdast'
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

export function parseMarkdown(text: string): Root {
  return fromMarkdown(text, { extensions: micromarkExtensions, mdastExtensions })
}

import type { Root } from 'mdast'
import { fromMarkdown } from 'mdast-util-from-markdown'
import { frontmatterFromMarkdown } from 'mdast-util-frontmatter'
import { gfmFromMarkdown } from 'mdast-util-gfm'
import { frontmatter } from 'micromark-extension-frontmatter'
import { gfm } from 'micromark-extension-gfm'

/**
 * The one parser configuration of the project: CommonMark + GFM (tables, task
 * lists, …) + YAML front matter. The benchmark's "floor" uses this same
 * function, so the engine's overhead is measured against exactly what it runs.
 */
const micromarkExtensions = [gfm(), frontmatter(['yaml'])]
const mdastExtensions = [gfmFromMarkdown(), frontmatterFromMarkdown(['yaml'])]

export function parseMarkdown(text: string): Root {
  return fromMarkdown(text, { extensions: micromarkExtensions, mdastExtensions })
}

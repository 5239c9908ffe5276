import type { Root } from 'mdast'
import { parseDocument } from 'yaml'
import { type Text, t } from '../messages/text.js'
import { type Position, positionOf } from '../text/positions.js'

export interface FrontMatter {
  /** The parsed mapping; absent when the YAML is invalid or not a mapping. */
  data?: Record<string, unknown>
  /** The whole block, from the opening to the closing `---`. */
  position: Position
  /** Why the block could not be read (the YAML library's words, or a message of the catalogs), and where: an offset in the document (the engine numbers lines as git does). */
  error?: { message: Text | string; offset: number }
}

/**
 * Reads the YAML front matter block, if the document starts with one. A
 * broken block is reported at the document offset of the YAML error, so the
 * writer lands on the character to fix rather than on "line 3 of the YAML".
 * Offsets, not the YAML library's lines: it does not count line breaks as
 * micromark or git do, and only offsets mean the same to all three.
 */
export function readFrontMatter(tree: Root, source: string): FrontMatter | undefined {
  const node = tree.children[0]
  if (node?.type !== 'yaml') return undefined
  const position = positionOf(node)
  const valueStart = valueOffset(source, position.start.offset)
  const document = parseDocument(node.value, { uniqueKeys: true })
  const problem = document.errors[0]
  if (problem) {
    return { position, error: { message: yamlReason(problem.message), offset: valueStart + problem.pos[0] } }
  }
  let data: unknown
  try {
    data = document.toJS({ maxAliasCount: 100 })
  } catch (error) {
    return { position, error: { message: (error as Error).message, offset: valueStart } }
  }
  if (data === null || data === undefined) return { position, data: {} }
  if (typeof data !== 'object' || Array.isArray(data)) {
    return { position, error: { message: t('engine.not-mapping'), offset: valueStart } }
  }
  return { position, data: toJsonSafe(data) as Record<string, unknown> }
}

/** Where the YAML text starts: after the opening `---` line and its line ending (any of micromark's). */
function valueOffset(source: string, blockStart: number): number {
  const openingFence = /---[ \t]*(?:\r\n|\r|\n)/uy
  openingFence.lastIndex = blockStart
  return blockStart + (openingFence.exec(source)?.[0].length ?? 0)
}

/** Dates and other YAML types become JSON values, so the model stays plain JSON. */
function toJsonSafe(value: unknown): unknown {
  return JSON.parse(JSON.stringify(value, (_key, item: unknown) => (typeof item === 'bigint' ? item.toString() : item)))
}

/** The YAML library's first line, without its own "at line 2, column 1:": that counts from the block, and the finding has the file's line. */
function yamlReason(message: string): string {
  return message.split('\n', 1)[0]!.replace(/ at line \d+, column \d+:?$/u, '')
}

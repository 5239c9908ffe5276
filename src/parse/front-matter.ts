import type { Root } from 'mdast'
import { parseDocument } from 'yaml'
import { positionOf } from '../model/text.js'
import type { Position } from '../model/types.js'

export interface FrontMatter {
  /** The parsed mapping; absent when the YAML is invalid or not a mapping. */
  data?: Record<string, unknown>
  /** The whole block, from the opening to the closing `---`. */
  position: Position
  /** Why the block could not be read, with the line in the document (1-based). */
  error?: { message: string; line: number; column: number }
}

/**
 * Reads the YAML front matter block, if the document starts with one. A
 * broken block is reported with the document line of the YAML error, so the
 * writer lands on the line to fix rather than on "line 3 of the YAML".
 */
export function readFrontMatter(tree: Root): FrontMatter | undefined {
  const node = tree.children[0]
  if (node?.type !== 'yaml') return undefined
  const position = positionOf(node)
  // The YAML text starts on the line after the opening `---`.
  const firstLine = position.start.line + 1
  const document = parseDocument(node.value, { prettyErrors: true, uniqueKeys: true })
  const problem = document.errors[0]
  if (problem) {
    const at = problem.linePos?.[0]
    return {
      position,
      error: {
        message: problem.message.split('\n', 1)[0]!.replace(/ at line \d+, column \d+:?$/u, ''),
        line: at ? firstLine + at.line - 1 : firstLine,
        column: at ? at.col : 1
      }
    }
  }
  let data: unknown
  try {
    data = document.toJS({ maxAliasCount: 100 })
  } catch (error) {
    return { position, error: { message: (error as Error).message, line: firstLine, column: 1 } }
  }
  if (data === null || data === undefined) return { position, data: {} }
  if (typeof data !== 'object' || Array.isArray(data)) {
    return { position, error: { message: 'front matter must be a mapping of `key: value` lines', line: firstLine, column: 1 } }
  }
  return { position, data: toJsonSafe(data) as Record<string, unknown> }
}

/** Dates and other YAML types become JSON values, so the model stays plain JSON. */
function toJsonSafe(value: unknown): unknown {
  return JSON.parse(JSON.stringify(value, (_key, item: unknown) => (typeof item === 'bigint' ? item.toString() : item)))
}

import type { Nodes } from 'mdast'
import type { Point, Position } from './types.js'

const BLOCK_TYPES = new Set([
  'paragraph', 'heading', 'list', 'listItem', 'blockquote', 'code', 'table', 'tableRow', 'footnoteDefinition'
])
/** Nodes whose children are blocks, separated by line breaks (a paragraph's children are inline). */
const BLOCK_CONTAINERS = new Set(['root', 'list', 'listItem', 'blockquote', 'table', 'footnoteDefinition'])

/**
 * The readable text of an mdast node: inline text joined as written, blocks
 * separated by newlines, table cells by " | ". HTML comments and front matter
 * are not text (templates hide their guidance in comments). Iterative, so a
 * pathological nesting depth cannot overflow the stack.
 */
export function textOf(node: Nodes | Nodes[]): string {
  let out = ''
  const stack: Array<Nodes | string> = Array.isArray(node) ? [...node].reverse() : [node]
  while (stack.length > 0) {
    const current = stack.pop()!
    if (typeof current === 'string') {
      out += current
      continue
    }
    switch (current.type) {
      case 'text':
      case 'inlineCode':
        out += current.value
        continue
      case 'code':
        out += `${current.value}\n`
        continue
      case 'html':
        if (!current.value.trimStart().startsWith('<!--')) out += current.value
        continue
      case 'break':
        out += '\n'
        continue
      case 'image':
      case 'imageReference':
        out += current.alt ?? ''
        continue
      case 'yaml':
      case 'definition':
      case 'footnoteReference':
      case 'thematicBreak':
        continue
    }
    if (!('children' in current)) continue
    const separator = current.type === 'tableRow' ? ' | ' : BLOCK_CONTAINERS.has(current.type) ? '\n' : ''
    const children = current.children as Nodes[]
    if (BLOCK_TYPES.has(current.type)) stack.push('\n')
    for (let i = children.length - 1; i >= 0; i--) {
      stack.push(children[i]!)
      if (i > 0 && separator) stack.push(separator)
    }
  }
  return out.replace(/\n{3,}/g, '\n\n').trim()
}

/**
 * Converts offsets to line/column points and finds line ends, numbering lines
 * as git and GitHub do, because review comments and annotations land on
 * their lines: a line ends at "\n" (a "\r\n" line's last character is before
 * the "\r"), and a lone "\r" is a character of its line, although micromark
 * reads it as a line break. Columns are 1-based UTF-16 code units (an emoji
 * is two), like offsets in JavaScript strings.
 */
export class LineIndex {
  private lineStarts: number[] = []
  /** Offset just after each line's last character: its "\n", or the "\r" of its "\r\n". */
  private lineEnds: number[] = []
  private indexed = false

  constructor(private readonly source: string) {}

  /** Built on first use: most documents never need an offset converted. */
  private index(): void {
    if (this.indexed) return
    this.indexed = true
    this.lineStarts = [0]
    for (let newline = this.source.indexOf('\n'); newline !== -1; newline = this.source.indexOf('\n', newline + 1)) {
      const crlf = newline > 0 && this.source[newline - 1] === '\r'
      this.lineEnds.push(crlf ? newline - 1 : newline)
      this.lineStarts.push(newline + 1)
    }
    this.lineEnds.push(this.source.length)
  }

  /** The point at an offset; one between the "\r" and the "\n" of a line ending is the end of its line. */
  pointAt(offset: number): Point {
    this.index()
    const clamped = Math.max(0, Math.min(offset, this.source.length))
    let low = 0
    let high = this.lineStarts.length - 1
    while (low < high) {
      const mid = (low + high + 1) >> 1
      if (this.lineStarts[mid]! <= clamped) low = mid
      else high = mid - 1
    }
    const inLine = Math.min(clamped, this.lineEnds[low]!)
    return { line: low + 1, column: inLine - this.lineStarts[low]! + 1, offset: inLine }
  }

  /** The point just after the last character of a line (before its "\r\n" or "\n"). */
  endOfLine(line: number): Point {
    this.index()
    return this.pointAt(this.lineEnds[line - 1] ?? this.source.length)
  }

  /** Where `text` first occurs between two offsets, or -1. */
  find(text: string, from: number, to: number): number {
    const index = this.source.indexOf(text, from)
    return index === -1 || index + text.length > to ? -1 : index
  }

  /** The source between two offsets. */
  slice(from: number, to: number): string {
    return this.source.slice(from, to)
  }

  /** The text of a line, without its line ending; undefined past the last line. */
  lineText(line: number): string | undefined {
    this.index()
    if (line < 1 || line > this.lineStarts.length) return undefined
    return this.source.slice(this.lineStarts[line - 1], this.lineEnds[line - 1])
  }

  /** A position covering the first line of `position` only. */
  firstLine(position: Position): Position {
    if (position.start.line === position.end.line) return position
    return { start: position.start, end: this.endOfLine(position.start.line) }
  }
}

/** A "\r" not followed by "\n": the one line ending micromark counts and git does not. */
export function hasLoneCarriageReturn(text: string): boolean {
  return text.includes('\r') && /\r(?!\n)/u.test(text)
}

export function span(first: Position, last: Position): Position {
  return { start: first.start, end: last.end }
}

/** mdast-util-from-markdown always sets offsets, which unist's types leave optional. */
export function positionOf(node: { position?: { start: { line: number; column: number; offset?: number | undefined }; end: { line: number; column: number; offset?: number | undefined } } | undefined }): Position {
  return node.position as Position
}

/**
 * Positions in a document's text: points and spans, and the numbering of
 * lines and columns every finding uses. The lowest layer: it knows no
 * Markdown, no model and no rule.
 */

/** 1-based line and column, 0-based offset, as in mdast/unist. */
export interface Point {
  line: number
  column: number
  offset: number
}

/** `end` is exclusive: it points just after the last character. */
export interface Position {
  start: Point
  end: Point
  /** The file, in the model of a PR/FAQ split over several files; otherwise the file being checked. */
  file?: string
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
export function positionOf(node: {
  position?: { start: { line: number; column: number; offset?: number | undefined }; end: { line: number; column: number; offset?: number | undefined } } | undefined
}): Position {
  return node.position as Position
}

/**
 * Which lines of a file a review comment may point at: lines inside the
 * patch's hunks on the RIGHT side (added "+" and context " " lines), numbered
 * in the new file. GitHub rejects a whole review (422 "line must be part of
 * the diff") if one comment points elsewhere, so every anchor is checked here
 * before posting. A multi-line comment must stay inside one hunk.
 */
export interface CommentableLines {
  /** New-file line → index of the hunk it belongs to. */
  hunkOf: Map<number, number>
}

const HUNK_HEADER = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,\d+)? @@/u

export function commentableLines(patch: string | undefined): CommentableLines {
  const hunkOf = new Map<number, number>()
  if (!patch) return { hunkOf }
  let hunk = -1
  let line = 0
  for (const text of patch.split('\n')) {
    const header = HUNK_HEADER.exec(text)
    if (header) {
      hunk++
      line = Number(header[1])
      continue
    }
    if (hunk < 0 || text === '') continue
    if (text[0] === '+' || text[0] === ' ') {
      hunkOf.set(line, hunk)
      line++
    }
    // "-" lines exist only on the LEFT side; "\ No newline at end of file" is not a line.
  }
  return { hunkOf }
}

/** The RIGHT-side anchor for a finding spanning `start`–`end`, or undefined when it is outside the diff. */
export function anchorInDiff(lines: CommentableLines, start: number, end: number): { line: number; startLine?: number } | undefined {
  const startHunk = lines.hunkOf.get(start)
  if (startHunk === undefined) return undefined
  // Comment on the whole span when it stays in one hunk, else on its first line only.
  if (end > start && lines.hunkOf.get(end) === startHunk) return { line: end, startLine: start }
  return { line: start }
}

/**
 * The anchor for a comment on exactly lines `start`–`end`, as a suggestion
 * needs (GitHub replaces the lines the comment is on): every line on the
 * RIGHT side of one hunk, else undefined.
 */
export function spanInDiff(lines: CommentableLines, start: number, end: number): { line: number; startLine?: number } | undefined {
  const hunk = lines.hunkOf.get(start)
  if (hunk === undefined || lines.hunkOf.get(end) !== hunk) return undefined
  return end > start ? { line: end, startLine: start } : { line: start }
}

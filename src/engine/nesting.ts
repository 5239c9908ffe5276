// Lines that open a block quote or a list item: the only way Markdown nests containers.
const CONTAINER_LINE = /^[ \t]*(?:>|[-*+][ \t]|\d{1,9}[.)][ \t])/gmu

/**
 * A cheap upper estimate of how deeply lists and block quotes nest, and where.
 * The parser recurses per level, so a hostile or broken document ("> > > …"
 * ten thousand times) is refused before it can exhaust the stack or run for
 * minutes.
 */
export function maxNestingDepth(text: string): { depth: number; offset: number } {
  let deepest = { depth: 0, offset: 0 }
  for (const match of text.matchAll(CONTAINER_LINE)) {
    const depth = lineDepth(text, match.index)
    if (depth > deepest.depth) deepest = { depth, offset: match.index }
  }
  return deepest
}

function lineDepth(text: string, start: number): number {
  let depth = 0
  let i = start
  for (;;) {
    let indent = 0
    while (text[i] === ' ' || text[i] === '\t') {
      indent += text[i] === '\t' ? 4 : 1
      i++
    }
    // Each two columns of indentation before a list marker can be one level of list nesting.
    const char = text[i]
    if (char === '>') {
      depth += 1
      i++
      continue
    }
    const marker = /^(?:[-*+]|\d{1,9}[.)])[ \t]/u.exec(text.slice(i, i + 12))
    if (!marker) return depth
    depth += 1 + Math.floor(indent / 2)
    i += marker[0].length
  }
}

/**
 * Every match of a global pattern in a text, as `text.matchAll(pattern)`
 * yields them, without the copy of the pattern `matchAll` makes on every
 * call (a new RegExp each time: on every text node of every document, it
 * cost more than the search). The pattern must have the `g` flag and no
 * match of it may be empty; it is left with `lastIndex` 0.
 */
export function allMatches(pattern: RegExp, text: string): RegExpExecArray[] {
  const found: RegExpExecArray[] = []
  pattern.lastIndex = 0
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) found.push(match)
  pattern.lastIndex = 0
  return found
}

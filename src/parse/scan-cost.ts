/**
 * How many characters micromark's forward-scanning attempts can read in one
 * inline content (a paragraph, a heading, a table cell), computed in linear
 * time from its exact text before it is tokenized.
 *
 * An opening that is never closed makes its attempt read to the end of the
 * content and fail: an unclosed `<!--` reads to the end looking for `-->`, a
 * backtick run looks for a run of the same length, a link destination after
 * `](` for its end. Many such openings read the rest of the content once
 * each: quadratic. Every candidate opening is charged the most its attempt
 * could read — none is skipped because an earlier one seems to cover it,
 * since whether an attempt runs at all depends on constructs before it —
 * so the sum is an upper bound whatever the text pretends to be.
 */

export interface ScanCost {
  cause: 'html' | 'code-spans' | 'link-destinations'
  /** Characters the attempts can read. */
  characters: number
  /** Openings that read far (more than LONG_SCAN characters). */
  far: number
  /** Index in the text of the first opening that reads far (or the first opening). */
  firstFar: number
}

/** An attempt reading more than this is an opening with no close near: where a reported run starts. */
const LONG_SCAN = 256

export function scanCosts(text: string): ScanCost[] {
  const costs: ScanCost[] = []
  if (text.includes('<')) costs.push(htmlScans(text))
  if (text.includes('`')) costs.push(codeSpanScans(text))
  if (text.includes('](')) costs.push(resourceScans(text))
  return costs
}

class Tally {
  characters = 0
  far = 0
  firstFar = -1
  first = -1

  add(at: number, length: number): void {
    this.characters += length
    if (this.first === -1) this.first = at
    if (length > LONG_SCAN) {
      this.far++
      if (this.firstFar === -1) this.firstFar = at
    }
  }

  result(cause: ScanCost['cause']): ScanCost {
    return { cause, characters: this.characters, far: this.far, firstFar: this.firstFar === -1 ? Math.max(0, this.first) : this.firstFar }
  }
}

/**
 * The next position at or after a query where `matches` holds (or the text's
 * length). It remembers its last query and answer: for queries that do not
 * go backwards, all of them together cost one pass over the text (each
 * caller below asks in increasing order).
 */
class NextFinder {
  private query = Number.POSITIVE_INFINITY
  private answer = 0

  constructor(
    private readonly text: string,
    private readonly matches: (text: string, index: number) => boolean
  ) {}

  from(index: number): number {
    // No match in [query, answer), so none in [index, answer) either.
    if (index >= this.query && index <= this.answer) return this.answer
    let i = Math.max(index, 0)
    while (i < this.text.length && !this.matches(this.text, i)) i++
    this.query = index
    this.answer = i
    return i
  }
}

const code = (text: string, i: number) => text.charCodeAt(i)
const isWhitespaceOrControl = (text: string, i: number) => code(text, i) <= 32
const isAsciiAlpha = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122)
const substring = (needle: string) => (text: string, i: number) => text.startsWith(needle, i)

/** `<!--`, `<?`, `<![CDATA[`, `<!X` read to their terminators; tags and autolinks to the next `<` or `>` outside quotes. */
function htmlScans(text: string): ScanCost {
  const tally = new Tally()
  const tagStop = tagStops(text)
  const comment = new NextFinder(text, substring('-->'))
  const instruction = new NextFinder(text, substring('?>'))
  const cdata = new NextFinder(text, substring(']]>'))
  const declaration = new NextFinder(text, (t, i) => code(t, i) === 62)
  const email = new NextFinder(text, (t, i) => code(t, i) <= 32 || code(t, i) === 60 || code(t, i) === 62)
  for (let i = text.indexOf('<'); i !== -1; i = text.indexOf('<', i + 1)) {
    const next = code(text, i + 1)
    let end: number
    if (text.startsWith('<!--', i)) end = comment.from(i + 2) + 3
    else if (next === 63) end = instruction.from(i + 2) + 2
    else if (text.startsWith('<![CDATA[', i)) end = cdata.from(i + 9) + 3
    else if (next === 33) end = declaration.from(i + 2) + 1
    else if (isAsciiAlpha(next) || next === 47) end = tagStop[i + 1]! + 1
    else end = email.from(i + 1) + 1
    tally.add(i, Math.min(end, text.length) - i)
  }
  return tally.result('html')
}

/**
 * For each position, where a tag scan starting there must stop: the next `<`
 * or `>`, jumping over quoted attribute values (which may hold both). One
 * pass from the end; an unclosed quote runs to the end of the text.
 */
function tagStops(text: string): Int32Array {
  const n = text.length
  const stop = new Int32Array(n + 2).fill(n)
  const nextQuote = { 34: n, 39: n }
  for (let i = n - 1; i >= 0; i--) {
    const c = code(text, i)
    if (c === 60 || c === 62) stop[i] = i
    else if (c === 34 || c === 39) {
      const close = nextQuote[c]
      stop[i] = close >= n ? n : stop[close + 1]!
      nextQuote[c] = i
    } else stop[i] = stop[i + 1]!
  }
  return stop
}

/**
 * A backtick run opens a code span that reads to the next run of the same
 * length. A run after a backslash may be one backtick shorter (the first is
 * escaped): both lengths are charged.
 */
function codeSpanScans(text: string): ScanCost {
  const runs: Array<{ start: number; length: number; escaped: boolean }> = []
  for (let i = text.indexOf('`'); i !== -1; ) {
    let end = i
    while (code(text, end) === 96) end++
    let backslashes = 0
    while (code(text, i - 1 - backslashes) === 92) backslashes++
    runs.push({ start: i, length: end - i, escaped: backslashes % 2 === 1 })
    i = text.indexOf('`', end)
  }
  const tally = new Tally()
  const nextOfLength = new Map<number, number>()
  for (let r = runs.length - 1; r >= 0; r--) {
    const { start, length, escaped } = runs[r]!
    tally.add(start, (nextOfLength.get(length) ?? text.length) - start)
    if (escaped && length > 1) tally.add(start, (nextOfLength.get(length - 1) ?? text.length) - start)
    nextOfLength.set(length, start)
  }
  return tally.result('code-spans')
}

/**
 * After `](`: a destination (`<…>` to the next `>`, `<` or line break; raw to
 * the next whitespace), then perhaps a title to its closing quote or `)`.
 */
function resourceScans(text: string): ScanCost {
  const tally = new Tally()
  // One set of finders per kind of destination, so that each is asked in increasing order.
  const enclosed = resourceFinders(text, (t, i) => code(t, i) === 62 || code(t, i) === 60 || code(t, i) === 10)
  const raw = resourceFinders(text, isWhitespaceOrControl)
  for (let i = text.indexOf(']('); i !== -1; i = text.indexOf('](', i + 1)) {
    const destination = i + 2
    const isEnclosed = code(text, destination) === 60
    const finders = isEnclosed ? enclosed : raw
    const destinationEnd = finders.destinationEnd.from(isEnclosed ? destination + 1 : destination)
    const title = finders.afterSpace.from(destinationEnd)
    const titleEnd = finders.titleEnd.get(code(text, title))
    const end = titleEnd ? titleEnd.from(title + 1) + 1 : destinationEnd
    tally.add(i, Math.min(end, text.length) - i)
  }
  return tally.result('link-destinations')
}

function resourceFinders(text: string, destinationEnds: (text: string, index: number) => boolean) {
  const closing = (closer: number) => new NextFinder(text, (t, i) => code(t, i) === closer)
  return {
    destinationEnd: new NextFinder(text, destinationEnds),
    afterSpace: new NextFinder(text, (t, i) => !isWhitespaceOrControl(t, i)),
    // A title in "…", '…' or (…).
    titleEnd: new Map([
      [34, closing(34)],
      [39, closing(39)],
      [40, closing(41)]
    ])
  }
}

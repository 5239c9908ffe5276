import { escapeRegExp, hasCjk } from './normalize.js'

/** A keyword found in a text: where it starts, and the text it matched (lower case, as searched). */
export interface KeywordMatch {
  index: number
  text: string
}

/** What a trie node that ends a keyword knows: the lists it is in, and what must hold around it. */
interface Ending {
  /** The lists the keyword is in, each with the keyword's index there: at one place, the list's earliest keyword wins. */
  lists: number[]
  orders: number[]
  /** CJK keywords match anywhere; the others must start a word. */
  cjk: boolean
  /** Short keywords (≤ 3 letters and digits: TAM, ROI, P&L) must also end one. */
  wholeWord: boolean
}

interface TrieNode {
  /**
   * The child of a node with one (most nodes: a keyword's letters after its
   * start), by its code unit: a comparison instead of a map look-up on the
   * scan's hottest path. -1 when the node has none or several.
   */
  onlyCode: number
  onlyChild: TrieNode | undefined
  /** Children by UTF-16 code unit, when there are several (the root's always: scan looks them up by code). */
  next: Map<number, TrieNode> | undefined
  /** The child after a run of white space (a space in a keyword matches any run of `\s`). */
  space: TrieNode | undefined
  ending: Ending | undefined
}

/** The matches of a list that has none in a text (shared: scans return many). */
const NONE: KeywordMatch[] = Object.freeze([]) as unknown as KeywordMatch[]

/** Bits of KeywordTrie.starts: some keyword begins with the code unit; some CJK keyword does. */
const STARTS_KEYWORD = 1
const STARTS_CJK = 2
/** Some keyword starts with the code unit and has one only, or a non-ASCII or space second one: the pair filter does not apply. */
const STARTS_ANY_SECOND = 4

/**
 * Several keyword lists, searched together in one pass with a trie of their
 * keywords. For each list it finds exactly what keywordPattern(list) finds
 * when run again from the end of each match (the property test holds the
 * two equal): at the leftmost place where any of the list's keywords
 * matches, the earliest of them in the list that matches there.
 *
 * A trie rather than those regular expressions: a process that checked one
 * document paid more for V8 to compile the default vocabulary's 1,600
 * alternatives (twice: bytecode, then machine code) than for the search
 * itself, and a recogniser that asks several lists about one text reads it
 * once instead of once per list.
 */
export class KeywordTrie {
  private readonly root: TrieNode = newNode()
  /** The root's children by ASCII code unit: where every walk starts. */
  private readonly asciiStarts: Array<TrieNode | undefined> = new Array(0x80).fill(undefined)
  /** STARTS_* bits by the first code unit of the keywords: most places in a text start none. */
  private readonly starts = new Uint8Array(0x10000)
  /** 1 where some keyword starts with these two ASCII code units (first × 128 + second). */
  private readonly asciiPairs = new Uint8Array(0x80 * 0x80)
  private readonly listCount: number
  /** Reused by every scan: a scan runs for every text of every document. */
  private readonly search: Search

  constructor(lists: string[][]) {
    this.listCount = lists.length
    this.search = new Search(lists.length)
    lists.forEach((keywords, list) => {
      keywords.forEach((keyword, order) => {
        this.add(normalizeKeyword(keyword), list, order)
      })
    })
  }

  /** The root's child for a keyword's first code unit (never white space: keywords are trimmed), added if missing. */
  private rootChild(code: number): TrieNode {
    this.root.next ??= new Map()
    let child = this.root.next.get(code)
    if (!child) {
      child = newNode()
      this.root.next.set(code, child)
      if (code < 0x80) this.asciiStarts[code] = child
    }
    return child
  }

  private add(text: string, list: number, order: number): void {
    // A keyword of nothing but white space matches nothing (keywordRuns leaves it out too); the config's schema refuses it.
    if (text === '') return
    let node = this.rootChild(text.charCodeAt(0))
    for (let i = 1; i < text.length; i++) {
      if (isSpace(text.charCodeAt(i))) {
        while (i + 1 < text.length && isSpace(text.charCodeAt(i + 1))) i++
        node.space ??= newNode()
        node = node.space
        continue
      }
      node = childFor(node, text.charCodeAt(i))
    }
    const cjk = hasCjk(text)
    this.markStart(text, cjk)
    node.ending ??= { lists: [], orders: [], cjk, wholeWord: !cjk && isShort(text) }
    // A keyword repeated in a list never wins over its first copy.
    if (node.ending.lists.includes(list)) return
    node.ending.lists.push(list)
    node.ending.orders.push(order)
  }

  /** Records how the keyword starts, for the scan to pass over places where no keyword can. */
  private markStart(text: string, cjk: boolean): void {
    const first = text.charCodeAt(0)
    const second = text.length > 1 ? text.charCodeAt(1) : -1
    let bits = STARTS_KEYWORD | (cjk ? STARTS_CJK : 0)
    if (first < 0x80 && second >= 0 && second < 0x80 && !isSpace(second)) this.asciiPairs[(first << 7) | second] = 1
    else bits |= STARTS_ANY_SECOND
    this.starts[first] = (this.starts[first] ?? 0) | bits
  }

  /**
   * Every list's matches in the text, in order: the first match, then the
   * first one at or after its end, and so on (what `exec` of the list's
   * pattern finds again and again from `lastIndex`).
   */
  scan(text: string): Array<readonly KeywordMatch[]> {
    const found: KeywordMatch[][] = new Array(this.listCount).fill(NONE)
    const children = this.root.next
    if (!children) return found
    const { asciiStarts } = this
    const { search, starts } = this
    search.reset()
    // Whether a letter or digit ends where the loop stands: only CJK keywords may start after one.
    let afterWord = false
    for (let at = 0; at < text.length; at++) {
      const code = text.charCodeAt(at)
      const startsHere = starts[code]!
      if (startsHere !== 0 && (!afterWord || (startsHere & STARTS_CJK) !== 0) && this.mayStartAt(text, at, code, startsHere)) {
        this.walk(code < 0x80 ? asciiStarts[code] : children.get(code), text, at, !afterWord, search)
        search.settle(text, at, found)
      }
      if (code < 0x80) afterWord = ASCII_LETTER_OR_DIGIT[code] === 1
      else if (isHighSurrogate(code) && at + 1 < text.length && isLowSurrogate(text.charCodeAt(at + 1))) {
        // A Unicode pattern never starts a match between the two halves of a surrogate pair.
        afterWord = LETTER_OR_DIGIT.test(text.slice(at, at + 2))
        at++
      } else afterWord = isLetterOrDigitCode(code)
    }
    return found
  }

  /** Whether the two code units at `at` begin a keyword, when both are ASCII (most places of most texts). */
  private mayStartAt(text: string, at: number, code: number, startsHere: number): boolean {
    if ((startsHere & STARTS_ANY_SECOND) !== 0 || at + 1 >= text.length) return true
    const second = text.charCodeAt(at + 1)
    return second >= 0x80 || this.asciiPairs[(code << 7) | second] === 1
  }

  /** Follows the text from `at` down the trie, offering each keyword that ends on the way to the search. */
  private walk(first: TrieNode | undefined, text: string, at: number, atWordStart: boolean, search: Search): void {
    let node = first
    let end = at + 1
    while (node) {
      const { ending } = node
      if (ending && (ending.cjk || atWordStart) && !(ending.wholeWord && letterOrDigitAt(text, end)) && !splitsPair(text, end)) search.offer(ending, at, end)
      if (end >= text.length) return
      const code = text.charCodeAt(end)
      if (node.space && isSpace(code)) {
        do end++
        while (end < text.length && isSpace(text.charCodeAt(end)))
        node = node.space
      } else {
        node = node.onlyCode === code ? node.onlyChild : node.next?.get(code)
        end++
      }
    }
  }
}

/** The state of one scan: where each list may match next, and the best match of each list at the current place. */
class Search {
  /** Each list's next match starts at or after the end of its last one. */
  private readonly resumeAt: Int32Array
  private readonly bestOrder: Float64Array
  private readonly bestEnd: Int32Array
  /** The lists offered a keyword at the current place. */
  private readonly offered: number[] = []

  constructor(listCount: number) {
    this.resumeAt = new Int32Array(listCount)
    this.bestOrder = new Float64Array(listCount).fill(Number.POSITIVE_INFINITY)
    this.bestEnd = new Int32Array(listCount)
  }

  reset(): void {
    this.resumeAt.fill(0)
  }

  offer(ending: Ending, at: number, end: number): void {
    const { lists, orders } = ending
    for (let i = 0; i < lists.length; i++) {
      const list = lists[i]!
      if (at < this.resumeAt[list]! || orders[i]! >= this.bestOrder[list]!) continue
      if (this.bestOrder[list] === Number.POSITIVE_INFINITY) this.offered.push(list)
      this.bestOrder[list] = orders[i]!
      this.bestEnd[list] = end
    }
  }

  /** Records the best keyword of each list offered one at `at`. */
  settle(text: string, at: number, found: KeywordMatch[][]): void {
    for (const list of this.offered) {
      const end = this.bestEnd[list]!
      const match = { index: at, text: text.slice(at, end) }
      if (found[list] === NONE) found[list] = [match]
      else found[list]!.push(match)
      this.resumeAt[list] = end
      this.bestOrder[list] = Number.POSITIVE_INFINITY
    }
    this.offered.length = 0
  }
}

function newNode(): TrieNode {
  return { onlyCode: -1, onlyChild: undefined, next: undefined, space: undefined, ending: undefined }
}

/** The child of `node` for `code`, added if missing: an only child is held in two fields, a map made once there are two. */
function childFor(node: TrieNode, code: number): TrieNode {
  if (node.onlyCode === code) return node.onlyChild!
  const known = node.next?.get(code)
  if (known) return known
  const child = newNode()
  if (node.next) node.next.set(code, child)
  else if (!node.onlyChild) {
    node.onlyCode = code
    node.onlyChild = child
  } else {
    node.next = new Map([
      [node.onlyCode, node.onlyChild],
      [code, child]
    ])
    node.onlyCode = -1
    node.onlyChild = undefined
  }
  return child
}

/** Keywords are searched in NFKC lower case, as the texts are (match.ts, lowerText). */
function normalizeKeyword(keyword: string): string {
  return keyword.normalize('NFKC').toLowerCase().trim()
}

function isShort(text: string): boolean {
  return text.replace(/[^\p{L}\p{N}]/gu, '').length <= 3
}

/** What `\s` matches in a Unicode pattern: ECMAScript's WhiteSpace and LineTerminator. */
function isSpace(code: number): boolean {
  if (code < 0x80) return code === 0x20 || (code >= 0x09 && code <= 0x0d)
  return code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u
/** 1 for the ASCII letters and digits. */
const ASCII_LETTER_OR_DIGIT = Uint8Array.from({ length: 0x80 }, (_, code) => (/[A-Za-z0-9]/.test(String.fromCharCode(code)) ? 1 : 0))
/** Whether each BMP code unit is a letter or digit, learnt as texts show them: 0 not yet asked, 1 no, 2 yes. */
const letterOrDigitCodes = new Uint8Array(0x10000)

function isLetterOrDigitCode(code: number): boolean {
  let known = letterOrDigitCodes[code]!
  if (known === 0) {
    known = LETTER_OR_DIGIT.test(String.fromCharCode(code)) ? 2 : 1
    letterOrDigitCodes[code] = known
  }
  return known === 2
}

/** Whether the code point that starts at `at` is a letter or digit: what `(?=[\p{L}\p{N}])` tests there. */
function letterOrDigitAt(text: string, at: number): boolean {
  if (at >= text.length) return false
  const code = text.charCodeAt(at)
  if (isHighSurrogate(code) && at + 1 < text.length && isLowSurrogate(text.charCodeAt(at + 1))) return LETTER_OR_DIGIT.test(text.slice(at, at + 2))
  return isLetterOrDigitCode(code)
}

/** Whether `at` falls between the two halves of a surrogate pair, where a Unicode pattern's match cannot end (a keyword ending in a lone high surrogate). */
function splitsPair(text: string, at: number): boolean {
  return at > 0 && at < text.length && isLowSurrogate(text.charCodeAt(at)) && isHighSurrogate(text.charCodeAt(at - 1))
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff
}

/**
 * One regular expression for a keyword list: what KeywordTrie finds, though
 * KeywordTrie never runs it. Exported for the property test that holds the
 * two equal, and for the ReDoS test, which analyses the default
 * vocabulary's keywords through it. Each run of non-CJK keywords shares one
 * `(?<![\p{L}\p{N}])` (a keyword starts a word) in front of its
 * alternatives; short keywords end with `(?![\p{L}\p{N}])`; a space matches
 * any run of white space.
 */
export function keywordPattern(keywords: string[]): RegExp {
  const source = keywordRuns(keywords).map(({ cjk, alternatives }) => (cjk ? alternatives.join('|') : `(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})`))
  return new RegExp(source.join('|'), 'u')
}

interface KeywordRun {
  cjk: boolean
  alternatives: string[]
}

/** A list's keywords as escaped alternatives, in order, grouped into runs of CJK and non-CJK keywords (only the latter must start a word). */
function keywordRuns(keywords: string[]): KeywordRun[] {
  const runs: KeywordRun[] = []
  for (const keyword of keywords) {
    const text = normalizeKeyword(keyword)
    if (text === '') continue
    const body = escapeRegExp(text).replace(/\s+/gu, '\\s+')
    const cjk = hasCjk(text)
    const alternative = !cjk && isShort(text) ? `${body}(?![\\p{L}\\p{N}])` : body
    const run = runs.at(-1)
    if (run?.cjk === cjk) run.alternatives.push(alternative)
    else runs.push({ cjk, alternatives: [alternative] })
  }
  return runs
}

/**
 * Label normalisation: how "## 2. The Problem (today): Teams lose a day a week"
 * becomes something the alias lists can be matched against.
 */

/** A normalised label: the key shown in the model and the candidates tried for matching. */
export interface NormalizedLabel {
  /** Lower case, NFKC, no numbering, anchors, parentheticals or trailing punctuation. */
  key: string
  /** The key, and its parts before and after a tagline separator (":" or " — "). */
  candidates: string[]
}

// "{#faq}". No "{" inside: a scan stops at the next opening, so unclosed anchors cost linear time.
const ANCHOR = /\{#[^{}]*\}/g
// "2.", "1)", "Part 3 —", "SECTION 2:", "II." — numbering a writer puts before a section name.
const NUMBERING = /^(?:(?:part|section|chapter|step|teil|abschnitt|kapitel|partie|parte)\s*)?(?:\d+(?:\.\d+)*\.?|[ivxlc]+[.)])(?=[\s.):\-—–]|$)[\s.):\-—–]*/u
const KEYWORD_NUMBERING = /^(?:part|section|chapter|step|teil|abschnitt|kapitel)\s+(?:\d+|[ivxlc]+)\b[\s.:\-—–]*/u
// The look-behinds make each match start where a run of spaces or punctuation starts; without
// them a long run with no separator (or not at the end) is rescanned from every position in it.
const TAGLINE_SEPARATOR = /(?<!\s)\s*(?::|\s[—–-]\s)\s*/u
const TRAILING_PUNCTUATION = /(?<![\s.:;,!?。、·•*_~-])[\s.:;,!?。、·•*_~-]+$/u
const LEADING_PUNCTUATION = /^[\s.:;,!*_~#>|-]+/u
// "PR/FAQ", "PRFAQ", "PR-FAQ" name the whole document; fold them into one word so
// that the "faq" alias does not make a document title an FAQ section.
const PRFAQ = /\bpr\s*(?:[-/_&]\s*)?faqs?\b/gu

// Headings repeat across documents ("FAQ", "The Problem"): remember recent ones.
const cache = new Map<string, NormalizedLabel>()
const CACHE_SIZE = 4096

export function normalizeLabel(text: string): NormalizedLabel {
  const cached = cache.get(text)
  if (cached) return cached
  const normalized = computeNormalizedLabel(text)
  if (cache.size >= CACHE_SIZE) cache.clear()
  cache.set(text, normalized)
  return normalized
}

function computeNormalizedLabel(text: string): NormalizedLabel {
  let key = text.normalize('NFKC').toLowerCase()
  key = key.replace(ANCHOR, ' ').replace(PRFAQ, 'prfaq')
  key = removeParentheticals(key)
  key = key.replace(/\s+/gu, ' ').trim()
  key = stripNumbering(key)
  key = key.replace(LEADING_PUNCTUATION, '').replace(TRAILING_PUNCTUATION, '')
  const candidates = [key]
  const parts = key.split(TAGLINE_SEPARATOR).map((part) => part.replace(TRAILING_PUNCTUATION, '').trim())
  if (parts.length > 1) {
    for (const part of parts) if (part && !candidates.includes(part)) candidates.push(stripNumbering(part))
  }
  return { key, candidates }
}

/**
 * "(today)", "(see (below))": every balanced parenthetical, nested ones
 * included, becomes a space; an unbalanced "(" or ")" stays. One pass with a
 * stack — replacing innermost groups until nothing changes took a pass per
 * nesting level, quadratic on a heading of ten thousand "(".
 */
function removeParentheticals(text: string): string {
  if (!text.includes('(')) return text
  const open: number[] = []
  // Closed groups not inside another closed group, in order: [start, end].
  const groups: Array<[number, number]> = []
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '(') open.push(i)
    else if (text[i] === ')' && open.length > 0) {
      const start = open.pop()!
      while (groups.length > 0 && groups[groups.length - 1]![0] > start) groups.pop()
      groups.push([start, i])
    }
  }
  let out = ''
  let from = 0
  for (const [start, end] of groups) {
    out += `${text.slice(from, start)} `
    from = end + 1
  }
  return out + text.slice(from)
}

function stripNumbering(text: string): string {
  return text.replace(KEYWORD_NUMBERING, '').replace(NUMBERING, '').trim()
}

const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u

/** Chinese, Japanese and Korean do not separate words with spaces; they are matched as substrings. */
export function hasCjk(text: string): boolean {
  return CJK.test(text)
}

/** Words of a normalised text: letters, digits, "&" and apostrophes. */
export function words(text: string): string[] {
  return text.split(/[^\p{L}\p{N}&'’]+/u).filter(Boolean)
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u

/**
 * A rough word count that treats two CJK characters as one word. A single
 * pass over the characters without allocating: it runs over every answer of
 * every document, so it must cost less than the parse.
 */
export function countWords(text: string): number {
  let words = 0
  let cjk = 0
  let inWord = false
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    let wordChar: boolean
    if (code < 0x80) {
      wordChar = (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) || (code >= 0x30 && code <= 0x39) || code === 0x26 || code === 0x27
    } else if (isCjkCode(code)) {
      cjk++
      inWord = false
      continue
    } else if (code >= 0x2000 && code <= 0x206f) {
      // General punctuation (dashes, curly quotes, ellipsis): only ’ joins a word (it’s).
      wordChar = code === 0x2019 && inWord
    } else if (code >= 0xc0 && code <= 0x24f) {
      wordChar = code !== 0xd7 && code !== 0xf7 // Latin letters with accents, but not × and ÷
    } else {
      wordChar = code >= 0xd800 && code <= 0xdbff ? true : LETTER_OR_DIGIT.test(text[i]!)
    }
    if (wordChar && !inWord) words++
    inWord = wordChar
  }
  return words + Math.ceil(cjk / 2)
}

/** Han, kana and Hangul: the scripts written without spaces between words. */
function isCjkCode(code: number): boolean {
  return (code >= 0x3040 && code <= 0x30ff) || (code >= 0x3400 && code <= 0x9fff) || (code >= 0xac00 && code <= 0xd7af) || (code >= 0xf900 && code <= 0xfaff)
}

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

/**
 * The text without the trailing characters of `set` ("？。 " after a
 * question). A loop, not `/[…]+$/`: a regex anchored at the end retries
 * from every position of a long run and takes quadratic time.
 */
export function trimEndOf(text: string, set: string): string {
  let end = text.length
  while (end > 0 && (set.includes(text[end - 1]!) || /\s/u.test(text[end - 1]!))) end--
  return text.slice(0, end)
}

/** The text without the leading characters of `set`. */
export function trimStartOf(text: string, set: string): string {
  let start = 0
  while (start < text.length && set.includes(text[start]!)) start++
  return text.slice(start)
}

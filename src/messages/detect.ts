import type { Language } from './catalog.js'

/**
 * The language a document is written in, as far as prfaq-gate has messages
 * for it: Japanese when kana make up a real share of its letters, German
 * when its common short words outnumber English ones, else English. Only
 * the first 6,000 characters are read (a page or two): the press release
 * decides, and this runs on every document.
 */
export function detectLanguage(text: string): Language {
  const sample = text.slice(0, 6_000)
  const kana = countKana(sample)
  if (kana >= 20 && kana / Math.max(1, sample.length - count(sample, NOT_LETTERS)) >= 0.1) return 'ja'
  let german = 0
  let english = 0
  // The words of the lower-cased sample, as `split(/\P{L}+/u)` finds them, without an array of them:
  // only words as short as the longest listed one are looked up, and only those are sliced out.
  const lower = sample.toLowerCase()
  let start = -1
  for (let i = 0; i <= lower.length; i++) {
    const width = i < lower.length ? letterWidth(lower, i) : 0
    if (width > 0) {
      if (start < 0) start = i
      i += width - 1
      continue
    }
    if (start >= 0 && i - start <= LONGEST_WORD) {
      const word = lower.slice(start, i)
      if (GERMAN.has(word)) german++
      else if (ENGLISH.has(word)) english++
    }
    start = -1
  }
  return german >= 10 && german > english ? 'de' : 'en'
}

const KANA_FIRST = 0x3040
const KANA_LAST = 0x30ff
const NOT_LETTERS = /\P{L}/gu
const LETTER = /\p{L}/u

/** Code units of the letter at `i` (2 for a letter outside the BMP), or 0 when it is not a letter. */
function letterWidth(text: string, i: number): number {
  const code = text.charCodeAt(i)
  if (code < 0x80) return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) ? 1 : 0
  if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
    const next = text.charCodeAt(i + 1)
    if (next >= 0xdc00 && next <= 0xdfff) return LETTER.test(text.slice(i, i + 2)) ? 2 : 0
  }
  return LETTER.test(text[i]!) ? 1 : 0
}

/** Kana are in the BMP: one code unit each, as `/[\u3040-\u30ff]/gu` counts them. */
function countKana(text: string): number {
  let found = 0
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    if (code >= KANA_FIRST && code <= KANA_LAST) found++
  }
  return found
}

function count(text: string, pattern: RegExp): number {
  let found = 0
  for (const _ of text.matchAll(pattern)) found++
  return found
}

const GERMAN = new Set([
  'und',
  'der',
  'die',
  'das',
  'nicht',
  'ist',
  'mit',
  'für',
  'wir',
  'sie',
  'ein',
  'eine',
  'auf',
  'zu',
  'den',
  'von',
  'es',
  'auch',
  'wie',
  'werden',
  'sich',
  'dem',
  'des',
  'im',
  'sind',
  'oder',
  'bei',
  'nach',
  'kann',
  'wird'
])
const ENGLISH = new Set([
  'the',
  'and',
  'is',
  'of',
  'to',
  'for',
  'with',
  'we',
  'it',
  'not',
  'a',
  'in',
  'that',
  'this',
  'are',
  'on',
  'our',
  'they',
  'be',
  'can',
  'will',
  'how',
  'what',
  'by',
  'from',
  'at',
  'or',
  'an',
  'as',
  'do'
])

/** No listed word is longer: longer words are not looked up. */
const LONGEST_WORD = Math.max(...[...GERMAN, ...ENGLISH].map((word) => word.length))
